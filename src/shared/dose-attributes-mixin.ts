import type { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { DoseProperties, NumberAttribute } from '../model/dose-attributes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin constructor pattern needs any[]
type Constructor<T> = new (...args: any[]) => T;

/**
 * The dose attributes shared by `<back-exercise>` and `<hold-timer>`: one
 * reactive property per attribute, whole seconds and counts, `null` when absent.
 * An attribute's text is kept as typed and must be plain decimal digits (spaces
 * around them allowed); `0x10`, `1e1`, `4.5` or an empty value are shown as errors
 * that quote it, never quietly read as some other number.
 */
export const DoseAttributesMixin = <T extends Constructor<LitElement>>(superClass: T) => {
  class DoseAttributesElement extends superClass implements DoseProperties {
    /** Seconds of one hold, 1 to 3600. */
    @property() hold: NumberAttribute = null;
    /** Repetitions per set (per side with `each-side`), 1 to 500. */
    @property() reps: NumberAttribute = null;
    /** Number of sets, 1 to 50. */
    @property() sets: NumberAttribute = null;
    /** Seconds of rest between repetitions (default 3). */
    @property() rest: NumberAttribute = null;
    /** Seconds of rest between sets (default 30). */
    @property({ attribute: 'set-rest' }) setRest: NumberAttribute = null;
    /** Seconds to get ready before the first hold (default 5). */
    @property() prepare: NumberAttribute = null;
    /** Seconds to change sides (default 5). */
    @property() switch: NumberAttribute = null;
    /** Every set on the left side, then the right. */
    @property({ type: Boolean, attribute: 'each-side' }) eachSide = false;
  }
  return DoseAttributesElement as Constructor<DoseProperties> & T;
};
