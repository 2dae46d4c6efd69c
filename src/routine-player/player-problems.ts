import { formatProblem, type DataProblem } from '../model/data-error.js';
import type { ReadSource } from './source-controller.js';

/** What keeps a player from playing: the problems with its attributes, then those with its routine's data. */
export function playerProblems(attributeProblems: readonly DataProblem[], source: ReadSource): DataProblem[] {
  return [...attributeProblems, ...(source && !source.ok ? source.error.problems : [])];
}

/** Logs a player's problems on the console once each time they change (an update that finds the same says nothing). */
export class ProblemLog {
  #logged = '';

  log(problems: readonly DataProblem[]): void {
    const message = problems.map(formatProblem).join('; ');
    if (message && message !== this.#logged) console.error(`<routine-player>: ${message}`);
    this.#logged = message;
  }
}
