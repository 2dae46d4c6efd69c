import type { Plan } from '../../../src/model/plan.js';
import type { Timeline } from '../../../src/routine-player/session/types.js';
import { HoldSession, type SessionChange } from '../../../src/timing/session.js';
import { Ticker, type TickSubscriber } from '../../../src/timing/ticker.js';
import { FakeTime } from '../../helpers/fake-time.js';

/**
 * The timeline a routine session runs on in the browser (the cues' `SessionController`) without
 * its cues: it drives a `HoldSession` on a fake clock, is woken by the ticker at visible-digit
 * boundaries while running (nothing wakes it while the page is hidden), and reports changes
 * exactly when the controller does: after start, resume, catchUp, skip and goTo, and on each wake.
 */
export class QuietTimeline implements Timeline, TickSubscriber {
  readonly session: HoldSession;
  readonly time = new FakeTime();
  /** Where the changes go: the routine session's `apply`. */
  onChanges: (changes: SessionChange[]) => void = () => undefined;
  readonly #ticker = new Ticker(this.time, this.time);

  constructor(plan: Plan) {
    this.session = new HoldSession(plan, this.time);
  }

  now(): number {
    return this.time.now();
  }

  snapshot() {
    return this.session.snapshot(this.now());
  }

  start(started?: () => void, atSegment = 0): boolean {
    const now = this.now();
    if (!this.session.start(now)) return false;
    if (atSegment > 0) this.session.goTo(atSegment, now);
    started?.();
    this.#run();
    return true;
  }

  pause(): boolean {
    if (!this.session.pause(this.now())) return false;
    this.#ticker.remove(this);
    return true;
  }

  resume(): boolean {
    if (!this.session.resume(this.now())) return false;
    this.#run();
    return true;
  }

  catchUp(): boolean {
    return this.#process(this.now());
  }

  skip(): boolean {
    return this.#jump(() => this.session.skip(this.now()));
  }

  goTo(index: number): boolean {
    return this.#jump(() => this.session.goTo(index, this.now()));
  }

  reset(): void {
    this.#ticker.remove(this);
    this.session.reset();
  }

  nextWake(now: number): number | null {
    return this.session.nextBoundary(now);
  }

  tick(now: number): void {
    this.#process(now);
  }

  #jump(move: () => boolean): boolean {
    if (!move()) return false;
    if (this.session.status(this.now()) === 'running') this.#run();
    else this.#process(this.now());
    return true;
  }

  #run(): void {
    this.#ticker.add(this);
    this.#process(this.now());
  }

  #process(now: number): boolean {
    const changes = this.session.advance(now);
    const status = this.session.status(now);
    // Done, or stopped by itself where the person has to act: nothing wakes it until they do.
    if (status === 'done' || (status === 'paused' && changes.length > 0)) this.#ticker.remove(this);
    if (changes.length > 0) this.onChanges(changes);
    return changes.length > 0;
  }
}
