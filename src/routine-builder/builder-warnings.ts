import { fieldText, itemExercise, type Draft } from './builder-draft.js';

/**
 * The dose fields to warn about (not refuse): the rest between repetitions of each exercise held
 * more than once, paced by the timer, with no rest, such as six 5-second press-ups with no time
 * to lower down between them. Keys as the fields' (`items[2].dose.restSeconds`). Plain data, no DOM.
 */
export function restWarnings(draft: Draft): Set<string> {
  const fields = new Set<string>();
  draft.items.forEach((item, index) => {
    if (!itemExercise(item)) return;
    // A patient who says when each set is done (a Done button) paces the repetitions too.
    if ((item.pace ?? draft.pace) === 'done') return;
    const reps = Number(fieldText(item, 'reps', draft.level).trim());
    const rest = fieldText(item, 'restSeconds', draft.level).trim();
    if (reps > 1 && /^0+$/.test(rest)) fields.add(`items[${index}].dose.restSeconds`);
  });
  return fields;
}
