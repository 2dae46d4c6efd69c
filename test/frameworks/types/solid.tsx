// Solid with `back-exercise-elements/frameworks/solid`: properties (plain, kebab-case and prop:),
// attr:, bool: and on: events type-check, and each `@ts-expect-error` line must fail.
// Checked by scripts/check-framework-types.mjs (tsconfig.solid.json); never run.
import type {} from 'back-exercise-elements/frameworks/solid';
import 'back-exercise-elements/define.js';
import type { JSX } from 'solid-js';
import { getExercise, type HoldTimer, type RoutineSummary } from 'back-exercise-elements';

export function Session(props: { onStop: (summary: RoutineSummary) => void }): JSX.Element {
  let timer: HoldTimer | undefined;
  const log: unknown[] = [];
  return (
    <>
      <back-exercise
        exercise="half-crunch"
        level="intermediate"
        heading-level={3}
        no-timer={false}
        class="card"
        on:hold-timer-complete={(event) => log.push(event.summary.holdSeconds, event.currentTarget.level)}
      />
      <back-exercise data={getExercise('knee-to-chest')} prop:headingLevel="auto" attr:set-rest="30" bool:each-side={true} />
      <hold-timer
        ref={timer}
        hold={30}
        each-side
        label="Hamstring stretch"
        on:hold-timer-phase={{ handleEvent: (event) => log.push(event.segment.kind), passive: true }}
      />
      <routine-player routine="lower-back" pain-threshold={7} on:routine-player-stop={(event) => props.onStop(event.summary)} />

      {/* @ts-expect-error: there is no level "expert" */}
      <back-exercise level="expert" />
      {/* @ts-expect-error: attr: writes false as "false", which turns the attribute on */}
      <hold-timer attr:no-dose={false} />
      {/* @ts-expect-error: Solid lowercases a plain prop's name, so headingLevel would set "headinglevel" */}
      <back-exercise headingLevel={2} />
      {/* @ts-expect-error: the payload of hold-timer-complete is a summary, it has no reason */}
      <hold-timer on:hold-timer-complete={(event) => event.reason} />
    </>
  );
}
