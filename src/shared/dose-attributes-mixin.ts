import type { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { DoseProperties } from '../model/dose-attributes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin constructor pattern needs any[]
type Constructor<T> = new (...args: any[]) => T;

/**
 * The dose attributes shared by `<back-exercise>` and `<hold-timer>`: one
 * reactive property per attribute, whole seconds and counts, `null` when absent.
 */
export const DoseAttributesMixin = <T extends Constructor<LitElement>>(superClass: T) => {
  class DoseAttributesElement extends superClass implements DoseProperties {
    /** Seconds of one hold, 1 to 3600. */
    @property({ type: Number }) hold: number | null = null;
    /** Repetitions per set (per side with `each-side`), 1 to 500. */
    @property({ type: Number }) reps: number | null = null;
    /** Number of sets, 1 to 50. */
    @property({ type: Number }) sets: number | null = null;
    /** Seconds of rest between repetitions (default 3). */
    @property({ type: Number }) rest: number | null = null;
    /** Seconds of rest between sets (default 30). */
    @property({ type: Number, attribute: 'set-rest' }) setRest: number | null = null;
    /** Seconds to get ready before the first hold (default 5). */
    @property({ type: Number }) prepare: number | null = null;
    /** Seconds to change sides (default 5). */
    @property({ type: Number }) switch: number | null = null;
    /** Every set on the left side, then the right. */
    @property({ type: Boolean, attribute: 'each-side' }) eachSide = false;
  }
  return DoseAttributesElement as Constructor<DoseProperties> & T;
};
