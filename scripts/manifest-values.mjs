// The values that attributes of the elements take, read from the library's own source so
// that the manifest and the editor data never list an exercise, a routine or a cue the
// elements do not know. Used by custom-elements-manifest.config.mjs (to write them into the
// manifest) and by scripts/check-manifest.mjs (to check the manifest still lists them).
//
// The TypeScript source is bundled in memory, so no build is needed first.
import { importSource } from './import-source.mjs';

async function loadModel() {
  return importSource(`export { LEVELS } from './src/model/types.js';
        export { EXERCISE_IDS, ROUTINE_IDS } from './src/model/catalog.js';
        export { DEFAULT_CUES, PLAYER_DEFAULT_CUES, parseCues } from './src/cues/cue-options.js';`);
}

/**
 * Every value of a `cues` attribute in its plain spelling: each non-empty set of the tokens,
 * in the tokens' order and separated by one space, then `none`. (The elements also take the
 * tokens in another order, or with more spaces; editors offer this one.)
 */
export function cueValues(tokens) {
  const sets = [];
  for (let mask = 1; mask < 2 ** tokens.length; mask++) {
    sets.push(tokens.filter((_, index) => mask & (2 ** index)));
  }
  sets.sort((a, b) => a.length - b.length);
  return [...sets.map((set) => set.join(' ')), 'none'];
}

/**
 * The value lists: `levels`, catalog `exerciseIds` and `routineIds`, the `cueTokens` (the
 * switches of a parsed `cues` value) and every `cues` value; `cuesDefaults`, what each element
 * takes when `cues` is absent. `parseCues` is handed on for checks that each listed value is one
 * the elements accept.
 */
export async function loadManifestValues() {
  const model = await loadModel();
  const cueTokens = Object.keys(model.parseCues('none').options);
  return {
    levels: [...model.LEVELS],
    exerciseIds: [...model.EXERCISE_IDS],
    routineIds: [...model.ROUTINE_IDS],
    cueTokens,
    cues: cueValues(cueTokens),
    // A card hands its `cues` to its timer, so both fall back to the timer's default.
    cuesDefaults: { 'back-exercise': model.DEFAULT_CUES, 'hold-timer': model.DEFAULT_CUES, 'routine-player': model.PLAYER_DEFAULT_CUES },
    parseCues: model.parseCues,
  };
}
