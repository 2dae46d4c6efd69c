import type { LitElement, PropertyDeclarations } from 'lit';
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
    static properties: PropertyDeclarations = {
      hold: {},
      reps: {},
      sets: {},
      rest: {},
      setRest: { attribute: 'set-rest' },
      prepare: {},
      switch: {},
      eachSide: { type: Boolean, attribute: 'each-side' },
    };

    /** Seconds of one hold, 1 to 3600. */
    hold: NumberAttribute = null;
    /** Repetitions per set (per side with `each-side`), 1 to 500. */
    reps: NumberAttribute = null;
    /** Number of sets, 1 to 50. */
    sets: NumberAttribute = null;
    /** Seconds of rest between repetitions (default 3). */
    rest: NumberAttribute = null;
    /** Seconds of rest between sets (default 30). */
    setRest: NumberAttribute = null;
    /** Seconds to get ready before the first hold (default 5). */
    prepare: NumberAttribute = null;
    /** Seconds to change sides (default 5). */
    switch: NumberAttribute = null;
    /** Every set on the left side, then the right. */
    eachSide = false;
  }
  return DoseAttributesElement as Constructor<DoseProperties> & T;
};
