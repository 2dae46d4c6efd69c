import type { LocaleController } from '../i18n/localize.js';
import type { ResolvedRoutine } from '../model/types.js';

/** What "Add to calendar" needs from the player. */
export interface CalendarHost {
  readonly routineData: ResolvedRoutine | undefined;
  readonly renderRoot: Node;
}

/**
 * "Add to calendar": downloads the reminders of `routine` (as shown) for the patient's calendar,
 * linking back to this page (with the routine's link in it, when it came from one), a session
 * lasting `totalMs`. The calendar writer is a chunk, loaded on the click.
 */
export async function addToCalendar(host: CalendarHost, i18n: LocaleController, routine: ResolvedRoutine, totalMs: number): Promise<void> {
  const { frequency } = routine;
  const given = host.routineData;
  if (!frequency || !given) return;
  const now = new Date();
  try {
    const { calendarKey, saveCalendar } = await import('../adherence/calendar-file.js');
    // The exercises' ids and the name as given (not translated) name the events, as the builder's file does.
    const key = calendarKey(given.name, given.exercises.map((exercise) => exercise.id));
    i18n.run(() => saveCalendar(host.renderRoot, { name: routine.name, key, frequency, link: location.href, durationSeconds: totalMs / 1000, now }));
  } catch (error) {
    console.error('<routine-player>: the calendar file could not be made', error);
  }
}
