import { Checker, LIMITS } from './checker.js';
import type { Dose } from './types.js';

/** The HTML attributes that set a dose, and the dose field each one sets. */
export const DOSE_ATTRIBUTES = {
  hold: 'holdSeconds',
  reps: 'reps',
  sets: 'sets',
  rest: 'restSeconds',
  'set-rest': 'setRestSeconds',
  prepare: 'prepareSeconds',
  switch: 'switchSeconds',
} as const satisfies Record<string, keyof Dose>;

/** Name of a dose attribute. */
export type DoseAttribute = keyof typeof DOSE_ATTRIBUTES;

/**
 * A numeric attribute as an element holds it: a number set as a property, the text of the
 * attribute as typed (checked to be plain digits when read, so that an error can quote it), or
 * `null` when absent.
 */
export type NumberAttribute = number | string | null;

/** Values of the numeric dose attributes as an element holds them (`undefined` when absent), plus `each-side`. */
export type DoseAttributeValues = Partial<Record<DoseAttribute, NumberAttribute>> & { eachSide?: boolean };

/**
 * Reads the dose attributes of an element into a partial dose, noting problems
 * under the attribute's own name (`hold`, `set-rest`) so that a page author can find them.
 */
export function readDoseAttributes(check: Checker, values: DoseAttributeValues): Partial<Dose> {
  const dose: Partial<Dose> = {};
  for (const [attribute, field] of Object.entries(DOSE_ATTRIBUTES) as [DoseAttribute, (typeof DOSE_ATTRIBUTES)[DoseAttribute]][]) {
    const value = values[attribute];
    if (value === undefined || value === null) continue;
    const read = check.wholeNumberText(attribute, value, LIMITS[field]);
    if (read !== undefined) dose[field] = read;
  }
  if (values.eachSide) dose.eachSide = true;
  return dose;
}

/**
 * The dose attributes an element was given, as the path of a problem about the dose they make
 * together (`hold, reps, sets, each-side`): the names a page author wrote. `dose` when none.
 */
export function givenDoseAttributes(values: DoseAttributeValues): string {
  const given: string[] = (Object.keys(DOSE_ATTRIBUTES) as DoseAttribute[]).filter((name) => values[name] !== undefined && values[name] !== null);
  if (values.eachSide) given.push('each-side');
  return given.join(', ') || 'dose';
}

/** The dose properties an element has (`<back-exercise>`, `<hold-timer>`), one per dose attribute. */
export interface DoseProperties {
  hold: NumberAttribute;
  reps: NumberAttribute;
  sets: NumberAttribute;
  rest: NumberAttribute;
  setRest: NumberAttribute;
  prepare: NumberAttribute;
  switch: NumberAttribute;
  eachSide: boolean;
}

/** An element's dose properties keyed by attribute name, ready for {@link readDoseAttributes}. */
export function doseAttributeValues(element: DoseProperties): DoseAttributeValues {
  return {
    hold: element.hold,
    reps: element.reps,
    sets: element.sets,
    rest: element.rest,
    'set-rest': element.setRest,
    prepare: element.prepare,
    switch: element.switch,
    eachSide: element.eachSide,
  };
}
