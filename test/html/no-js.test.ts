import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { EXERCISES, exerciseToHTML, routineToHTML, type RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { insertComposed } from './markup.js';

const PAGE = '/test/html/no-js-page.html';

/** The rule `elements.css` carries: the advice is hidden only while the player is not defined. */
const BEFORE_DEFINITION_RULE = 'routine-player:not(:defined) > [slot="safety-advice"] { display: none }';

/** What each command in the fixture page prints; the page holds exactly this between its comments. */
const COMMANDS: [string, () => string][] = [
  ['lower-back', () => routineToHTML('lower-back')],
  [
    'half-crunch push-up-back-extension --level advanced',
    () => ['half-crunch', 'push-up-back-extension'].map((id) => exerciseToHTML(id, { level: 'advanced' })).join('\n'),
  ],
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

async function loadFrame(sandbox: string | null, page = PAGE): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the authored form without JavaScript', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('is what the command prints today', async () => {
    const page = await (await fetch(PAGE)).text();
    for (const [command, output] of COMMANDS) {
      const start = `<!-- npm run html -- ${command} -->\n`;
      const printed = page.slice(page.indexOf(start) + start.length, page.indexOf('\n<!-- end -->', page.indexOf(start)));
      expect(page.indexOf(start), `the page has a part for: npm run html -- ${command}`).to.be.greaterThan(-1);
      expect(printed.split('\n'), `regenerate with: npm run html -- ${command}`).to.deep.equal(output().split('\n'));
    }
  });

  it('shows every exercise name, step and caution, in order, and no safety advice', async () => {
    // A sandbox without allow-scripts runs no script at all; allow-same-origin only lets the test look inside.
    frame = await loadFrame('allow-same-origin');
    const view = frame.contentWindow!;
    expect(view.customElements.get('routine-player'), 'the page script did not run').to.equal(undefined);
    const body = frame.contentDocument!.body;
    const shown = collapse(body.innerText);
    let from = 0;
    for (const exercise of EXERCISES) {
      for (const text of [exercise.name, ...exercise.steps, ...(exercise.progression ? [exercise.progression] : []), ...exercise.cautions]) {
        const at = shown.indexOf(text, from);
        expect(at, `"${text}" shows after what comes before it`).to.be.greaterThan(-1);
        from = at;
      }
    }
    expect(shown).to.contain('Lower back: stretch and strengthen');
    expect(shown).to.contain('Hold 45 seconds on each side');
    expect(shown).to.contain('3 sets of 25, hold each for 2 seconds');
    const advice = [...body.querySelectorAll('[slot="safety-advice"]')];
    expect(advice).to.have.length(3);
    for (const paragraph of advice) {
      expect(shown).to.not.contain(collapse(paragraph.textContent!));
    }
  });

  it('with JavaScript, the same page becomes a player of six exercises whose advice waits for a stop', async () => {
    frame = await loadFrame(null);
    const view = frame.contentWindow!;
    await waitUntil(() => view.customElements.get('routine-player'), 'the page defines the elements');
    const player = frame.contentDocument!.querySelector('routine-player') as RoutinePlayer;
    await waitUntil(() => player.routineData, 'the player reads its cards');
    expect(player.routineData!.exercises.map((exercise) => exercise.name)).to.deep.equal(EXERCISES.map((exercise) => exercise.name));
    const shown = collapse(frame.contentDocument!.body.innerText);
    expect(shown).to.not.contain('Do not push through pain.');
  });
});

describe('the blog demo page', () => {
  const BLOG = '/demo/blog.html';
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('without JavaScript shows every exercise name, step and caution, and no safety advice out of context', async () => {
    frame = await loadFrame('allow-same-origin', BLOG);
    expect(frame.contentWindow!.customElements.get('back-exercise'), 'the page script did not run').to.equal(undefined);
    const body = frame.contentDocument!.body;
    const shown = collapse(body.innerText);
    for (const exercise of EXERCISES) {
      for (const text of [exercise.name, ...exercise.steps, ...exercise.cautions]) {
        expect(shown, `"${text}" shows`).to.contain(text);
      }
    }
    // The player's list in the order of the routine, each with its dose in words.
    let from = shown.indexOf('Lower back: stretch and strengthen');
    expect(from).to.be.greaterThan(-1);
    for (const exercise of EXERCISES) {
      const at = shown.indexOf(exercise.name, from);
      expect(at, `${exercise.name} in the routine's order`).to.be.greaterThan(from);
      from = at;
    }
    expect(shown).to.contain('3 sets of 10, hold each for 2 seconds');
    const advice = [...body.querySelectorAll('[slot="safety-advice"]')];
    expect(advice.length).to.be.greaterThan(0);
    for (const paragraph of advice) expect(shown).to.not.contain(collapse(paragraph.textContent!));
  });

  it('with JavaScript, the same markup becomes catalog cards with drawings and the catalog routine', async () => {
    frame = await loadFrame(null, BLOG);
    const view = frame.contentWindow!;
    await waitUntil(() => view.customElements.get('routine-player'), 'the page defines the elements', { timeout: 5000 });
    const doc = frame.contentDocument!;
    const player = doc.querySelector('routine-player') as RoutinePlayer;
    await waitUntil(() => player.routineData, 'the player reads its routine');
    expect(player.routineData!.id, 'the catalog routine, not cards composed from the text').to.equal('lower-back');
    const cards = [...doc.querySelectorAll('back-exercise')];
    expect(cards.map((card) => card.getAttribute('exercise'))).to.deep.equal(['knee-to-chest', 'side-trunk-stretch']);
    for (const card of cards) {
      await waitUntil(() => card.shadowRoot?.querySelector('svg.back-exercise-drawing'), `${card.getAttribute('exercise')} shows its drawing`);
    }
    // The fallback text is there for readers without the script, and out of sight with it.
    for (const list of doc.querySelectorAll('back-exercise > ol, routine-player > section')) {
      expect(list.getClientRects(), list.outerHTML.slice(0, 60)).to.have.length(0);
    }
  });
});

describe('the safety advice slot with the element defined', () => {
  useFakeTime({ stubBeepUnlock: true });
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    document.head.append(style);
  });
  afterEach(() => style.remove());

  async function composedPlayer(): Promise<{ player: RoutinePlayer; advice: HTMLElement[] }> {
    const player = await insertComposed(routineToHTML('lower-back-stretches'));
    return { player, advice: [...player.querySelectorAll<HTMLElement>('[slot="safety-advice"]')] };
  }

  const rendered = (element: HTMLElement) => element.getClientRects().length > 0;

  it('is not rendered before a stop, and is rendered in the stopped view, under the rule for an undefined player', async () => {
    style.textContent = BEFORE_DEFINITION_RULE;
    const { player, advice } = await composedPlayer();
    expect(advice.map(rendered), 'before start').to.deep.equal([false, false, false]);
    player.start();
    await player.updateComplete;
    expect(advice.map(rendered), 'while playing').to.deep.equal([false, false, false]);
    player.stopForPain();
    await player.updateComplete;
    expect(advice.map(rendered), 'after Stop — this hurts').to.deep.equal([true, true, true]);
    const slot = player.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="safety-advice"]')!;
    expect(slot.assignedElements()).to.deep.equal(advice);
  });

  it('would stay hidden after a stop under an unscoped display: none, which is why the rule names :not(:defined)', async () => {
    style.textContent = 'routine-player > [slot="safety-advice"] { display: none }';
    const { player, advice } = await composedPlayer();
    player.start();
    player.stopForPain();
    await player.updateComplete;
    expect(advice.map(rendered)).to.deep.equal([false, false, false]);
  });
});
