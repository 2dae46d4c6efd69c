/**
 * The strict-CSP page: records violations, installs a fake clock in this
 * page's own module graph, renders the three elements, and hands everything to
 * the parent test (test/csp/csp.test.ts) through `window.strictPage`.
 * No inline script or style anywhere: the page itself must not violate the policy.
 */
import { CONTROL_ID, errors, violations, type RecordedViolation } from './violation-recorder.js';
import { installFakeTime, type FakeTime } from '../helpers/fake-time.js';
import '../../src/define.js';
import type { BackExercise, HoldTimer, RoutinePlayer } from '../../src/index.js';

/** What the parent test reads from the page. */
export interface StrictPage {
  clock: FakeTime;
  violations: RecordedViolation[];
  errors: string[];
  card: BackExercise;
  timer: HoldTimer;
  player: RoutinePlayer;
  /** Resolves once every element has rendered. */
  ready: Promise<void>;
}

const clock = installFakeTime();

// The positive control: an inline style attribute, which this policy must block and report.
const control = document.createElement('p');
control.id = CONTROL_ID;
control.setAttribute('style', 'outline: 2px solid red');
control.textContent = 'Positive control: this style attribute must be blocked.';
document.body.append(control);

function create<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const card = create('back-exercise', { exercise: 'knee-to-chest' });
const timer = create('hold-timer', { hold: '40', cues: 'beep vibrate', label: 'Strict page timer' });
const player = create('routine-player', { routine: 'lower-back-stretches', cues: 'none' });

async function rendered(): Promise<void> {
  await Promise.all([card.updateComplete, timer.updateComplete, player.updateComplete]);
  await card.shadowRoot!.querySelector('hold-timer')?.updateComplete;
}

const strictPage: StrictPage = { clock, violations, errors, card, timer, player, ready: rendered() };
(window as unknown as { strictPage: StrictPage }).strictPage = strictPage;
