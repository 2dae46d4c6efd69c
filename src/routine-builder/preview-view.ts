import { html, nothing } from 'lit';
import { formatSeconds } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { resolveRoutine } from '../model/parse.js';
import { planRoutine } from '../model/plan.js';
import type { SharedRoutine } from '../share/routine-link.js';
import type { QrModules } from './qr-code.js';
import { renderPrintedCode } from './share-panel.js';

/** What the preview shows: the routine as a link would carry it, or why there is none yet. */
export interface PreviewModel {
  shared: SharedRoutine | null;
  /** The routine has no exercises yet (rather than problems). */
  empty: boolean;
  theme: 'light' | 'dark' | 'auto' | null;
  /** Level of the player's title: one below the preview's own heading. */
  headingLevel: number;
  qr: QrModules | null | undefined;
  /** Moves focus to the first field with a problem. */
  onFirstProblem: () => void;
}

/**
 * The live preview: the total time, the note, and a `<routine-player>` given exactly what the
 * link carries (the routine, its level and pace), so the patient's player plans the same.
 * Printed, it is the handout, with the QR code of the link after it.
 */
export function renderPreview({ shared, empty, theme, headingLevel, qr, onFirstProblem }: PreviewModel) {
  if (!shared) {
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">${msg('Preview')}</h3>
      ${empty
        ? html`<p class="hint">${msg('The preview shows here once the routine has exercises.')}</p>`
        : html`<p class="hint">${msg('Fix the problems marked in red to see the preview.')}</p>
            <button type="button" class="first-problem" @click=${onFirstProblem}>${msg('Go to the first problem')}</button>`}
    </section>`;
  }
  const resolved = resolveRoutine(shared.routine);
  const plan = planRoutine(resolved, shared.level ?? 'beginner', (index) => (resolved.paces[index] ?? shared.pace ?? 'timer') === 'done');
  return html`<section class="preview" part="preview" aria-labelledby="preview-title">
    <h3 id="preview-title">${msg('Preview')}</h3>
    <p class="total" part="total">${msg(str`Total time: ${formatSeconds(plan.total / 1000)}`)}</p>
    ${shared.note ? html`<p class="preview-note"><strong>${msg('Note for the patient')}:</strong> <span dir="auto">${shared.note}</span></p>` : nothing}
    <routine-player .data=${shared.routine} level=${shared.level ?? 'beginner'} pace=${shared.pace ?? 'timer'} heading-level=${headingLevel} theme=${theme ?? 'auto'}>
      ${shared.note ? html`<p slot="note" dir="auto">${shared.note}</p>` : nothing}
    </routine-player>
    ${renderPrintedCode(qr)}
  </section>`;
}
