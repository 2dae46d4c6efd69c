import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BackExercise, HoldTimer, RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

/** WCAG contrast ratio of two computed colours (`rgb(…)`/`rgba(…)`, opaque). */
function ratio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b2] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255);
    const channel = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b2);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

const style = (el: Element) => getComputedStyle(el);
const inShadow = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector)!;

/** The ring's filled arc against its track and against the surface: what shows progress must stand out from both. */
function expectRing(host: Element, surface: string, where: string) {
  const arc = style(inShadow(host, '.arc')).borderLeftColor;
  const track = style(inShadow(host, '.track')).borderTopColor;
  expect(ratio(arc, track), `${where}: ring against its track`).to.be.at.least(3);
  expect(ratio(arc, surface), `${where}: ring against the surface`).to.be.at.least(3);
}

/** Every button: its border (the control's edge) against the surface, and the focus ring colour. */
function expectButtons(host: Element, surface: string, where: string) {
  for (const button of host.shadowRoot!.querySelectorAll('button')) {
    const edge = button.classList.contains('primary') || button.classList.contains('stop') ? style(button).backgroundColor : style(button).borderTopColor;
    expect(ratio(edge, surface), `${where}: edge of "${button.textContent!.trim()}"`).to.be.at.least(3);
  }
  const text = style(host).color;
  expect(ratio(text, surface), `${where}: focus ring (the text colour) against the surface`).to.be.at.least(3);
}

for (const theme of ['light', 'dark'] as const) {
  describe(`contrast, ${theme} theme`, () => {
    const clock = useFakeTime({ stubBeepUnlock: true });

    it('card: axe colour contrast, badge, border and cautions', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="half-crunch" theme=${theme}></back-exercise>`);
      await expect(el).to.be.accessible();
      const base = inShadow(el, '[part="base"]');
      const surface = style(base).backgroundColor;
      expect(ratio(style(inShadow(el, '[part="kind"]')).borderTopColor, surface), 'badge').to.be.at.least(4.5);
      expect(ratio(style(base).borderTopColor, surface), 'card border').to.be.at.least(3);
      const cautions = inShadow(el, '[part="cautions"]');
      expect(ratio(style(cautions).color, style(cautions).backgroundColor), 'caution text').to.be.at.least(4.5);
      expect(ratio(style(cautions).borderInlineStartColor, surface), 'caution bar').to.be.at.least(3);
      const invalid = await fixture<BackExercise>(html`<back-exercise exercise="nope" theme=${theme}></back-exercise>`);
      await expect(invalid, 'the error box').to.be.accessible();
    });

    it('timer: every phase, paused and done', async () => {
      // On a page of the other brightness: the timer's own surface carries it.
      const wrapper = await fixture<HTMLElement>(html`<div style=${theme === 'dark' ? 'background: #fff' : 'background: #000'}><hold-timer hold="5" reps="2" sets="2" each-side set-rest="5" theme=${theme}></hold-timer></div>`);
      const el = wrapper.querySelector('hold-timer') as HoldTimer;
      await el.updateComplete;
      const surface = style(inShadow(el, '[part="base"]')).backgroundColor;
      await expect(el, 'idle').to.be.accessible();
      expectButtons(el, surface, 'idle');
      el.start();
      const seen = new Set<string>();
      for (let t = 0; t < el.plan!.total; t += 1000) {
        await el.updateComplete;
        const look = (inShadow(el, '[part="base"]') as HTMLElement).dataset.phase!;
        if (!seen.has(look)) {
          seen.add(look);
          await expect(el, look).to.be.accessible();
          expectRing(el, surface, look);
          expectButtons(el, surface, look);
          expect(ratio(style(inShadow(el, '[part="phase"]')).color, surface), `${look}: phase word`).to.be.at.least(4.5);
        }
        clock.advance(1000);
      }
      expect(seen.size).to.equal(5);
      el.pause();
      await el.updateComplete;
      await expect(el, 'paused').to.be.accessible();
      expectRing(el, surface, 'paused');
      el.resume();
      clock.advance(el.plan!.total);
      await el.updateComplete;
      await expect(el, 'done').to.be.accessible();
      expectRing(el, surface, 'done');
    });

    it('player: before, every phase, paused, rating, high pain, stopped and summary', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" rate theme=${theme} cues="none"></routine-player>`);
      const surface = style(inShadow(el, '.base')).backgroundColor;
      await expect(el, 'before').to.be.accessible();
      expectButtons(el, surface, 'before');
      el.start();
      const seen = new Set<string>();
      // 15 s to get ready and the first set (47 s): the rest between sets begins at 62 s.
      for (let t = 0; t < 70_000; t += 1000) {
        await el.updateComplete;
        const look = (inShadow(el, '.playing') as HTMLElement).dataset.phase!;
        if (!seen.has(look)) {
          seen.add(look);
          await expect(el, look).to.be.accessible();
          expectRing(el, surface, look);
          expectButtons(el, surface, look);
          expect(ratio(style(inShadow(el, '[part="phase"]')).color, surface), `${look}: phase word`).to.be.at.least(4.5);
        }
        clock.advance(1000);
      }
      expect([...seen].sort()).to.deep.equal(['hold', 'ready', 'rest', 'set-rest']);
      const host = el as unknown as { [key: string]: unknown };
      expect(host.status).to.equal('running');
      const track = getComputedStyle(el).getPropertyValue('--_track').trim();
      const accent = getComputedStyle(el).getPropertyValue('--_accent').trim();
      const probe = document.createElement('div');
      document.body.append(probe);
      probe.style.color = track;
      const trackColor = style(probe).color;
      probe.style.color = accent;
      const accentColor = style(probe).color;
      probe.remove();
      expect(ratio(accentColor, trackColor), 'progress bar value against its track').to.be.at.least(3);
      el.pause();
      await el.updateComplete;
      await expect(el, 'paused').to.be.accessible();
      el.resume();
      clock.advance(el.plan!.total);
      await el.updateComplete;
      expect(inShadow(el, '[part="rating"]'), 'rating').to.not.equal(null);
      await expect(el, 'rating').to.be.accessible();
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pain-button')][9].click();
      await el.updateComplete;
      await expect(el, 'high pain').to.be.accessible();
      expectButtons(el, surface, 'high pain');
      el.stopForPain();
      await el.updateComplete;
      await expect(el, 'stopped').to.be.accessible();
      const advice = inShadow(el, '[part="advice"]');
      expect(ratio(style(advice).color, style(advice).backgroundColor), 'advice text').to.be.at.least(4.5);
    });
  });
}

describe('theme="auto" follows the system', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is dark when the system prefers dark, and theme="light" keeps it light', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" no-timer></back-exercise>`);
    const light = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" no-timer theme="light"></back-exercise>`);
    const background = (el: Element) => style(inShadow(el, '[part="base"]')).backgroundColor;
    expect(background(auto)).to.equal('rgb(23, 25, 28)');
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    expect(background(auto)).to.equal('rgb(255, 255, 255)');
  });

  it('takes the shared tokens a site sets at :root, under each element’s own properties', async () => {
    const el = await fixture<HTMLElement>(html`<div style="--exercise-accent: rgb(120, 20, 90); --exercise-radius: 3px">
      <back-exercise exercise="knee-to-chest" no-timer></back-exercise>
      <back-exercise exercise="knee-to-chest" no-timer style="--back-exercise-accent: rgb(0, 90, 0)"></back-exercise>
    </div>`);
    const [shared, own] = [...el.querySelectorAll('back-exercise')];
    await (shared as BackExercise).updateComplete;
    expect(style(inShadow(shared, '[part="kind"]')).color).to.equal('rgb(120, 20, 90)');
    expect(style(inShadow(shared, '[part="base"]')).borderTopLeftRadius).to.equal('3px');
    expect(style(inShadow(own, '[part="kind"]')).color).to.equal('rgb(0, 90, 0)');
  });

  it('shows no square corners on a tinted page: only the rounded card has a background', async () => {
    const el = await fixture<HTMLElement>(html`<div style="background: rgb(40, 60, 80); padding: 1rem">
      <back-exercise exercise="knee-to-chest" no-timer></back-exercise><routine-player cues="none"></routine-player>
    </div>`);
    for (const host of el.children) {
      await (host as BackExercise).updateComplete;
      expect(style(host).backgroundColor, host.localName).to.equal('rgba(0, 0, 0, 0)');
    }
  });
});

describe('forced colours', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  beforeEach(() => executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] }));
  afterEach(() => executeServerCommand('emulate-media-features', { features: [] }));

  it('keeps the ring, its track and every control visible', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    el.start();
    clock.advance(8000);
    await el.updateComplete;
    const arc = style(inShadow(el, '.arc')).borderLeftColor;
    const track = style(inShadow(el, '.track')).borderTopColor;
    expect(arc, 'the ring differs from its track').to.not.equal(track);
    for (const button of el.shadowRoot!.querySelectorAll('button')) {
      expect(style(button).borderTopStyle, button.textContent!.trim()).to.equal('solid');
      expect(Number.parseFloat(style(button).borderTopWidth), button.textContent!.trim()).to.be.at.least(1);
    }
  });
});
