// Preact with `back-exercise-elements/frameworks/preact`: attributes, properties and typed events
// type-check, and each `@ts-expect-error` line must fail.
// Checked by scripts/check-framework-types.mjs (tsconfig.preact.json); never run.
import type {} from 'back-exercise-elements/frameworks/preact';
import 'back-exercise-elements/define.js';
import { useRef } from 'preact/hooks';
import type { VNode } from 'preact';
import { getExercise, type HoldTimer, type RoutineSummary } from 'back-exercise-elements';

export function Session({ onStop }: { onStop: (summary: RoutineSummary) => void }): VNode {
  const timer = useRef<HoldTimer>(null);
  const log: unknown[] = [];
  return (
    <>
      <back-exercise
        exercise="half-crunch"
        level="intermediate"
        heading-level="3"
        no-timer
        class="card"
        onhold-timer-complete={(event) => log.push(event.summary.holdSeconds, event.currentTarget.level)}
      />
      <back-exercise data={getExercise('knee-to-chest')} eachSide={false} hold={45} />
      <hold-timer ref={timer} hold="30" each-side label="Hamstring stretch" onhold-timer-phase={(event) => log.push(event.segment.kind)} />
      <routine-player routine="lower-back" rate pain-threshold={7} onroutine-player-stop={(event) => onStop(event.summary)} />

      {/* @ts-expect-error: there is no level "expert" */}
      <back-exercise level="expert" />
      {/* @ts-expect-error: the payload of hold-timer-complete is a summary, it has no reason */}
      <hold-timer onhold-timer-complete={(event) => event.reason} />
      {/* @ts-expect-error: Preact writes each-side={false} as each-side="false", which turns it on */}
      <hold-timer each-side={false} />
    </>
  );
}
