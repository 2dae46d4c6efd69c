/** The floor positions the catalog's exercises start in. */
export type StartingPosition = 'on-back' | 'kneeling' | 'on-stomach';

/**
 * Where each catalog exercise starts. A move between two of these (from lying on the back to
 * kneeling, or onto the stomach) takes a person in pain far longer than settling into the next
 * exercise in the same place, so the plan gives it more time ({@link POSITION_CHANGE_SECONDS}).
 * An exercise not in the catalog has no known position: its transition is the routine's own.
 */
const CATALOG_POSITIONS: Readonly<Record<string, StartingPosition>> = {
  'knee-to-chest': 'on-back',
  'lower-back-twist': 'on-back',
  'side-trunk-stretch': 'kneeling',
  'half-crunch': 'on-back',
  'push-up-back-extension': 'on-stomach',
  'assisted-back-extension': 'on-stomach',
};

/**
 * The first exercise of a routine gets at least this long to get ready, in seconds: the person has
 * just pressed Start on a phone and still has to get down on the floor.
 */
export const ROUTINE_GET_READY_SECONDS = 15;

/** Seconds added to the transition before an exercise that starts in another floor position. */
export const POSITION_CHANGE_SECONDS = 10;

/**
 * A card written in HTML gets its id from its heading: for the catalog's exercises (as
 * `routineToHTML` writes them), their English names. Those that differ from the catalog id.
 */
const NAME_IDS: Readonly<Record<string, string>> = {
  'half-crunches': 'half-crunch',
  'push-up-back-extensions': 'push-up-back-extension',
};

function positionOf(id: string): StartingPosition | undefined {
  return CATALOG_POSITIONS[NAME_IDS[id] ?? id];
}

/** Whether going from exercise `from` to exercise `to` (by id) means changing floor position. */
export function changesPosition(from: string, to: string): boolean {
  const before = positionOf(from);
  const after = positionOf(to);
  return before !== undefined && after !== undefined && before !== after;
}

/**
 * Seconds before exercise `index` of a routine: the first one's get-ready (its own, at least
 * {@link ROUTINE_GET_READY_SECONDS}), every later one's transition (`restBetweenSeconds`, plus
 * {@link POSITION_CHANGE_SECONDS} for a change of floor position).
 */
export function openingSeconds(ids: readonly string[], index: number, prepareSeconds: number, restBetweenSeconds: number): number {
  if (index === 0) return Math.max(prepareSeconds, ROUTINE_GET_READY_SECONDS);
  return restBetweenSeconds + (changesPosition(ids[index - 1], ids[index]) ? POSITION_CHANGE_SECONDS : 0);
}
