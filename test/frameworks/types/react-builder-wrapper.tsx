// The `RoutineBuilder` component of `back-exercise-elements/react`: its properties and its one event
// prop type-check, and each `@ts-expect-error` line must fail.
// Checked by scripts/check-framework-types.mjs (tsconfig.react.json); never run.
import { type ReactElement } from 'react';
import { RoutineBuilder } from 'back-exercise-elements/react';

export function Builder({ onLink }: { onLink: (routineName: string | undefined) => void }): ReactElement {
  return (
    <>
      <RoutineBuilder
        name="routine"
        disabled={false}
        theme="dark"
        onRoutineBuilderChange={(event) => {
          onLink(event.shared?.routine.name);
          return event.problems.map((problem) => problem.path);
        }}
      />
      {/* @ts-expect-error: there is no theme "sepia" */}
      <RoutineBuilder theme="sepia" />
      {/* @ts-expect-error: a builder fires no player events */}
      <RoutineBuilder onRoutinePlayerStop={() => undefined} />
    </>
  );
}
