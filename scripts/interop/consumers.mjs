// The consumer projects of scripts/interop/run.mjs. Each page reports its checks on
// `window.interop = { done, checks: [[name, ok, detail], …] }`.

/** Collects checks in the page; shared by every consumer. */
const REPORT = `
const checks = [];
const check = (name, ok, detail = '') => checks.push([name, !!ok, ok ? '' : String(detail)]);
const finish = () => { window.interop = { done: true, checks }; };
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
`;

/** A shared link in its uncompressed form (`1j.`: base64url JSON), as the builder writes where it cannot compress. */
const LINK = `routine=1j.${Buffer.from(JSON.stringify({ n: 'Para casa', l: 'advanced', i: ['half-crunch'] })).toString('base64url')}`;

const ROUTINE = JSON.stringify({ id: 'mine', name: 'My two', items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch' }] });

export const CONSUMERS = [
  {
    name: 'react19',
    dependencies: { react: '^19.0.0', 'react-dom': '^19.0.0' },
    entry: 'app.jsx',
    files: {
      'index.html': '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="app.js"></script></body></html>',
      'app.jsx': `import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'back-exercise-elements/define.js';
${REPORT}
const started = [];
const routine = ${ROUTINE};
function App() {
  return (
    <main>
      <back-exercise id="card" exercise="half-crunch" level="intermediate" no-timer></back-exercise>
      <hold-timer id="timer" hold={5} cues="none" onhold-timer-start={(event) => started.push(event.type)}></hold-timer>
      <routine-player id="player" data={routine} cues="none"></routine-player>
    </main>
  );
}
const root = createRoot(document.getElementById('root'));
flushSync(() => root.render(<App />));
await customElements.whenDefined('routine-player');
const card = document.getElementById('card');
const timer = document.getElementById('timer');
const player = document.getElementById('player');
await Promise.all([card.updateComplete, timer.updateComplete, player.updateComplete]);
check('attributes reach a card (exercise, level)', card.levelDose?.reps === 15, JSON.stringify(card.levelDose));
check('an object prop is set as the data property', player.routineData?.name === 'My two', player.dataError?.message);
timer.start();
await settle();
check('onhold-timer-start listens for the custom event', started.length === 1 && started[0] === 'hold-timer-start', started.join());
timer.reset();
finish();
`,
    },
  },
  {
    name: 'vue3',
    dependencies: { vue: '^3.4.0' },
    entry: 'main.js',
    files: {
      'index.html': '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="app.js"></script></body></html>',
      'main.js': `import { createApp, h, nextTick } from 'vue';
import 'back-exercise-elements/define.js';
${REPORT}
const started = [];
const routine = ${ROUTINE};
createApp({
  render: () => h('main', [
    h('back-exercise', { id: 'card', exercise: 'half-crunch', level: 'advanced', 'no-timer': '' }),
    h('hold-timer', { id: 'timer', hold: 5, cues: 'none', onHoldTimerStart: (event) => started.push(event.type) }),
    h('routine-player', { id: 'player', data: routine, cues: 'none' }),
  ]),
}).mount('#root');
await nextTick();
await customElements.whenDefined('routine-player');
const card = document.getElementById('card');
const timer = document.getElementById('timer');
const player = document.getElementById('player');
await Promise.all([card.updateComplete, timer.updateComplete, player.updateComplete]);
check('attributes reach a card (exercise, level)', card.levelDose?.reps === 25, JSON.stringify(card.levelDose));
check('an object is set as the data property', player.routineData?.name === 'My two', player.dataError?.message);
timer.start();
await settle();
check('onHoldTimerStart listens for hold-timer-start', started.length === 1, started.join());
timer.reset();
finish();
`,
    },
  },
  {
    name: 'react18-wrapper',
    dependencies: { react: '^18.3.0', 'react-dom': '^18.3.0' },
    entry: 'app.jsx',
    files: {
      'index.html': '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="app.js"></script></body></html>',
      'app.jsx': `import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { BackExercise, HoldTimer, RoutinePlayer } from 'back-exercise-elements/react';
${REPORT}
const started = [];
const routine = ${ROUTINE};
function App() {
  return (
    <main>
      <BackExercise id="card" exercise="half-crunch" level="advanced" noTimer />
      <HoldTimer id="timer" hold={5} cues="none" onHoldTimerStart={(event) => started.push(event.type)} />
      <RoutinePlayer id="player" data={routine} cues="none" />
    </main>
  );
}
const root = createRoot(document.getElementById('root'));
flushSync(() => root.render(<App />));
await customElements.whenDefined('routine-player');
const card = document.getElementById('card');
const timer = document.getElementById('timer');
const player = document.getElementById('player');
await settle();
await Promise.all([card.updateComplete, timer.updateComplete, player.updateComplete]);
check('React 18 version', (await import('react')).version.startsWith('18.'));
check('properties reach a card (exercise, level)', card.levelDose?.reps === 25, JSON.stringify(card.levelDose));
check('data is set as a property, not the text [object Object]', player.routineData?.name === 'My two', player.getAttribute('data'));
timer.start();
await settle();
check('onHoldTimerStart listens for hold-timer-start', started.length === 1, started.join());
timer.reset();
finish();
`,
    },
  },
  {
    name: 'plain-page',
    dependencies: {},
    copyDist: true,
    files: {
      'index.html': `<!doctype html><html lang="es"><head><link rel="icon" href="data:,">
<link rel="stylesheet" href="dist/elements.css">
<script type="module" src="dist/back-exercise-elements.bundle.js"></script>
</head><body>
<back-exercise exercise="knee-to-chest" structured-data></back-exercise>
<routine-player routine="lower-back-stretches" cues="none"></routine-player>
<routine-player id="shared" from-url routine="lower-back-stretches" cues="none"></routine-player>
<script type="module">
${REPORT}
const bundle = await import('./dist/back-exercise-elements.bundle.js');
const card = document.querySelector('back-exercise');
const player = document.querySelector('routine-player');
await customElements.whenDefined('routine-player');
for (let i = 0; i < 100 && !card.shadowRoot?.querySelector('[part="base"][lang="es"] svg.back-exercise-drawing'); i++) await settle();
check('one script tag defines the three elements', ['back-exercise', 'hold-timer', 'routine-player'].every((tag) => customElements.get(tag)));
check('the page language loads as a chunk beside the bundle', card.shadowRoot.querySelector('[part="base"]').getAttribute('lang') === 'es');
check('the drawings load as a chunk beside the bundle', !!card.shadowRoot.querySelector('svg.back-exercise-drawing'));
check('the bundle exports the API', typeof bundle.registerTranslation === 'function' && typeof bundle.RoutinePlayer === 'function');
for (let i = 0; i < 100 && !card.querySelector('script[type="application/ld+json"]'); i++) await settle();
const described = JSON.parse(card.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
check('structured-data loads its chunk beside the bundle and writes the card in Spanish', described['@type'] === 'ExercisePlan' && described.name === 'Rodilla al pecho', described.name);
const shared = document.getElementById('shared');
location.hash = '${LINK}';
for (let i = 0; i < 100 && !shared.shadowRoot.querySelector('input[value="advanced"]')?.checked; i++) await settle();
check('from-url loads the link reader beside the bundle and plays the link', shared.routineData?.name === 'Para casa' && shared.shadowRoot.querySelector('input[value="advanced"]')?.checked, [...shared.shadowRoot.querySelectorAll('input')].map((i) => i.value + ':' + i.checked).join(' '));
player.start();
await player.updateComplete;
check('the player plays', player.state === 'playing', player.state);
player.stopForPain();
finish();
</script></body></html>`,
    },
  },
  {
    name: 'staff-page',
    dependencies: {},
    copyDist: true,
    files: {
      'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="dist/routine-builder.bundle.js"></script>
</head><body>
<routine-builder player-url="https://clinic.example/exercises/"></routine-builder>
<script type="module">
${REPORT}
await customElements.whenDefined('routine-builder');
const builder = document.querySelector('routine-builder');
check('the builder bundle defines the builder and the player it previews with', ['routine-builder', 'routine-player'].every((tag) => customElements.get(tag)));
builder.shared = { routine: { id: 'home', name: 'Home', items: [{ exercise: 'knee-to-chest', dose: { holdSeconds: 30 } }] }, note: 'Twice a day.' };
await builder.updateComplete;
check('it makes a link', builder.shareLink.startsWith('https://clinic.example/exercises/#routine=1'), builder.shareLink);
[...builder.shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Share…').click();
for (let i = 0; i < 100 && !builder.shadowRoot.querySelector('.share-panel svg.qr-code'); i++) await settle();
check('the QR code library loads as a chunk beside the bundle', !!builder.shadowRoot.querySelector('.share-panel svg.qr-code'));
finish();
</script></body></html>`,
    },
  },
];

const CONSUMER_CODE = `import { EXERCISES, HoldTimerCompleteEvent, registerTranslation, type BackExercise, type RoutinePlayer } from 'back-exercise-elements';
import 'back-exercise-elements/define.js';
import 'back-exercise-elements/hold-timer.js';

const card: BackExercise = document.createElement('back-exercise');
card.exercise = EXERCISES[0].id;
card.level = 'advanced';
const player: RoutinePlayer = document.createElement('routine-player');
player.addEventListener('routine-player-stop', (event) => console.log(event.summary));
document.createElement('hold-timer').addEventListener('hold-timer-complete', (event: HoldTimerCompleteEvent) => console.log(event.late));
registerTranslation({ lang: 'it', dir: 'ltr', messages: { Start: 'Inizia' }, catalog: { exercises: {}, routines: {} } });
// @ts-expect-error: not a level
card.level = 'expert';
`;

const TSX_CODE = `import 'back-exercise-elements/define.js';
import type {} from 'back-exercise-elements/frameworks/react';
import { getExercise } from 'back-exercise-elements';

export function Session() {
  return (
    <>
      <back-exercise data={getExercise('knee-to-chest')} level="intermediate" heading-level={3} onhold-timer-complete={(event) => console.log(event.summary)} />
      <hold-timer hold={30} each-side label="Hamstring stretch" />
      <routine-player routine="lower-back" pain-threshold={7} onroutine-player-stop={(event) => console.log(event.summary)} />
      {/* @ts-expect-error: not a level */}
      <back-exercise exercise="knee-to-chest" level="expert" />
    </>
  );
}
`;

export const TYPE_CHECKS = [
  {
    name: 'tsx (React 19)',
    dependencies: { '@types/react': '^19.0.0' },
    files: {
      'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], skipLibCheck: false }, files: ['session.tsx'] }),
      'session.tsx': TSX_CODE,
    },
  },
  {
    name: 'bundler',
    dependencies: {},
    files: {
      'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], skipLibCheck: false }, files: ['index.ts'] }),
      'index.ts': CONSUMER_CODE,
    },
  },
  {
    name: 'node16',
    dependencies: {},
    files: {
      'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'Node16', moduleResolution: 'Node16', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], skipLibCheck: false }, files: ['index.ts'] }),
      'index.ts': CONSUMER_CODE,
    },
  },
];
