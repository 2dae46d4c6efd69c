// What test/layout-shift/measure.mjs measures, and which rule of src/elements.css each
// measurement sets. `--_reserve` is the room an element's spacer (::before, or ::after on a
// card in plain HTML: `pseudo`) keeps before
// definition; `--_no-timer` and `--_no-drawing` are taken off it for cards without them
// (measured as the difference to `relativeTo`). `tolerance` (px) overrides the default fit.
const EXERCISES = [
  'knee-to-chest',
  'lower-back-twist',
  'side-trunk-stretch',
  'half-crunch',
  'push-up-back-extension',
  'assisted-back-extension',
];

/** The README's card written in plain HTML: its content shows before definition. */
export const AUTHORED_CARD = `<back-exercise hold="30" each-side targets="hamstrings, lower back">
  <h2>Lying hamstring stretch</h2>
  <ol>
    <li>Lie flat on your back with both legs straight</li>
    <li>Loop a towel around one foot and raise the leg</li>
  </ol>
  <aside><p>If you experience back pain, stop!</p></aside>
</back-exercise>`;

export const SUBJECTS = [
  ...EXERCISES.map((id) => ({
    name: id,
    markup: `<back-exercise exercise="${id}"></back-exercise>`,
    selector: `back-exercise[exercise='${id}']`,
    property: '--_reserve',
  })),
  ...EXERCISES.map((id) => ({
    name: `${id} compact`,
    markup: `<back-exercise exercise="${id}" compact></back-exercise>`,
    selector: `back-exercise[compact][exercise='${id}']`,
    property: '--_reserve',
  })),
  {
    name: 'card without timer',
    markup: '<back-exercise exercise="knee-to-chest" no-timer></back-exercise>',
    selector: 'back-exercise[no-timer]',
    pseudo: ['::before', '::after'],
    property: '--_no-timer',
    relativeTo: 'knee-to-chest',
  },
  {
    name: 'compact card without timer',
    markup: '<back-exercise exercise="knee-to-chest" compact no-timer></back-exercise>',
    selector: 'back-exercise[compact][no-timer]',
    pseudo: ['::before', '::after'],
    property: '--_no-timer',
    relativeTo: 'knee-to-chest compact',
  },
  // Each drawing has its own proportions, so each card has its own height without it.
  ...EXERCISES.flatMap((id) => [
    {
      name: `${id} without drawing`,
      markup: `<back-exercise exercise="${id}" no-drawings></back-exercise>`,
      selector: `back-exercise[exercise='${id}'][no-drawings]`,
      property: '--_no-drawing',
      relativeTo: id,
    },
    {
      name: `${id} compact without drawing`,
      markup: `<back-exercise exercise="${id}" compact no-drawings></back-exercise>`,
      selector: `back-exercise[compact][exercise='${id}'][no-drawings]`,
      property: '--_no-drawing',
      relativeTo: `${id} compact`,
    },
  ]),
  // Its text is the author's, styled by the page before definition and by the card after:
  // the reserve adds what the card adds (dose, timer, padding), to within about a line.
  {
    name: 'card in plain HTML',
    markup: AUTHORED_CARD,
    selector: 'back-exercise:not([exercise])',
    pseudo: ['::after'],
    property: '--_reserve',
    tolerance: 20,
  },
  { name: 'hold-timer', markup: '<hold-timer hold="45"></hold-timer>', selector: 'hold-timer', property: '--_reserve' },
  {
    name: 'hold-timer no-dose',
    markup: '<hold-timer hold="45" no-dose></hold-timer>',
    selector: 'hold-timer[no-dose]',
    property: '--_reserve',
  },
  {
    name: 'hold-timer compact',
    markup: '<hold-timer hold="45" compact></hold-timer>',
    selector: 'hold-timer[compact]',
    property: '--_reserve',
  },
  { name: 'routine-player', markup: '<routine-player></routine-player>', selector: 'routine-player', property: '--_reserve' },
  ...['lower-back-stretches', 'trunk-strength'].map((id) => ({
    name: `routine-player ${id}`,
    markup: `<routine-player routine="${id}"></routine-player>`,
    selector: `routine-player[routine='${id}']`,
    property: '--_reserve',
  })),
  // Checked only: measured to show what a few common variations cost.
  { name: 'half-crunch advanced', markup: '<back-exercise exercise="half-crunch" level="advanced"></back-exercise>' },
  { name: 'hold-timer reps and sets', markup: '<hold-timer hold="2" reps="15" sets="3"></hold-timer>' },
];
