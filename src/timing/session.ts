import { segmentIndexAt, type Plan, type Segment } from '../model/plan.js';
import type { Clock } from './clock.js';

/** Where a session is: not started, running, paused, or finished. */
export type SessionStatus = 'idle' | 'running' | 'paused' | 'done';

/** Anything more than this after a segment began counts as a late notice (the page was hidden or asleep). */
export const LATE_AFTER_MS = 250;

/** The state of a session at one moment, derived from its timestamps. */
export interface SessionSnapshot {
  status: SessionStatus;
  /** Milliseconds of the plan done, from 0 to `plan.total`. */
  elapsed: number;
  /** Milliseconds of the plan left. */
  remaining: number;
  index: number;
  segment: Segment;
  /** Milliseconds into the current segment. */
  segmentElapsed: number;
  /** Milliseconds left in the current segment. */
  segmentRemaining: number;
}

/** Something that happened as time passed, reported once and in order by {@link HoldSession.advance}. */
export type SessionChange =
  | { type: 'phase'; index: number; segment: Segment; late: boolean }
  | { type: 'complete'; late: boolean };

/**
 * A state machine over a plan with an injected clock. Position is a pure
 * function of the clock's time, the start time, the recorded pauses and any
 * skips: nothing is counted down tick by tick, so nothing drifts.
 */
export class HoldSession {
  private startedAt: number | null = null;
  private pausedAt: number | null = null;
  private pausedTotal = 0;
  /** Milliseconds added to the elapsed time by skip and back. */
  private shift = 0;
  /** Index of the last segment reported by advance(); -1 before the first. */
  private reported = -1;
  private completeReported = false;
  /** Offsets where the session pauses itself on arriving (see {@link HoldSession.stopAt}). */
  private stops: readonly number[] = [];
  /** Stops at or before this offset are passed. */
  private passed = 0;
  /** The stop the session is paused at was noticed late (its segment is reported `late`). */
  private stopNoticedLate = false;

  constructor(
    readonly plan: Plan,
    private readonly clock: Clock,
  ) {
    if (plan.segments.length === 0) throw new RangeError('A session needs a plan with at least one segment');
  }

  /** Milliseconds of the plan done at clock time `now`. */
  elapsed(now = this.clock.now()): number {
    if (this.startedAt === null) return 0;
    if (this.pausedAt === null) {
      const stop = this.nextStop();
      const over = stop === null ? -1 : now - this.startedAt - this.pausedTotal + this.shift - stop;
      // Arriving at a stop pauses the session at that moment, however late it is noticed (a hidden
      // page, a sleeping device): it never runs on past a point where the person has to act.
      if (over >= 0) {
        this.pausedAt = now - over;
        this.stopNoticedLate = over > LATE_AFTER_MS;
      }
    }
    const at = this.pausedAt ?? now;
    return Math.min(this.plan.total, Math.max(0, at - this.startedAt - this.pausedTotal + this.shift));
  }

  /**
   * Sets the offsets (segment starts) where the session pauses itself on arriving, however late
   * that is noticed: where the person has to act (press Done, rate an exercise) before the routine
   * goes on. Resuming there, or jumping anywhere, passes the stops up to that point.
   */
  stopAt(offsets: readonly number[]): void {
    this.stops = [...offsets].sort((a, b) => a - b);
  }

  /** The next stop ahead (a plan offset), or `null`. */
  nextStop(): number | null {
    return this.stops.find((stop) => stop > this.passed && stop < this.plan.total) ?? null;
  }

  status(now = this.clock.now()): SessionStatus {
    if (this.startedAt === null) return 'idle';
    if (this.elapsed(now) >= this.plan.total) return 'done';
    return this.pausedAt === null ? 'running' : 'paused';
  }

  snapshot(now = this.clock.now()): SessionSnapshot {
    const elapsed = this.elapsed(now);
    const index = segmentIndexAt(this.plan, elapsed);
    const segment = this.plan.segments[index];
    const segmentElapsed = Math.min(segment.duration, elapsed - segment.start);
    return {
      status: this.status(now),
      elapsed,
      remaining: this.plan.total - elapsed,
      index,
      segment,
      segmentElapsed,
      segmentRemaining: segment.duration - segmentElapsed,
    };
  }

  /** Clock time at which the plan reaches `offset` ms, if it keeps running; `null` unless running. */
  timeAt(offset: number, now = this.clock.now()): number | null {
    if (this.status(now) !== 'running') return null;
    return now + (offset - this.elapsed(now));
  }

  /**
   * Clock time at which the whole seconds shown for the current segment next
   * change (a segment end is such a moment too); `null` unless running.
   */
  nextBoundary(now = this.clock.now()): number | null {
    if (this.status(now) !== 'running') return null;
    const { segmentRemaining } = this.snapshot(now);
    return now + (segmentRemaining % 1000 || 1000);
  }

  start(now = this.clock.now()): boolean {
    if (this.startedAt !== null && this.status(now) !== 'done') return false;
    this.reset();
    this.startedAt = now;
    return true;
  }

  pause(now = this.clock.now()): boolean {
    if (this.status(now) !== 'running') return false;
    this.pausedAt = now;
    return true;
  }

  resume(now = this.clock.now()): boolean {
    if (this.status(now) !== 'paused' || this.pausedAt === null) return false;
    this.passed = this.elapsed(now);
    this.stopNoticedLate = false;
    this.pausedTotal += now - this.pausedAt;
    this.pausedAt = null;
    return true;
  }

  /** Jumps to the start of the next segment (or the end). */
  skip(now = this.clock.now()): boolean {
    const status = this.status(now);
    if (status !== 'running' && status !== 'paused') return false;
    const { index } = this.snapshot(now);
    const next = this.plan.segments[index + 1];
    this.jumpTo(next ? next.start : this.plan.total, now);
    return true;
  }

  /** Jumps back to the start of the current segment, or of the previous one when the current has just begun. */
  back(now = this.clock.now()): boolean {
    const status = this.status(now);
    if (status !== 'running' && status !== 'paused') return false;
    const { index, segmentElapsed } = this.snapshot(now);
    const target = segmentElapsed < 1000 && index > 0 ? index - 1 : index;
    this.jumpTo(this.plan.segments[target].start, now);
    return true;
  }

  /** Jumps to the start of segment `index` (used to move between exercises of a routine). */
  goTo(index: number, now = this.clock.now()): boolean {
    const status = this.status(now);
    const segment = this.plan.segments[index];
    if ((status !== 'running' && status !== 'paused') || !segment) return false;
    this.jumpTo(segment.start, now);
    return true;
  }

  reset(): void {
    this.startedAt = null;
    this.pausedAt = null;
    this.pausedTotal = 0;
    this.shift = 0;
    this.reported = -1;
    this.completeReported = false;
    this.passed = 0;
    this.stopNoticedLate = false;
  }

  /** Milliseconds spent paused so far. */
  pausedFor(now = this.clock.now()): number {
    return this.pausedTotal + (this.pausedAt === null ? 0 : now - this.pausedAt);
  }

  /**
   * Reports, in order and once each, the segments entered and the completion
   * since the last call. A change noticed more than {@link LATE_AFTER_MS} after
   * it happened (the page was hidden, the device slept) is marked late.
   */
  advance(now = this.clock.now()): SessionChange[] {
    if (this.startedAt === null) return [];
    const changes: SessionChange[] = [];
    const elapsed = this.elapsed(now);
    const current = segmentIndexAt(this.plan, elapsed);
    const done = elapsed >= this.plan.total;
    const last = done ? this.plan.segments.length - 1 : current;
    for (let index = this.reported + 1; index <= last; index++) {
      const segment = this.plan.segments[index];
      // A stop reached while nothing noticed (a hidden page) is reported late too, though its segment
      // has only just begun by the session's own time.
      const lateStop = this.stopNoticedLate && segment.start === elapsed;
      changes.push({ type: 'phase', index, segment, late: lateStop || elapsed - segment.start > LATE_AFTER_MS });
    }
    this.reported = Math.max(this.reported, last);
    if (done && !this.completeReported) {
      this.completeReported = true;
      changes.push({ type: 'complete', late: this.pausedAt === null && now - (this.timeOfEnd() ?? now) > LATE_AFTER_MS });
    }
    return changes;
  }

  private timeOfEnd(): number | null {
    if (this.startedAt === null) return null;
    return this.startedAt + this.pausedTotal - this.shift + this.plan.total;
  }

  private jumpTo(offset: number, now: number): void {
    this.shift += offset - this.elapsed(now);
    this.passed = offset;
    this.stopNoticedLate = false;
    // Report the segment jumped to as new, without reporting the ones passed over.
    this.reported = segmentIndexAt(this.plan, offset) - 1;
    if (offset >= this.plan.total) this.reported = this.plan.segments.length - 1;
  }
}
