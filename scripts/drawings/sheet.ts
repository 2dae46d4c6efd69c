// The contact sheet of the drawings (npm run drawings): every exercise's steps beside its
// drawings at the player's size (290 px), the list's thumbnail size (96 × 64 px) and the
// handout's print size (5.5 cm), left and right side, on a light and a dark surface.
// `?only=<exercise id>` shows one exercise; `&zoom=<px>` shows it at that width only, for a close look.
import { html, render, type TemplateResult } from 'lit';
import { EXERCISES } from '../../src/model/catalog.js';
import { LEVELS, type Level } from '../../src/model/types.js';
import { illustrationStyles, renderIllustration, type IllustrationOptions } from '../../src/illustrations/illustrations.js';
import { DRAWINGS } from '../../src/illustrations/poses.js';

const page = new CSSStyleSheet();
page.replaceSync(`
  body { margin: 0; padding: 16px; font: 14px/1.4 system-ui, sans-serif; background: #fff; color: #1b1f23; }
  section { display: grid; grid-template-columns: 250px auto; gap: 16px; padding: 12px 0; border-top: 1px solid #c7ccd1; width: max-content; }
  h2 { margin: 0 0 4px; font-size: 18px; }
  ol { margin: 0; padding-inline-start: 20px; }
  .note { color: #5b6670; font-size: 12px; margin: 6px 0 0; }
  .themes { display: grid; gap: 8px; }
  .theme { padding: 8px 10px; border-radius: 8px; display: grid; gap: 6px; }
  .light { background: #ffffff; color: #1b1f23; outline: 1px solid #d6dbe0; --tint: #f0f4f7; --back-exercise-drawing-background: #ffffff; }
  .dark { background: #17191c; color: #e6e8eb; --tint: #1f2327; --back-exercise-drawing-background: #17191c; --back-exercise-drawing-accent: #8cc8ff; }
  .row { display: flex; gap: 10px; align-items: end; flex-wrap: nowrap; }
  .row h3 { width: 96px; flex: none; margin: 0; font-size: 12px; font-weight: 600; align-self: center; }
  figure { margin: 0; display: grid; gap: 2px; justify-items: center; flex: none; }
  figcaption { font-size: 11px; opacity: 0.75; white-space: nowrap; }
  .player { width: 290px; }
  .thumb { width: 96px; height: 64px; display: grid; place-items: center; background: var(--tint); border-radius: 6px; overflow: hidden;
    --back-exercise-drawing-background: var(--tint); }
  .thumb svg { width: 100%; height: 100%; }
  .print { width: 5.5cm; }
  .gap { width: 14px; flex: none; }
`);
document.adoptedStyleSheets = [illustrationStyles.styleSheet!, page];

const query = new URLSearchParams(location.search);
const only = query.get('only');
const zoom = Number(query.get('zoom')) || 0;
if (zoom) page.insertRule(`.zoom { width: ${zoom}px; }`);
const SIDES = ['left', 'right'] as const;

const drawing = (id: string, size: string, caption: string, options: IllustrationOptions) =>
  html`<figure><div class=${size}>${renderIllustration(id, { animate: false, ...options })}</div><figcaption>${caption}</figcaption></figure>`;

/** One size: for each side its start and held positions (and, at the player's size, both together). */
function sizeRow(
  id: string,
  size: string,
  title: string,
  level: Level | undefined,
  positions: readonly ('start' | 'held' | 'both')[],
  sides: readonly ('left' | 'right')[] = SIDES,
): TemplateResult {
  return html`<div class="row">
    <h3>${title}</h3>
    ${sides.map(
      (side, k) =>
        html`${k ? html`<span class="gap"></span>` : ''}${positions.map((position) =>
          drawing(id, size, `${side} · ${position === 'both' ? 'start under held' : position}`, { side, position, level }),
        )}`,
    )}
  </div>`;
}

// First, every exercise's held position as a thumbnail, side by side: each must be recognisable alone.
const overview = html`<section id="thumbnails">
  <div><h2>Thumbnails</h2><p class="note">Each exercise's held position at 96 × 64 px, as the player's list shows it.</p></div>
  <div class="themes">
    ${(['light', 'dark'] as const).map(
      (theme) => html`<div class="theme ${theme}"><div class="row">
        ${EXERCISES.map((exercise) => drawing(exercise.id, 'thumb', exercise.name, { position: 'held' }))}
      </div></div>`,
    )}
  </div>
</section>`;

render(
  [
    only ? '' : overview,
    ...EXERCISES.filter((exercise) => !only || exercise.id === only).map((exercise) => {
    // One set of rows per drawing: the default (beginner) one, then each level drawn differently.
    const levels: (Level | undefined)[] = [undefined, ...(Object.keys(DRAWINGS[exercise.id].levels ?? {}) as Level[])];
    // Which levels each set of rows shows, where the levels are drawn differently.
    const named = (level: Level | undefined) =>
      levels.length === 1 ? '' : `, ${level ?? LEVELS.filter((other) => !levels.includes(other)).join(' & ')}`;
    return html`<section id=${exercise.id}>
      <div>
        <h2>${exercise.name}</h2>
        <ol>
          ${exercise.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
        ${exercise.progression ? html`<p class="note">Progression: ${exercise.progression}</p>` : ''}
        <p class="note">${exercise.dose.eachSide ? 'Done on each side: the right side is drawn mirrored.' : 'Not done by side: the right drawing is the mirror image.'}</p>
      </div>
      <div class="themes">
        ${(zoom ? (['light'] as const) : (['light', 'dark'] as const)).map(
          (theme) => html`<div class="theme ${theme}">
            ${levels.map((level) =>
              zoom
                ? SIDES.map((side) => sizeRow(exercise.id, 'zoom', `${zoom} px${named(level)}`, level, ['start', 'held', 'both'], [side]))
                : html`${sizeRow(exercise.id, 'player', `290 px${named(level)}`, level, ['start', 'held', 'both'])}
                  ${sizeRow(exercise.id, 'thumb', `96 px${named(level)}`, level, ['start', 'held'])}
                  ${sizeRow(exercise.id, 'print', `print 5.5 cm${named(level)}`, level, ['start', 'held'])}`,
            )}
          </div>`,
        )}
      </div>
    </section>`;
    }),
  ],
  document.getElementById('sheet')!,
);
document.body.dataset.ready = 'true';
