// The host framework is never surprised (issue 25, part 4): an element adds no attribute the author
// did not write, on upgrade, on Start, on a level or theme change, or while a session runs. A
// framework hydrating a server-rendered page (React's `next dev`) compares the attributes it wrote
// with the ones it finds, and logs a mismatch for any other. A theme or `compact` set as a property
// still styles the element, through a custom state instead of an attribute.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/routine-builder/define.js';
import type { BackExercise, HoldTimer, RoutineBuilder, RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

type Ours = HoldTimer | BackExercise | RoutinePlayer | RoutineBuilder;

/** Every attribute of the element, as name=value, sorted. */
const attributes = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();

/** Parses the markup as a page author's HTML and returns its element once upgraded and rendered. */
async function authored<T extends Ours>(markup: string): Promise<{ el: T; written: string[] }> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const written = attributes(holder.firstElementChild!);
  const el = await fixture<T>(holder.firstElementChild!);
  await el.updateComplete;
  return { el, written };
}

function button(el: Element, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

const MARKUP: Record<string, string> = {
  'hold-timer': '<hold-timer hold="5" reps="2" prepare="2" cues="none"></hold-timer>',
  'back-exercise': '<back-exercise exercise="knee-to-chest" cues="none"></back-exercise>',
  'routine-player': '<routine-player routine="lower-back-stretches" cues="none"></routine-player>',
  'routine-builder': '<routine-builder></routine-builder>',
};

describe('the elements add no attribute the author did not write', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  for (const [tag, markup] of Object.entries(MARKUP)) {
    it(`<${tag}>: after upgrade, a theme, compact and level change by property`, async () => {
      const { el, written } = await authored<Ours>(markup);
      expect(attributes(el), 'after upgrade').to.deep.equal(written);
      el.theme = 'dark';
      (el as HoldTimer).compact = true;
      if (tag !== 'routine-builder') (el as HoldTimer).level = 'intermediate';
      await el.updateComplete;
      expect(attributes(el), 'after property changes').to.deep.equal(written);
    });
  }

  it('<hold-timer>: while a session runs and after it ends', async () => {
    const { el, written } = await authored<HoldTimer>(MARKUP['hold-timer']);
    el.start();
    await el.updateComplete;
    expect(attributes(el), 'after Start').to.deep.equal(written);
    clock.advance(3000);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    expect(attributes(el), 'while running').to.deep.equal(written);
    clock.advance(60_000);
    await el.updateComplete;
    expect(attributes(el), 'after the session').to.deep.equal(written);
  });

  it('<back-exercise>: Start on its timer, and the timer inside keeps only what the card wrote', async () => {
    const { el, written } = await authored<BackExercise>('<back-exercise exercise="knee-to-chest" cues="none" theme="dark"></back-exercise>');
    const timer = el.shadowRoot!.querySelector<HoldTimer>('hold-timer')!;
    await timer.updateComplete;
    expect(timer.hasAttribute('level'), 'the inner timer gets no level attribute').to.equal(false);
    button(timer, 'Start').click();
    await timer.updateComplete;
    clock.advance(20_000);
    await el.updateComplete;
    expect(attributes(el), 'while its timer runs').to.deep.equal(written);
  });

  it('<routine-player>: the person picks a level, starts and plays on', async () => {
    const { el, written } = await authored<RoutinePlayer>(MARKUP['routine-player']);
    const intermediate = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="level"][value="intermediate"]');
    if (intermediate) {
      intermediate.click();
      await el.updateComplete;
    }
    expect(attributes(el), 'after a level choice').to.deep.equal(written);
    button(el, 'Start').click();
    await el.updateComplete;
    expect(attributes(el), 'after Start').to.deep.equal(written);
    clock.advance(30_000);
    await el.updateComplete;
    expect(el.state, 'a session runs').to.not.equal('before');
    expect(attributes(el), 'while playing').to.deep.equal(written);
  });
});

describe('a theme or compact set as a property styles the element as the attribute does', () => {
  const surface = (el: Element) => getComputedStyle(el).getPropertyValue('--_t-surface').trim();

  for (const tag of ['hold-timer', 'back-exercise', 'routine-player', 'routine-builder']) {
    it(`<${tag}>`, async () => {
      const byAttribute = await fixture<Ours>(MARKUP[tag].replace(`<${tag}`, `<${tag} theme="dark" compact`));
      const { el: byProperty } = await authored<Ours>(MARKUP[tag].replace(`<${tag}`, `<${tag} theme="light"`));
      expect(surface(byProperty), 'light').to.equal('#ffffff');
      byProperty.theme = 'dark';
      (byProperty as HoldTimer).compact = true;
      await byProperty.updateComplete;
      expect(surface(byProperty), 'dark by property').to.equal(surface(byAttribute));
      expect(surface(byProperty)).to.equal('#17191c');
      expect(getComputedStyle(byProperty).fontSize, 'compact by property').to.equal(getComputedStyle(byAttribute).fontSize);
      expect(byProperty.hasAttribute('compact')).to.equal(false);
    });
  }
});
