// Server rendering in Node (node --test): nothing touches the DOM in a constructor or at
// module load, and a catalog card, a timer and a player before start render to declarative
// shadow DOM with their text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from './render.mjs';

const textOf = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('a catalog card renders its name, dose, steps and cautions into a declarative shadow root', async () => {
  const html = await renderToString('<back-exercise exercise="knee-to-chest" level="advanced"></back-exercise>');
  assert.match(html, /<back-exercise[^>]*><template shadowroot="open" shadowrootmode="open">/);
  const text = textOf(html);
  for (const expected of ['Knee to Chest', 'Stretch', 'Hold 45 seconds on each side', 'Lie flat on your back', 'Pull gently; never force the stretch.', 'If you experience back pain, stop!', 'Start']) {
    assert.ok(text.includes(expected), `the card says "${expected}"`);
  }
  // The drawing comes from a chunk in the browser; the server keeps its box.
  assert.match(html, /<svg class="drawing-pending" viewBox="0 0 206 74" aria-hidden="true">/);
  // A heading level the page cannot be asked for on a server: 2, corrected in the browser.
  assert.match(html, /part="name" role="heading" aria-level="2"/);
});

test('a player before start renders its routine, levels, cues and Start', async () => {
  const text = textOf(await renderToString('<routine-player routine="trunk-strength"></routine-player>'));
  for (const expected of ['Trunk strength', 'Half Crunches', 'Push-up Back Extensions', 'Assisted Back Extension', 'Beginner', 'Start']) {
    assert.ok(text.includes(expected), `the player says "${expected}"`);
  }
});

test('a timer renders its dose and Start, and an explicit heading level is kept', async () => {
  const html = await renderToString('<hold-timer hold="30" each-side></hold-timer><back-exercise exercise="half-crunch" heading-level="4" no-timer></back-exercise>');
  const text = textOf(html);
  assert.ok(text.includes('Hold 30 seconds on each side'));
  assert.match(html, /aria-level="4"/);
  assert.doesNotMatch(html, /<hold-timer[^>]*>[\s\S]*?<back-exercise[\s\S]*part="timer"/);
});

test('bad input renders the visible error', async () => {
  const bad = textOf(await renderToString('<back-exercise exercise="nope"></back-exercise>'));
  assert.ok(bad.includes('is not a known exercise'));
});

test('a card written in HTML shows its own text through a slot: it is its own server-rendered content', async () => {
  const html = await renderToString('<back-exercise hold="30"><h3>Mine</h3><ol><li>Step one</li></ol></back-exercise>');
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">[\s\S]*<slot><\/slot>[\s\S]*<\/template><h3>Mine<\/h3>/);
  assert.doesNotMatch(html, /part="error"/);
});
