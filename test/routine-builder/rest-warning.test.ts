import { expect, fixture, html } from '@open-wc/testing';
import '../../src/routine-builder/define.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';

// Issue 22, part 12: a repeated hold with no rest between repetitions (six 5-second press-ups with
// no time to lower down) was accepted silently. It plays, so it is not refused: a warning shows
// next to the field. And the routine's name, which travels in the link, carries a hint against full names.

const $ = <T extends Element = HTMLElement>(el: RoutineBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function builderWith(items: unknown[], pace: 'timer' | 'done' = 'timer') {
  const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
  el.shared = { routine: { id: 'home', name: 'Week 1', items }, level: 'beginner', pace } as never;
  await el.updateComplete;
  return el;
}

async function type(el: RoutineBuilder, selector: string, text: string) {
  const field = $<HTMLInputElement>(el, selector)!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<routine-builder> warns of no rest between repetitions', () => {
  it('warns next to the rest field of a repeated hold set to no rest, without refusing it', async () => {
    const el = await builderWith([{ exercise: 'push-up-back-extension', dose: { reps: 6, holdSeconds: 5 } }]);
    expect($(el, '.warning') !== null, 'no warning with the usual rest').to.equal(false);
    await type(el, '#f-items-0-dose-restSeconds', '0');
    const warning = $(el, '#f-items-0-dose-restSeconds-warning');
    expect(warning !== null, 'a warning').to.equal(true);
    expect(clean(warning!.textContent)).to.equal('No rest: no time to come back to the start between repetitions.');
    // Next to its field, and read with it.
    expect(warning!.parentElement!.contains($(el, '#f-items-0-dose-restSeconds'))).to.equal(true);
    expect($(el, '#f-items-0-dose-restSeconds')!.getAttribute('aria-describedby')).to.contain('f-items-0-dose-restSeconds-warning');
    expect($(el, '#f-items-0-dose-restSeconds')!.getAttribute('aria-invalid')).to.equal('false');
    expect(warning!.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
    // Not a refusal: the routine is valid, its link is made.
    expect(el.problems).to.deep.equal([]);
    expect(el.value?.items[0].dose?.restSeconds).to.equal(0);
    expect(el.shareLink).to.contain('#routine=');
    await type(el, '#f-items-0-dose-restSeconds', '3');
    expect($(el, '.warning') !== null, 'gone with a rest').to.equal(false);
  });

  it('does not warn for a single hold, for no rest between sets, or where the patient paces the repetitions', async () => {
    const single = await builderWith([{ exercise: 'knee-to-chest', dose: { reps: 1, restSeconds: 0, setRestSeconds: 0 } }]);
    expect($(single, '.warning') !== null, 'one hold').to.equal(false);
    const sets = await builderWith([{ exercise: 'half-crunch', dose: { reps: 10, sets: 3, setRestSeconds: 0 } }]);
    expect($(sets, '.warning') !== null, 'rest between sets').to.equal(false);
    const paced = await builderWith([{ exercise: 'half-crunch', dose: { reps: 10, restSeconds: 0 } }], 'done');
    expect($(paced, '.warning') !== null, 'paced by the patient').to.equal(false);
    const timed = await builderWith([{ exercise: 'half-crunch', dose: { reps: 10, restSeconds: 0 } }]);
    expect($(timed, '.warning') !== null, 'the same, paced by the timer').to.equal(true);
  });

  it('shows the problem instead of the warning while the field has one', async () => {
    const el = await builderWith([{ exercise: 'half-crunch', dose: { reps: 10, restSeconds: 0 } }]);
    await type(el, '#f-items-0-dose-restSeconds', '-1');
    expect($(el, '.warning') !== null).to.equal(false);
    expect($(el, '#f-items-0-dose-restSeconds-problem') !== null).to.equal(true);
  });
});

describe('<routine-builder> name field', () => {
  it('says the name travels in the link and is printed, and asks for no full names', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    const hint = $(el, '#name-hint');
    expect(clean(hint?.textContent)).to.equal("The name travels in the link and is printed on the handout. Use no patient's full name: links end up in messages.");
    expect($(el, '#f-name')!.getAttribute('aria-describedby')).to.equal('name-hint');
  });
});
