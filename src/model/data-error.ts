/** One thing wrong with a piece of input: where, and what is allowed. */
export interface DataProblem {
  /** Where the problem is, as a path into the input: `dose.holdSeconds`, `items[2].exercise`. */
  path: string;
  /** What is wrong and what is allowed, in plain words: `must be a whole number from 1 to 3600, got -5`. */
  message: string;
}

/** Thrown by the parsers when input is not valid; lists every problem found, not just the first. */
export class DataError extends Error {
  override name = 'DataError';
  /** Every problem found, in input order. */
  readonly problems: readonly DataProblem[];

  constructor(subject: string, problems: readonly DataProblem[]) {
    super(`${subject}: ${problems.map(formatProblem).join('; ')}`);
    this.problems = problems;
  }
}

/** One problem as one line: `path: message`. */
export function formatProblem(problem: DataProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
