import { html, isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { currentLocale, msg } from '../i18n/localize.js';

/**
 * The clinic's own safety advice (the player's `safety-advice` slot) as plain paragraphs, so that
 * the handout prints it too: a slot shows its content in one place only, and the advice after a
 * stop keeps it. Each `<p>` or `<li>` of the advice is one paragraph; empty when there is none.
 */
export function slottedAdvice(host: Element): string[] {
  if (isServer) return [];
  const paragraphs: string[] = [];
  for (const given of host.querySelectorAll(':scope > [slot="safety-advice"]')) {
    const parts = given.querySelectorAll('p, li');
    for (const part of parts.length > 0 ? [...parts] : [given]) {
      const text = (part.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
    }
  }
  return paragraphs;
}

/** The player's own advice after a stop, used where the clinic gave none. */
export function defaultAdvice(): string[] {
  return [
    msg('Stop the exercise and rest in a comfortable position.'),
    msg('Do not push through pain.'),
    msg('If the pain persists or gets worse, contact your physiotherapist or a doctor.'),
  ];
}

/** The signs every back-pain leaflet tells a patient to get urgent care for. */
function warningSigns(): string[] {
  return [
    msg('numbness or tingling around your bottom or genitals'),
    msg('changes in your bladder or bowels: you cannot pee, or you cannot control your pee or poo'),
    msg('weakness in one or both legs'),
    msg('pain spreading down a leg'),
    msg('a fever (a high temperature) as well as back pain'),
  ];
}

/**
 * The handout's safety box: what to do if an exercise hurts (the clinic's advice, else the
 * player's), and the warning signs that need urgent care. The clinic's advice is its own text,
 * in its own language: each paragraph takes its direction from its words (`dir="auto"`).
 */
export function renderPrintSafety(advice: readonly string[]) {
  const clinics = advice.length > 0;
  return html`<section class="print-safety" aria-labelledby="print-safety-title">
    <h3 id="print-safety-title">${msg('If an exercise hurts')}</h3>
    ${clinics ? advice.map((paragraph) => html`<p dir="auto">${paragraph}</p>`) : defaultAdvice().map((paragraph) => html`<p>${paragraph}</p>`)}
    <div class="print-warning">
      <h3>${msg('Warning signs: get urgent medical help')}</h3>
      <p>${msg('Stop the exercises and see a doctor or an urgent care service straight away if you have back pain and any of these:')}</p>
      <ul>
        ${warningSigns().map((sign) => html`<li>${sign}</li>`)}
      </ul>
    </div>
  </section>`;
}

/** The day the handout is printed, in the element's language ("7 December 2026"). */
export function printedDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long' }).format(now);
}

/** The date the handout was printed, and blank lines for the physiotherapist's name and the next appointment. */
export function renderPrintFields() {
  return html`<dl class="print-fields">
    <div><dt>${msg('Date')}</dt><dd>${printedDate()}</dd></div>
    <div><dt>${msg('Physiotherapist')}</dt><dd class="print-blank"></dd></div>
    <div><dt>${msg('Next appointment')}</dt><dd class="print-blank"></dd></div>
  </dl>`;
}

/** Renders its host again as the page is about to print, so that the handout carries the day it is printed. */
export class PrintDateController implements ReactiveController {
  readonly #onBeforePrint = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onBeforePrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
  }
}
