// The player's keeping-going features load on demand (issue 24's size): "Your history" on the
// first press of its button (the level suggestions are in the first render, so nothing moves), the
// calendar writer on "Add to calendar". Each arrives with its styles adopted after the element's
// own, and nothing before that asks the network for it. The tests run in order in one page (a
// module, once loaded, is not asked for again): each first checks what was not loaded yet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import type { SessionRecord } from '../../src/adherence/types.js';
import { captureDownloads } from '../adherence/download-capture.js';

const ROUTINE = 'trunk-strength';
const HISTORY = `back-exercise-elements:history:${ROUTINE}`;

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const button = (el: RoutinePlayer, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => clean(b.textContent) === label)!;
/** The modules the page has fetched whose address contains `name`. */
const fetched = (name: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(name));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How many of the shadow root's style sheets have a rule for `selector`. */
const sheetsWith = (el: RoutinePlayer, selector: string) =>
  el.shadowRoot!.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText.split(',').some((s) => s.trim() === selector))).length;
const hasRule = (el: RoutinePlayer, selector: string) => sheetsWith(el, selector) > 0;

/** A remembered session of trunk-strength at intermediate, stopped for pain in the push-up back extension. */
function painStop(): SessionRecord {
  const date = new Date(Date.now() - 60_000).toISOString();
  return {
    startedAt: date,
    date,
    completed: false,
    reason: 'pain',
    stoppedAt: { exerciseIndex: 1, exerciseId: 'push-up-back-extension', phase: 'hold', side: null, rep: 2, reps: 9, set: 1, sets: 1, secondsIntoHold: 3 },
    exercises: ['half-crunch', 'push-up-back-extension', 'assisted-back-extension'].map((id, index) => ({
      index,
      id,
      outcome: index === 1 ? 'stopped' : index === 0 ? 'done' : 'not-reached',
      level: 'intermediate',
    })),
  };
}

/** Whether the element's own sheets come first, in order (the drawings' and the lazy views' after them). */
function ownSheetsFirst(el: RoutinePlayer): boolean {
  const own = (el.constructor as typeof RoutinePlayer).elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));
  const adopted = el.shadowRoot!.adoptedStyleSheets;
  return own.length > 0 && own.every((sheet, i) => adopted[i] === sheet);
}

describe('<routine-player remember>: what loads on demand', () => {
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  it('level suggestions: no cards and no card styles without a remembered session, with no-suggestions or without remember', async () => {
    // Another routine, with nothing remembered.
    const empty = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" remember rate cues="none"></routine-player>`);
    localStorage.setItem(HISTORY, JSON.stringify([painStop()]));
    const off = await fixture<RoutinePlayer>(html`<routine-player routine=${ROUTINE} remember rate no-suggestions cues="none" level="intermediate"></routine-player>`);
    const forgetful = await fixture<RoutinePlayer>(html`<routine-player routine=${ROUTINE} rate cues="none" level="intermediate"></routine-player>`);
    await sleep(300);
    for (const el of [empty, off, forgetful]) expect($(el, '[part="base"]'), 'the start view shows').to.not.equal(null);
    expect(ownSheetsFirst(empty)).to.equal(true);
    expect(hasRule(empty, '.suggestion'), 'no styles of the cards').to.equal(false);
  });

  it('level suggestions: with a remembered session, the cards and their styles are in the first render, so nothing below them moves', async () => {
    localStorage.setItem(HISTORY, JSON.stringify([painStop()]));
    const el = await fixture<RoutinePlayer>(html`<routine-player routine=${ROUTINE} remember rate cues="none" level="intermediate"></routine-player>`);
    expect($(el, '[part="suggestion"]'), 'the cards are there at once').to.not.equal(null);
    const start = $(el, '.primary')!.getBoundingClientRect().top;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect($(el, '.primary')!.getBoundingClientRect().top, 'Start stays where it was').to.equal(start);
    expect(clean($(el, '[part="suggestion"] p')?.textContent)).to.match(/^Push-up Back Extensions hurt in your last session\. Step back to Beginner: /);
    expect(hasRule(el, '.suggestion'), 'their styles are adopted').to.equal(true);
    expect(ownSheetsFirst(el), 'after the element’s own').to.equal(true);
    expect(sheetsWith(el, '.suggestion'), 'once').to.equal(1);
    expect(getComputedStyle($(el, '[part="suggestion"]')!).display, 'and apply').to.equal('grid');
  });

  it('Your history: the view, its chart and styles load on the first press; it opens with focus on its title', async () => {
    localStorage.setItem(HISTORY, JSON.stringify([painStop()]));
    const el = await fixture<RoutinePlayer>(html`<routine-player routine=${ROUTINE} remember no-suggestions cues="none"></routine-player>`);
    await sleep(300);
    expect(fetched('history-part'), 'not before the press').to.deep.equal([]);
    expect(hasRule(el, '.week-count')).to.equal(false);
    const open = button(el, 'Your history');
    expect(getComputedStyle(open).justifySelf, 'the button is styled from the first render').to.equal('start');
    open.click();
    await waitUntil(() => $(el, '[part="history-view"]'), 'the view shows once loaded');
    await el.updateComplete;
    expect(fetched('history-part')).to.have.length(1);
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    expect(active?.id, 'focus on the history’s title').to.equal('history-title');
    expect(hasRule(el, '.week-count'), 'its styles are adopted').to.equal(true);
    expect(ownSheetsFirst(el), 'after the element’s own').to.equal(true);
    expect(getComputedStyle($(el, '.week-count')!).fontWeight, 'and apply').to.equal('700');
    // Back, and again: the loaded view opens at once, its styles not added twice.
    button(el, 'Back to the routine').click();
    await el.updateComplete;
    button(el, 'Your history').click();
    await waitUntil(() => $(el, '[part="history-view"]'), 'opens again');
    expect(sheetsWith(el, '.week-count'), 'its styles not added twice').to.equal(1);
  });

  it('Add to calendar: the calendar writer loads on the click, from the library’s own files only, and the file is made', async () => {
    const el = await fixture<RoutinePlayer>(
      html`<routine-player cues="none" .data=${{ id: 'home', name: 'Home, week 1', items: [{ exercise: 'knee-to-chest' }], frequency: { timesPerDay: 1, days: { perWeek: 3 } } }}></routine-player>`,
    );
    await waitUntil(() => $(el, '.calendar'), 'the reminder line shows');
    await sleep(300);
    expect(fetched('icalendar'), 'not before the click').to.deep.equal([]);
    const before = performance.getEntriesByType('resource').length;
    const capture = captureDownloads();
    const downloaded = capture.next();
    button(el, 'Add to calendar').click();
    const file = await downloaded;
    expect(file.fileName).to.equal('home-week-1.ics');
    expect(file.text).to.contain('BEGIN:VCALENDAR');
    const asked = performance.getEntriesByType('resource').slice(before).map((entry) => new URL(entry.name));
    expect(asked.map((url) => url.pathname).some((path) => path.includes('icalendar'))).to.equal(true);
    expect(
      asked.every((url) => url.origin === location.origin && url.pathname.startsWith('/src/') && url.search === ''),
      'only the library’s modules, carrying nothing of the routine',
    ).to.equal(true);
  });
});
