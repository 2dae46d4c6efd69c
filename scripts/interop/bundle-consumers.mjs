// Consumers of the one-file bundle itself through a bundler (`back-exercise-elements/bundle.js`,
// the file its bare CDN URL serves, the `jsdelivr`/`unpkg` fields): the bundler follows the bundle's `import("./chunks/…")`,
// so its drawings and languages come with the app. Run by run.mjs like those of consumers.mjs.

export const BUNDLE_CONSUMERS = [
  {
    name: 'bundler-of-the-bundle',
    dependencies: {},
    entry: 'main.js',
    files: {
      'index.html': '<!doctype html><html lang="es"><head><link rel="icon" href="data:,"></head><body><back-exercise exercise="knee-to-chest" no-timer></back-exercise><script type="module" src="app.js"></script></body></html>',
      'main.js': `import { RoutinePlayer } from 'back-exercise-elements/bundle.js';
const checks = [];
const check = (name, ok, detail = '') => checks.push([name, !!ok, ok ? '' : String(detail)]);
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
await customElements.whenDefined('back-exercise');
const card = document.querySelector('back-exercise');
const base = () => card.shadowRoot?.querySelector('[part="base"]');
for (let i = 0; i < 100 && !(base()?.getAttribute('lang') === 'es' && base().querySelector('svg.back-exercise-drawing')); i++) await settle();
check('the bundle defines the elements and exports the API', customElements.get('routine-player') === RoutinePlayer);
check('the page language comes with the app', base()?.getAttribute('lang') === 'es', base()?.getAttribute('lang'));
check('the drawings come with the app', !!base()?.querySelector('svg.back-exercise-drawing'));
window.interop = { done: true, checks };
`,
    },
  },
];
