import type { Level } from '../model/types.js';
import type { RoutineSummary } from '../routine-player/events.js';
import type { SessionRecord } from './types.js';

/**
 * What a remembered session keeps (history version 2), from the summary it handed over and the
 * level each exercise was played at: enough for level suggestions and for a report to the clinic.
 */
export function sessionRecordOf(summary: RoutineSummary, levels: readonly Level[]): SessionRecord {
  return {
    startedAt: summary.startedAt,
    date: summary.endedAt,
    completed: summary.completed,
    ...(summary.stopReason === 'pain' ? { reason: 'pain' as const } : {}),
    ...(summary.stoppedAt ? { stoppedAt: summary.stoppedAt } : {}),
    exercises: summary.exercises.map((report, index) => ({
      index,
      id: report.id,
      outcome: report.outcome,
      level: levels[index] ?? summary.level,
      ...(report.pain === undefined ? {} : { pain: report.pain }),
      ...(report.difficulty === undefined ? {} : { difficulty: report.difficulty }),
    })),
  };
}
