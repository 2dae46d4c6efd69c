import { addEnglishForms, msg, str } from '../i18n/localize.js';
import { announce, type Announcement } from '../i18n/phrases.js';
import type { MovementCue } from '../i18n/movement-cues.js';
import { doseAtLevel } from '../model/dose.js';
import type { Segment } from '../model/plan.js';
import type { Level, ResolvedRoutine } from '../model/types.js';

addEnglishForms({
  'Do {0} repetitions at your own pace, holding {1} seconds each, then press Done.': (count: number, seconds: number) =>
    `Do ${count} repetition${count === 1 ? '' : 's'} at your own pace, holding ${seconds} second${seconds === 1 ? '' : 's'}${count === 1 ? '' : ' each'}, then press Done.`,
});

/**
 * What the player says as `segment` begins, for the live region and the voice: as an
 * exercise begins, its name and the position to get into; at each change, what to do next,
 * with the exercise's movement `cue` where it has one (see {@link announce}).
 */
export function speakFor(routine: ResolvedRoutine, segment: Segment, level: Level, cue: MovementCue | null = null): Announcement {
  const exercise = routine.exercises[segment.exerciseIndex];
  let { live, voice } = announce(segment, cue);
  if (segment.kind === 'transition' || segment.kind === 'prepare') {
    // The message ends each part with its own full stop: an author's text may already have one.
    const bare = (text: string) => text.trim().replace(/[.!?。؟]+$/u, '');
    const position = bare(exercise.startPosition ?? exercise.steps[0]);
    const intro = msg(str`Exercise ${segment.exerciseIndex + 1} of ${routine.exercises.length}: ${bare(exercise.name)}. ${position}.`);
    live = `${intro} ${live ?? ''}`.trim();
    voice = live;
  }
  if (segment.selfPaced) {
    const dose = doseAtLevel(exercise.dose, level);
    live = msg(str`Do ${dose.reps} repetitions at your own pace, holding ${dose.holdSeconds} seconds each, then press Done.`);
    // The movement is shown under the phase; the voice says it too, for a person on the mat.
    voice = cue ? `${live} ${cue.shown}.` : live;
  }
  return { live, voice };
}
