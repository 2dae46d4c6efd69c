import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/routine-builder/define.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import type { Routine } from '../../src/model/types.js';
import { getRoutine } from '../../src/model/catalog.js';
import { parseRoutine } from '../../src/model/parse.js';
import { decodeRoutineLink, encodeRoutineLink, type SharedRoutine } from '../../src/share/routine-link.js';
import { noteProblem } from '../../src/routine-builder/builder-draft.js';
import { nextEvent } from '../helpers/events.js';

const root = (el: RoutineBuilder) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: RoutineBuilder, selector: string) => root(el).querySelector<T>(selector);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function button(el: RoutineBuilder, label: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => clean(b.textContent) === label || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Types into a field as a person would: the text replaces what was there, then `input` fires. */
async function typeInto(el: RoutineBuilder, selector: string, text: string) {
  const field = $<HTMLInputElement>(el, selector)!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Presses Tab until the focused element inside the builder matches `selector` (keyboard only). */
async function tabTo(el: RoutineBuilder, selector: string, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    await sendKeys({ press: 'Tab' });
    if (root(el).activeElement?.matches(selector)) return root(el).activeElement as HTMLElement;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const itemIds = (el: RoutineBuilder) => el.value?.items.map((item) => (typeof item.exercise === 'string' ? item.exercise : item.exercise.id));

const PRESCRIBED: SharedRoutine = {
  routine: {
    id: 'home',
    name: 'Mrs Patel, week 1',
    items: [
      { exercise: 'half-crunch', dose: { sets: 2, reps: 8 } },
      { exercise: 'knee-to-chest', dose: { holdSeconds: 30 } },
      { exercise: 'lower-back-twist', pace: 'timer' },
      { exercise: 'push-up-back-extension' },
    ],
    restBetweenSeconds: 15,
  },
  level: 'intermediate',
  pace: 'done',
  note: 'Twice a day. Call us if the pain spreads to your leg.',
};

describe('<routine-builder>', () => {
  it('is used with the keyboard alone to compose, order, dose, name, annotate and share a routine', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><routine-builder></routine-builder></div>`);
    const el = wrapper.querySelector('routine-builder')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    await tabTo(el, '#f-name');
    await sendKeys({ type: 'Back plan' });
    await tabTo(el, '.add');
    expect(clean(root(el).activeElement!.textContent)).to.equal('+ Add Knee to Chest');
    await sendKeys({ press: 'Enter' });
    for (let presses = 0; presses < 3; presses++) await sendKeys({ press: 'Tab' });
    expect(clean(root(el).activeElement!.textContent)).to.equal('+ Add Half Crunches');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(itemIds(el)).to.deep.equal(['knee-to-chest', 'half-crunch']);
    expect(clean($(el, '[role="status"].visually-hidden')!.textContent)).to.contain('Half Crunches added as exercise 2');

    // Move Half Crunches up: focus stays with it, on the button that can still move it.
    const second = el.shadowRoot!.querySelectorAll<HTMLElement>('.item')[1].dataset.key!;
    await tabTo(el, `.item[data-key="${second}"] .move-up`);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(itemIds(el)).to.deep.equal(['half-crunch', 'knee-to-chest']);
    expect(root(el).activeElement!.matches(`.item[data-key="${second}"] .move-down`)).to.equal(true);

    // Its hold: 2 s becomes 5 s, typed.
    await tabTo(el, `.item[data-key="${second}"] input[id$="holdSeconds"]`);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '5' });
    await el.updateComplete;
    // Alt + Arrow Down inside the exercise moves it down, and the field keeps focus.
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(itemIds(el)).to.deep.equal(['knee-to-chest', 'half-crunch']);
    expect(root(el).activeElement!.closest('.item')!.getAttribute('data-key')).to.equal(second);

    await tabTo(el, '#f-note');
    await sendKeys({ type: 'Twice a day.' });
    await el.updateComplete;
    expect(el.value).to.deep.equal({
      id: 'custom-routine',
      name: 'Back plan',
      items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch', dose: { holdSeconds: 5 } }],
    });
    expect(el.shared!.note).to.equal('Twice a day.');

    await tabTo(el, '.share-toggle');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement!.id).to.equal('share-title');
    await tabTo(el, '.copy-link');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => clean($(el, '.status')!.textContent) !== '', 'the copy says what it did');
    // Copied, or (where the clipboard is refused) the link is selected in its field to copy by hand.
    expect(clean($(el, '.status')!.textContent)).to.match(/Link copied|copy it with Ctrl\+C/);
    expect($<HTMLInputElement>(el, '#share-link')!.value).to.equal(el.shareLink);
    const shared = await decodeRoutineLink(el.shareLink);
    expect(shared!.routine.items).to.deep.equal(el.value!.items);
    expect(shared!.note).to.equal('Twice a day.');
  });

  it('shows parseRoutine’s own messages beside the field, with aria-invalid and aria-describedby', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    el.shared = PRESCRIBED;
    await el.updateComplete;
    await typeInto(el, '#f-items-1-dose-holdSeconds', '0');
    const field = $<HTMLInputElement>(el, '#f-items-1-dose-holdSeconds')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const problem = root(el).getElementById(field.getAttribute('aria-describedby')!)!;
    expect(clean(problem.textContent)).to.equal('must be a whole number from 1 to 3600, got 0');
    expect(el.problems).to.deep.equal([{ path: 'items[1].dose.holdSeconds', message: 'must be a whole number from 1 to 3600, got 0' }]);
    expect(el.value).to.equal(null);
    expect(button(el, 'Share…').disabled).to.equal(true);
    button(el, 'Go to the first problem').click();
    expect(root(el).activeElement).to.equal(field);

    await typeInto(el, '#f-items-1-dose-holdSeconds', 'ten');
    expect(clean(problem.isConnected ? problem.textContent : $(el, '#f-items-1-dose-holdSeconds-problem')!.textContent)).to.equal(
      'must be a whole number from 1 to 3600, got "ten"',
    );
    await typeInto(el, '#f-name', ' ');
    expect(clean($(el, '#f-name-problem')!.textContent)).to.equal('must not be empty');
    await typeInto(el, '#f-note', 'See <a href="x">this</a>');
    expect($(el, '#f-note')!.getAttribute('aria-invalid')).to.equal('true');
    expect(clean($(el, '#f-note-problem')!.textContent)).to.contain('must be plain text without HTML tags');

    await typeInto(el, '#f-items-1-dose-holdSeconds', '30');
    await typeInto(el, '#f-name', 'Mrs Patel, week 1');
    await typeInto(el, '#f-note', 'Twice a day.');
    expect(el.problems).to.deep.equal([]);
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '.problem')).to.equal(null);
  });

  it('accepts exactly the notes a player accepts from a link', async () => {
    for (const note of ['a'.repeat(1000), 'a'.repeat(1001), 'Pain < 3 is fine', 'See <b>', 'a</p>', '<!-- x', 'x <? y', 'Ça va ? 😊']) {
      const link = await encodeRoutineLink({ routine: PRESCRIBED.routine, note });
      const read = await decodeRoutineLink(link).then(
        () => true,
        () => false,
      );
      expect(noteProblem(note) === undefined, note.slice(0, 20)).to.equal(read);
    }
  });

  it('is accessible (axe) empty, with exercises, with problems, and with the sharing panel open', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    await expect(el).to.be.accessible();
    button(el, '+ Add Knee to Chest').click();
    button(el, '+ Add Half Crunches').click();
    await el.updateComplete;
    await typeInto(el, '#f-name', 'Week 1');
    await waitUntil(() => $(el, 'routine-player')?.shadowRoot?.querySelector('[part="base"]'), 'the preview');
    await expect(el).to.be.accessible();
    await typeInto(el, '#f-items-0-dose-reps', '-3');
    await typeInto(el, '#f-note', '<b>');
    await expect(el).to.be.accessible();
    await typeInto(el, '#f-items-0-dose-reps', '3');
    await typeInto(el, '#f-note', 'Slowly.');
    button(el, 'Share…').click();
    await waitUntil(() => $(el, '.share-panel svg'), 'the QR code');
    await expect(el).to.be.accessible();
  });

  it('has a value: set by the page without an event, changed by the person with one', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    let events = 0;
    el.addEventListener('routine-builder-change', () => events++);
    el.value = PRESCRIBED.routine;
    await el.updateComplete;
    expect(events).to.equal(0);
    expect(el.value).to.deep.equal(PRESCRIBED.routine);
    expect(root(el).querySelectorAll('.item')).to.have.length(4);
    // The per-item dose shows the level's count (8 of Half Crunches' reps; Push-up Back Extensions 8/9/10).
    expect($<HTMLInputElement>(el, '#f-items-3-dose-reps')!.value).to.equal('8');

    const change = nextEvent(el, 'routine-builder-change');
    button(el, 'Move Knee to Chest up').click();
    const event = await change;
    expect(event.value!.items.map((item) => item.exercise)).to.deep.equal(['knee-to-chest', 'half-crunch', 'lower-back-twist', 'push-up-back-extension']);
    expect(event.problems).to.deep.equal([]);
    expect(event.bubbles && !event.composed).to.equal(true);

    const invalid = nextEvent(el, 'routine-builder-change');
    await typeInto(el, '#f-items-0-dose-sets', '99');
    const bad = await invalid;
    expect(bad.value).to.equal(null);
    expect(bad.problems[0]).to.deep.equal({ path: 'items[0].dose.sets', message: 'must be a whole number from 1 to 50, got 99' });
  });

  it('starts from a built-in routine: its exercises and doses, and its name when the routine had none', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    const builtIn = getRoutine('trunk-strength')!;
    button(el, `+ Add all of ${builtIn.name}`).click();
    await el.updateComplete;
    expect(el.value!.name).to.equal(builtIn.name);
    expect(el.value!.items).to.deep.equal(parseRoutine(builtIn).items);
    button(el, '+ Add Knee to Chest').click();
    button(el, `+ Add all of ${builtIn.name}`).click();
    await el.updateComplete;
    expect(el.value!.items).to.have.length(2 * builtIn.items.length + 1);
    expect(clean($(el, '[role="status"].visually-hidden')!.textContent)).to.equal(
      `${builtIn.items.length} exercises added; the routine has ${2 * builtIn.items.length + 1}.`,
    );
  });

  it('keeps a value the page set before the element was defined', async () => {
    const early = document.createElement('routine-builder-early') as unknown as { value: Routine };
    early.value = PRESCRIBED.routine;
    customElements.define('routine-builder-early', class extends (customElements.get('routine-builder') as typeof HTMLElement) {});
    const el = early as unknown as RoutineBuilder;
    document.body.append(el);
    await el.updateComplete;
    expect(el.value).to.deep.equal(PRESCRIBED.routine);
    expect(el.shadowRoot!.querySelectorAll('.item')).to.have.length(4);
    el.remove();
  });

  it('takes part in a form: submits the link under its name, blocks submission while invalid, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><routine-builder name="routine" player-url="https://clinic.example/home"></routine-builder><button>Send</button></form>`);
    const el = form.querySelector('routine-builder')!;
    expect(new FormData(form).has('routine')).to.equal(false);
    expect(form.checkValidity(), 'an empty routine cannot be submitted').to.equal(false);

    el.shared = PRESCRIBED;
    await el.updateComplete;
    const link = new FormData(form).get('routine') as string;
    expect(link.startsWith('https://clinic.example/home#routine=1')).to.equal(true);
    expect(link).to.equal(el.shareLink);
    expect(await decodeRoutineLink(link)).to.deep.include({ level: 'intermediate', pace: 'done', note: PRESCRIBED.note });
    expect(form.checkValidity()).to.equal(true);

    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    await typeInto(el, '#f-items-0-dose-holdSeconds', '0');
    form.requestSubmit();
    expect(submitted, 'invalid: not submitted').to.equal(0);
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).has('routine')).to.equal(false);
    await typeInto(el, '#f-items-0-dose-holdSeconds', '3');
    form.requestSubmit();
    expect(submitted).to.equal(1);

    button(el, 'Remove Knee to Chest').click();
    await el.updateComplete;
    expect(el.value!.items).to.have.length(3);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(PRESCRIBED.routine);
    expect(new FormData(form).get('routine')).to.equal(link);
  });

  it('gives, through its link, a <routine-player from-url> the same plan as its preview, to the millisecond', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    el.shared = PRESCRIBED;
    await el.updateComplete;
    const preview = $(el, 'routine-player') as RoutinePlayer;
    await waitUntil(() => preview.routineData && preview.plan, 'the preview plans');
    const before = location.hash;
    try {
      history.replaceState(null, '', `${location.pathname}${location.search}#${el.shareLink.split('#')[1]}`);
      const player = await fixture<RoutinePlayer>(html`<routine-player from-url cues="none"></routine-player>`);
      await waitUntil(() => player.routineData?.name === PRESCRIBED.routine.name && player.plan, 'the linked player plans');
      await player.updateComplete;
      expect(player.plan).to.deep.equal(preview.plan);
      expect(player.plan!.total).to.be.greaterThan(0);
      expect(clean($(el, '.total')!.textContent)).to.contain(`${Math.floor(preview.plan!.total / 60000)} min`);
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}${before}`);
    }
  });

  it('makes a link under 600 characters for six exercises with custom doses and a note', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder player-url="https://www.northside-physio.example/exercises/"></routine-builder>`);
    const six: Routine = {
      id: 'six',
      name: 'Lower back, weeks 1–2',
      items: [
        { exercise: 'knee-to-chest', dose: { holdSeconds: 30, sets: 2 } },
        { exercise: 'lower-back-twist', dose: { holdSeconds: 20, reps: 3 } },
        { exercise: 'side-trunk-stretch', dose: { holdSeconds: 25, setRestSeconds: 20 } },
        { exercise: 'half-crunch', dose: { reps: 6, sets: 2, restSeconds: 5 } },
        { exercise: 'push-up-back-extension', dose: { reps: 5, holdSeconds: 8 } },
        { exercise: 'assisted-back-extension', dose: { reps: 4, sets: 2 } },
      ],
    };
    el.shared = { routine: six, level: 'intermediate', note: 'Twice a day, morning and evening. Call us if the pain spreads to your leg.' };
    await el.updateComplete;
    console.log(`builder link for six exercises with custom doses and a note: ${el.shareLink.length} characters`);
    expect(el.shareLink.length).to.be.below(600);
  });

  it('speaks the language of its lang attribute, right to left in Arabic', async () => {
    const german = await fixture<RoutineBuilder>(html`<routine-builder lang="de"></routine-builder>`);
    await waitUntil(() => root(german).textContent!.includes('Übungen hinzufügen'), 'German');
    expect(button(german, '+ Knie zur Brust hinzufügen').disabled).to.equal(false);
    const arabic = await fixture<RoutineBuilder>(html`<routine-builder lang="ar"></routine-builder>`);
    await waitUntil(() => root(arabic).textContent!.includes('إضافة تمارين'), 'Arabic');
    expect($(arabic, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(arabic).to.be.accessible();
  });

  it('offers the page’s own exercises, from child cards and a JSON script, and reports bad ones visibly', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder>
      <back-exercise hold="20" reps="5"><h3>Wall slide</h3><ol><li>Stand with your back to a wall</li></ol></back-exercise>
      <script type="application/json">
        [{ "id": "cat-cow", "name": "Cat–Cow", "kind": "stretch", "steps": ["Kneel on all fours"], "dose": { "holdSeconds": 5, "reps": 8 } }, { "id": "Bad Id" }]
      </script>
    </routine-builder>`);
    await waitUntil(() => root(el).textContent!.includes('Add Wall slide'), 'the card is read');
    await typeInto(el, '#f-name', 'With the clinic’s own');
    button(el, '+ Add Cat–Cow').click();
    await el.updateComplete;
    expect((el.value!.items[0].exercise as { name: string }).name).to.equal('Cat–Cow');
    expect(clean($(el, '[part="error"]')!.textContent)).to.contain('exercises (script)[1].id');
    expect($(el, 'back-exercise')).to.equal(null);
  });
});
