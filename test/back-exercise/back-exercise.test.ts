import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../helpers/events.js';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/back-exercise/define.js';
import { EXERCISE_IDS, type BackExercise } from '../../src/index.js';

function part(el: BackExercise, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}
function text(el: BackExercise, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<back-exercise>', () => {
  let consoleError: sinon.SinonStub;
  beforeEach(() => {
    consoleError = sinon.stub(console, 'error');
  });
  afterEach(() => consoleError.restore());

  describe('from the catalog', () => {
    it('says 3 sets of 25 with a 2 s hold for advanced half crunches', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="half-crunch" level="advanced" no-timer></back-exercise>`);
      expect(text(el, 'dose')).to.equal('3 sets of 25, hold each for 2 seconds');
      expect(text(el, 'name')).to.equal('Half Crunches');
      expect(text(el, 'kind')).to.equal('Strength');
    });

    it('says 8 times with a 10 s hold for push-up back extensions at beginner', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="push-up-back-extension" no-timer></back-exercise>`);
      expect(el.level).to.equal('beginner');
      expect(text(el, 'dose')).to.equal('8 times, hold each for 10 seconds');
    });

    it('says 45 s each side for knee to chest', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" no-timer></back-exercise>`);
      expect(text(el, 'dose')).to.equal('Hold 45 seconds on each side');
      expect(text(el, 'kind')).to.equal('Stretch');
      expect(text(el, 'targets'), 'a list in words (Intl.ListFormat)').to.equal('Works: lower back and gluteal muscles');
    });

    it('shows numbered steps, cautions set apart and the progression', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="assisted-back-extension" no-timer></back-exercise>`);
      const steps = part(el, 'steps')!;
      expect(steps.tagName).to.equal('OL');
      expect(steps.querySelectorAll('li')).to.have.length(6);
      expect(steps.querySelector('li')!.textContent).to.equal('Lie on stomach');
      const cautions = part(el, 'cautions')!;
      expect(cautions.tagName).to.equal('ASIDE');
      expect(cautions.textContent).to.contain('If you experience back pain, stop!');
      expect(getComputedStyle(cautions).backgroundColor, 'set apart by its own background').to.not.equal(
        getComputedStyle(part(el, 'base')!).backgroundColor,
      );
      expect(text(el, 'progression')).to.match(/^Progression: Assist with your hands at first/);
    });

    it('re-renders when exercise or level changes', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="half-crunch" no-timer></back-exercise>`);
      expect(text(el, 'dose')).to.equal('3 sets of 10, hold each for 2 seconds');
      el.level = 'intermediate';
      await el.updateComplete;
      expect(text(el, 'dose')).to.equal('3 sets of 15, hold each for 2 seconds');
      el.setAttribute('exercise', 'lower-back-twist');
      await el.updateComplete;
      expect(text(el, 'name')).to.equal('Lower Back Twist');
    });

    it('lets dose attributes override the catalog dose', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" hold="30" no-timer></back-exercise>`);
      expect(text(el, 'dose')).to.equal('Hold 30 seconds on each side');
      expect(el.exerciseData!.dose.holdSeconds).to.equal(30);
    });

    it('uses the heading level the page asks for', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" heading-level="2" no-timer></back-exercise>`);
      expect(part(el, 'name')!.getAttribute('role')).to.equal('heading');
      expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('from data', () => {
    const wallSit = {
      id: 'wall-sit',
      name: 'Wall sit',
      kind: 'strength',
      steps: ['Lean against a wall', 'Slide down'],
      dose: { holdSeconds: 30, reps: { beginner: 2, intermediate: 3, advanced: 4 }, sets: 1, eachSide: false },
    };

    it('renders the data property and re-renders when it changes', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" .data=${wallSit} no-timer></back-exercise>`);
      expect(text(el, 'name'), 'data wins over the exercise id').to.equal('Wall sit');
      expect(text(el, 'dose')).to.equal('2 times, hold each for 30 seconds');
      el.data = { ...wallSit, name: 'Wall squat' };
      await el.updateComplete;
      expect(text(el, 'name')).to.equal('Wall squat');
    });

    it('reads a child JSON script', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise level="advanced" no-timer>
        <script type="application/json">${JSON.stringify(wallSit)}</script>
      </back-exercise>`);
      expect(text(el, 'name')).to.equal('Wall sit');
      expect(text(el, 'dose')).to.equal('4 times, hold each for 30 seconds');
    });

    it('renders markup in data as text, never as HTML', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise no-timer .data=${{ ...wallSit, steps: ['a', '<img src=x onerror=alert(1)>'] }}></back-exercise>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(el, 'error')).to.contain('steps[1]: must be plain text without HTML tags');
    });
  });

  describe('from authored HTML', () => {
    it('reads heading, ordered steps, aside cautions and dose attributes', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise hold="20" each-side targets="calves, hamstrings" no-timer>
        <h3>Calf stretch</h3>
        <ol>
          <li>Stand facing a wall</li>
          <li>Step one foot back and press the heel down</li>
        </ol>
        <aside><p>Keep the back knee straight.</p></aside>
        <img slot="media" alt="A person stretching a calf against a wall" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      </back-exercise>`);
      expect(text(el, 'name')).to.equal('Calf stretch');
      expect(text(el, 'kind')).to.equal('Stretch');
      expect(text(el, 'dose')).to.equal('Hold 20 seconds on each side');
      expect(text(el, 'targets')).to.equal('Works: calves and hamstrings');
      expect([...part(el, 'steps')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
        'Stand facing a wall',
        'Step one foot back and press the heel down',
      ]);
      expect(text(el, 'cautions')).to.contain('Keep the back knee straight.');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="media"]')!;
      expect(slot.assignedElements()[0].tagName).to.equal('IMG');
    });

    it('treats repetitions or sets as a strength exercise unless kind says otherwise', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise hold="5" reps="12" no-timer><h3>Bridge</h3><ol><li>Lift hips</li></ol></back-exercise>`);
      expect(text(el, 'kind')).to.equal('Strength');
      expect(text(el, 'dose')).to.equal('12 times, hold each for 5 seconds');
    });

    it('asks for the hold when an authored exercise has none', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise no-timer><h3>Bridge</h3><ol><li>Lift hips</li></ol></back-exercise>`);
      expect(text(el, 'error')).to.contain('hold: is required for an exercise written in HTML');
    });

    it('follows edits to the authored content', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise hold="5" no-timer><h3>Bridge</h3><ol><li>Lift hips</li></ol></back-exercise>`);
      el.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li>Lower slowly</li>');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'steps')!.querySelectorAll('li')).to.have.length(2);
    });
  });

  describe('bad input', () => {
    it('shows an unknown id as a visible error naming the field, with one console.error', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="burpee" no-timer></back-exercise>`);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('exercise: is not a known exercise, got "burpee"');
      expect(error.textContent).to.contain('knee-to-chest');
      expect(consoleError.callCount).to.equal(1);
      expect(consoleError.firstCall.args[0]).to.contain('exercise: is not a known exercise');
      el.requestUpdate();
      await el.updateComplete;
      expect(consoleError.callCount, 'not repeated on re-render').to.equal(1);
    });

    it('names malformed JSON in a child script', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise no-timer><script type="application/json">{"id": </script></back-exercise>`);
      expect(text(el, 'error')).to.match(/script: is not valid JSON/);
    });

    it('names a bad dose attribute and an unknown level together', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" hold="-5" level="expert" no-timer></back-exercise>`);
      const message = text(el, 'error');
      expect(message).to.contain('level: must be one of "beginner", "intermediate", "advanced", got "expert"');
      expect(message).to.contain('hold: must be a whole number from 1 to 3600, got "-5"');
    });

    it('recovers when the input is fixed', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="nope" no-timer></back-exercise>`);
      el.exercise = 'half-crunch';
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(text(el, 'name')).to.equal('Half Crunches');
    });

    it('is accessible in the error state', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="nope" no-timer></back-exercise>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('timer', () => {
    it('embeds a hold timer for the dose at the level, unless no-timer', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="half-crunch" level="intermediate"></back-exercise>`);
      const timer = el.shadowRoot!.querySelector('hold-timer')!;
      await timer.updateComplete;
      expect(timer.getAttribute('part')).to.equal('timer');
      expect([timer.hold, timer.reps, timer.sets, timer.label]).to.deep.equal([2, 15, 3, 'Half Crunches']);
      el.noTimer = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('hold-timer')).to.equal(null);
    });

    it("hands the timer's events on to the page from the card", async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" cues="none"></back-exercise>`);
      const timer = el.shadowRoot!.querySelector('hold-timer')!;
      await timer.updateComplete;
      const heard: string[] = [];
      document.addEventListener('hold-timer-start', (event) => heard.push(`${event.type} from ${(event.target as Element).localName}`), { once: true });
      setTimeout(() => timer.start());
      const started = await nextEvent(el, 'hold-timer-start');
      expect(started.segment.kind).to.equal('prepare');
      expect(heard).to.deep.equal(['hold-timer-start from back-exercise']);
      timer.reset();
    });

    it('is reachable by keyboard: Tab from the page lands on the Start button', async () => {
      const el = await fixture<BackExercise>(html`<div><button>before</button><back-exercise exercise="knee-to-chest" cues="none"></back-exercise></div>`);
      const card = el.querySelector('back-exercise')!;
      const timer = card.shadowRoot!.querySelector('hold-timer')!;
      await timer.updateComplete;
      el.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(timer.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Start');
      await sendKeys({ press: 'Enter' });
      expect(timer.status).to.equal('running');
      timer.reset();
    });
  });

  describe('accessibility', () => {
    for (const id of EXERCISE_IDS) {
      it(`has no axe violations for ${id}`, async () => {
        const el = await fixture<BackExercise>(html`<back-exercise exercise=${id}></back-exercise>`);
        await expect(el).to.be.accessible();
      });
    }

    it('labels the card with the exercise name', async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" no-timer></back-exercise>`);
      const base = part(el, 'base')!;
      expect(el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)!.textContent).to.equal('Knee to Chest');
    });
  });
});
