import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { EXERCISE_IDS, type BackExercise, type HoldTimer, type RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// WCAG 2.2 AA in every language: axe (its WCAG and best-practice rules) over every state of
// every element, the page-level rules on a page of cards, target sizes, focus rings, reflow at
// 320 px, and a keyboard-only run of the default routine.

const LANGUAGES = ['en', 'es', 'de', 'fr', 'ar'] as const;

async function inLanguage(element: HTMLElement & { updateComplete: Promise<unknown> }, lang: string) {
  await waitUntil(() => element.shadowRoot?.querySelector(`[part="base"][lang="${lang}"]`), `<${element.localName}> speaks ${lang}`);
  await element.updateComplete;
}

describe('accessibility in five languages', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      it('card: catalog, written in HTML, compact and in error', async () => {
        const page = await fixture<HTMLElement>(html`<main lang=${lang}>
          <h1>Exercises</h1>
          <back-exercise exercise="side-trunk-stretch"></back-exercise>
          <back-exercise hold="20"><h2>Wall stretch</h2><ol><li>Stand by a wall</li></ol><aside><p>Stop if it hurts.</p></aside></back-exercise>
          <back-exercise exercise="half-crunch" compact></back-exercise>
          <back-exercise exercise="no-such-exercise"></back-exercise>
        </main>`);
        const cards = [...page.querySelectorAll('back-exercise')] as BackExercise[];
        for (const card of cards.slice(0, 3)) await inLanguage(card, lang);
        await cards[3].updateComplete;
        await expect(page).to.be.accessible();
      });

      it('timer: idle, every phase, paused and done', async () => {
        const timer = await fixture<HoldTimer>(html`<hold-timer lang=${lang} hold="3" reps="2" sets="2" each-side set-rest="3"></hold-timer>`);
        await inLanguage(timer, lang);
        await expect(timer, 'idle').to.be.accessible();
        timer.start();
        const seen = new Set<string>();
        for (let t = 0; t < timer.plan!.total; t += 1000) {
          await timer.updateComplete;
          const phase = (timer.shadowRoot!.querySelector('[part="base"]') as HTMLElement).dataset.kind!;
          if (!seen.has(phase)) {
            seen.add(phase);
            await expect(timer, phase).to.be.accessible();
          }
          clock.advance(1000);
        }
        expect([...seen]).to.include.members(['prepare', 'hold', 'switch-sides', 'rest']);
        timer.reset();
        timer.start();
        timer.pause();
        await timer.updateComplete;
        await expect(timer, 'paused').to.be.accessible();
        timer.resume();
        clock.advance(timer.plan!.total);
        await timer.updateComplete;
        expect(timer.status).to.equal('done');
        await expect(timer, 'done').to.be.accessible();
      });

      it('player: before, playing, paused, rating, stopped and summary', async () => {
        const player = await fixture<RoutinePlayer>(html`<routine-player lang=${lang} routine="trunk-strength" rate cues="none"></routine-player>`);
        await inLanguage(player, lang);
        await expect(player, 'before').to.be.accessible();
        player.start();
        await player.updateComplete;
        await expect(player, 'getting ready').to.be.accessible();
        clock.advance(8000);
        await player.updateComplete;
        await expect(player, 'holding').to.be.accessible();
        player.pause();
        await player.updateComplete;
        await expect(player, 'paused').to.be.accessible();
        player.resume();
        clock.advance(player.plan!.total);
        await player.updateComplete;
        expect(player.shadowRoot!.querySelector('[part="rating"]'), 'asks for a rating').to.not.equal(null);
        await expect(player, 'rating').to.be.accessible();
        player.stopForPain();
        await player.updateComplete;
        await expect(player, 'stopped').to.be.accessible();
        const complete = await fixture<RoutinePlayer>(html`<routine-player lang=${lang} routine="lower-back-stretches" cues="none"></routine-player>`);
        await inLanguage(complete, lang);
        complete.start();
        clock.advance(complete.plan!.total);
        await complete.updateComplete;
        expect(complete.state).to.equal('summary');
        await expect(complete, 'summary').to.be.accessible();
      });
    });
  }

  it('a page of all the catalog cards under one h1 has unique landmarks and a heading order without gaps', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Six ways to a stronger back</h1>
      ${EXERCISE_IDS.map((id) => html`<back-exercise exercise=${id} no-timer></back-exercise>`)}
      <h2>Your own</h2>
      <back-exercise hold="20" no-timer><h3>Wall stretch</h3><ol><li>Stand by a wall</li></ol><aside><p>Stop if it hurts.</p></aside></back-exercise>
    </main>`);
    const cards = [...page.querySelectorAll('back-exercise')] as BackExercise[];
    await Promise.all(cards.map((card) => card.updateComplete));
    const levels = cards.map((card) => card.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level'));
    expect(levels, 'one below the nearest heading before each card').to.deep.equal(['2', '2', '2', '2', '2', '2', '3']);
    const names = cards.map((card) => card.shadowRoot!.querySelector('[part="cautions"]')!.getAttribute('aria-label'));
    expect(names[0]).to.equal('Take care: Knee to Chest');
    await expect(page).to.be.accessible();
  });

  it('lets an explicit heading-level win over auto', async () => {
    const page = await fixture<HTMLElement>(html`<div><h2>Section</h2><back-exercise exercise="knee-to-chest" heading-level="4"></back-exercise><back-exercise exercise="knee-to-chest"></back-exercise></div>`);
    const [explicit, auto] = [...page.querySelectorAll('back-exercise')] as BackExercise[];
    await Promise.all([explicit.updateComplete, auto.updateComplete]);
    expect(explicit.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('4');
    expect(auto.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('3');
  });
});

describe('the player in the page outline', () => {
  useFakeTime({ stubBeepUnlock: true });

  const level = (player: RoutinePlayer, selector: string) => {
    const heading = player.shadowRoot!.querySelector(selector)!;
    return heading.getAttribute('aria-level') ?? heading.localName.slice(1);
  };

  it('titles itself one below the heading before it, and its other headings one further', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Blog</h1><h2>Week 1</h2><h3>Monday</h3><routine-player routine="trunk-strength" rate cues="none"></routine-player></main>`);
    const player = page.querySelector('routine-player') as RoutinePlayer;
    await player.updateComplete;
    expect(level(player, '[part="title"]')).to.equal('4');
    player.start();
    await player.updateComplete;
    expect(level(player, '[part="exercise-name"]')).to.equal('4');
    await expect(page).to.be.accessible();
    player.stopForPain();
    await player.updateComplete;
    expect(level(player, '#stopped-title')).to.equal('4');
  });

  it('keeps h2 after an h1, and lets heading-level win', async () => {
    const page = await fixture<HTMLElement>(html`<div><h1>Title</h1><routine-player cues="none"></routine-player><routine-player cues="none" heading-level="3"></routine-player></div>`);
    const [auto, explicit] = [...page.querySelectorAll('routine-player')] as RoutinePlayer[];
    await Promise.all([auto.updateComplete, explicit.updateComplete]);
    expect(auto.shadowRoot!.querySelector('[part="title"]')!.hasAttribute('aria-level')).to.equal(false);
    expect(level(explicit, '[part="title"]')).to.equal('3');
  });
});

describe('targets, focus and reflow', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const controls = (host: Element) =>
    [...host.shadowRoot!.querySelectorAll<HTMLElement>('button, summary, label:has(input), [tabindex="0"]')].filter((el) => el.getClientRects().length > 0);

  it('gives every control of the player at least 44 × 44 px, and the timer’s at least 24 px', async () => {
    const player = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    const check = (host: Element, minimum: number, where: string) => {
      for (const control of controls(host)) {
        const box = control.getBoundingClientRect();
        const name = `${where}: ${control.localName} "${control.textContent!.trim().slice(0, 30)}"`;
        expect(box.height, name).to.be.at.least(minimum);
        expect(box.width, name).to.be.at.least(minimum);
      }
    };
    check(player, 44, 'before');
    player.start();
    await player.updateComplete;
    check(player, 44, 'playing');
    const timer = await fixture<HoldTimer>(html`<hold-timer hold="10"></hold-timer>`);
    check(timer, 24, 'timer idle');
    timer.start();
    clock.advance(6000);
    await timer.updateComplete;
    check(timer, 24, 'timer running');
  });

  it('draws each focus ring in the text colour, clear of the control by a gap of the surface, 3:1 against it', async () => {
    const player = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    player.start();
    await player.updateComplete;
    const luminance = (color: string) => {
      const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255);
      const channel = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: string, b: string) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high + 0.05) / (low + 0.05);
    };
    const surface = getComputedStyle(player.shadowRoot!.querySelector('.base')!).backgroundColor;
    for (const button of player.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) {
      button.focus();
      await sendKeys({ press: 'Shift' }); // a key press makes the focus :focus-visible
      button.focus();
      const style = getComputedStyle(button);
      const name = button.textContent!.trim();
      expect(style.outlineStyle, name).to.equal('solid');
      expect(parseFloat(style.outlineWidth), name).to.be.at.least(2);
      expect(parseFloat(style.outlineOffset), `${name}: a gap between the ring and the control`).to.be.at.least(2);
      expect(ratio(style.outlineColor, surface), `${name}: ring against the surface around it`).to.be.at.least(3);
    }
  });

  it('reflows at 320 CSS px (a phone at 400% zoom): nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const page = await fixture<HTMLElement>(html`<div lang="de">
      <back-exercise exercise="assisted-back-extension"></back-exercise>
      <routine-player cues="none"></routine-player>
    </div>`);
    const [card, player] = [...page.children] as [BackExercise, RoutinePlayer];
    await inLanguage(card, 'de');
    await inLanguage(player, 'de');
    for (const host of [card, player]) {
      expect(host.getBoundingClientRect().width, host.localName).to.be.at.most(320);
      for (const part of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        if (part.getClientRects().length === 0 || part.closest('.print')) continue;
        expect(part.getBoundingClientRect().right, `${host.localName} ${part.localName}.${part.className}`).to.be.at.most(321);
      }
    }
    player.start();
    await player.updateComplete;
    for (const part of player.shadowRoot!.querySelectorAll<HTMLElement>('.playing *')) {
      if (part.getClientRects().length === 0) continue;
      expect(part.getBoundingClientRect().right, `playing ${part.localName}.${part.className}`).to.be.at.most(321);
    }
  });
});

describe('the default routine by keyboard only', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });

  it('Tab to Start, Enter, Space to pause and resume, → to skip, Escape to stop, and a restart', async () => {
    const page = await fixture<HTMLElement>(html`<div><a href="#top">Before</a><routine-player cues="none"></routine-player></div>`);
    const player = page.querySelector('routine-player') as RoutinePlayer;
    await player.updateComplete;
    page.querySelector('a')!.focus();
    const focused = () => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    // Tab through the choices until Start has the focus: only keys.
    for (let i = 0; i < 20 && focused()?.textContent?.trim() !== 'Start'; i++) await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent?.trim()).to.equal('Start');
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(player.status).to.equal('running');
    const name = () => player.shadowRoot!.querySelector('[part="exercise-name"]')!.textContent!.trim();
    expect(name()).to.equal('Knee to Chest');
    // Focus is on Pause; Space presses it, and again resumes.
    await sendKeys({ press: 'Space' });
    await player.updateComplete;
    expect(player.status).to.equal('paused');
    await sendKeys({ press: 'Space' });
    await player.updateComplete;
    expect(player.status).to.equal('running');
    clock.advance(3000);
    await sendKeys({ press: 'ArrowRight' });
    await player.updateComplete;
    expect(name(), '→ skips to the next exercise').to.equal('Lower Back Twist');
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(player.state, 'Escape is Stop — this hurts').to.equal('stopped');
    // The stopped view takes the focus; Tab reaches its button to start again.
    for (let i = 0; i < 10 && !/Start again|Back to the routine/.test(focused()?.textContent ?? ''); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(player.state).to.equal('before');
    for (let i = 0; i < 20 && focused()?.textContent?.trim() !== 'Start'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(player.status, 'a restart').to.equal('running');
    expect(name()).to.equal('Knee to Chest');
  });
});
