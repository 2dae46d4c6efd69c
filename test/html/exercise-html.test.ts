import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import {
  EXERCISES,
  LEVELS,
  ROUTINES,
  doseAtLevel,
  exerciseToHTML,
  getRoutine,
  planRoutine,
  resolveRoutine,
  routineToHTML,
  type BackExercise,
  type Exercise,
} from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { insertComposed, parse } from './markup.js';

/** A card built from the markup, connected and rendered. */
async function cardFrom(markup: string): Promise<BackExercise> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = markup;
  const card = wrapper.querySelector('back-exercise')!;
  await card.updateComplete;
  return card;
}

const HOSTILE = `<script>alert(1)</script> "quoted" 'single' & <img src=x onerror=alert(2)>`;

const hostileExercise: Exercise = {
  id: 'hostile',
  name: `Name ${HOSTILE}`,
  kind: 'stretch',
  targets: [`target ${HOSTILE}`, `second" onmouseover="alert(3)`],
  steps: [`Step ${HOSTILE}`, `</li></ol><script>alert(4)</script>`],
  cautions: [`Caution ${HOSTILE}`, `</aside><script>alert(5)</script>`],
  progression: `Progression ${HOSTILE}`,
  dose: { holdSeconds: 30, reps: 1, sets: 1, eachSide: false },
};

describe('exerciseToHTML', () => {
  describe('escapes every text, whatever it says', () => {
    const markup = exerciseToHTML(hostileExercise);
    const fragment = parse(markup);
    const card = fragment.querySelector('back-exercise')!;

    it('makes no element or attribute out of text', () => {
      expect(markup).to.not.contain('<script');
      expect(markup).to.not.contain('<img');
      expect(fragment.querySelectorAll('script, img, [onerror], [onmouseover]')).to.have.length(0);
      expect([...fragment.children].map((child) => child.localName)).to.deep.equal(['back-exercise']);
      expect(card.getAttributeNames()).to.deep.equal(['level', 'kind', 'targets', 'hold']);
    });

    it('keeps each text exactly, in the heading, steps, progression, cautions and targets', () => {
      expect(card.querySelector('h3')!.textContent).to.equal(hostileExercise.name);
      expect([...card.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(hostileExercise.steps);
      expect([...card.querySelectorAll('aside li')].map((li) => li.textContent)).to.deep.equal(hostileExercise.cautions);
      expect(card.querySelector(':scope > ol + p')!.textContent).to.equal(`Progression: ${hostileExercise.progression}`);
      expect(card.getAttribute('targets')).to.equal(hostileExercise.targets.join(', '));
    });

    it('escapes all five characters, in text and in attributes', () => {
      expect(markup).to.contain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#039;single&#039; &amp; &lt;img');
      expect(markup).to.contain('targets="target &lt;script&gt;');
      expect(markup).to.contain('second&quot; onmouseover=&quot;alert(3)"');
    });

    it('escapes a kind that is not one of the two, from an untyped caller', () => {
      const markup = exerciseToHTML({ ...hostileExercise, kind: '"><script>alert(6)</script>' as Exercise['kind'] });
      expect(parse(markup).querySelector('back-exercise')!.getAttribute('kind')).to.equal('"><script>alert(6)</script>');
    });
  });

  describe('reads back as the same exercise', () => {
    for (const catalog of EXERCISES) {
      for (const level of LEVELS) {
        it(`${catalog.id} at ${level}`, async () => {
          const error = sinon.spy(console, 'error');
          try {
            const card = await cardFrom(exerciseToHTML(catalog.id, { level }));
            expect(card.hasAttribute('exercise'), 'the authored form, not a catalog id').to.equal(false);
            const read = card.exerciseData!;
            expect(read, card.dataError?.message).to.not.equal(undefined);
            expect({ name: read.name, kind: read.kind, targets: read.targets, steps: read.steps, cautions: read.cautions }).to.deep.equal({
              name: catalog.name,
              kind: catalog.kind,
              targets: catalog.targets,
              steps: catalog.steps,
              cautions: catalog.cautions,
            });
            expect(card.levelDose).to.deep.equal(doseAtLevel(catalog.dose, level));
            expect(error.callCount).to.equal(0);
          } finally {
            error.restore();
          }
        });
      }
    }

    it('with a dose override, rests and times that differ from the defaults, and another heading level', async () => {
      const dose = { holdSeconds: 20, sets: 2, restSeconds: 5, setRestSeconds: 60, prepareSeconds: 8, switchSeconds: 0 };
      const markup = exerciseToHTML('knee-to-chest', { dose, headingLevel: 2 });
      const card = await cardFrom(markup);
      expect(card.getAttribute('heading-level')).to.equal('2');
      expect(card.querySelector(':scope > h2')!.textContent).to.equal('Knee to Chest');
      expect(card.querySelector('aside h3')!.textContent, 'the label one level below the name').to.equal('Take care');
      expect(card.levelDose).to.deep.equal({ ...dose, reps: 1, eachSide: true });
      expect(card.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('2');
    });

    it('with a dose override that leaves a field out or sets it to undefined', () => {
      expect(exerciseToHTML('half-crunch', { dose: { sets: undefined, holdSeconds: 4 } })).to.contain(' hold="4" reps="10" sets="3">');
    });
  });

  it('writes the dose in words, the steps in order, the progression, and the cautions under a label the card does not read', () => {
    const card = parse(exerciseToHTML('assisted-back-extension', { level: 'advanced' })).querySelector('back-exercise')!;
    expect([...card.children].map((child) => child.localName)).to.deep.equal(['h3', 'p', 'ol', 'p', 'aside']);
    expect(card.querySelector(':scope > p')!.textContent).to.equal('8 times, hold each for 3 seconds');
    expect(card.querySelector(':scope > ol + p')!.textContent).to.equal(
      'Progression: Assist with your hands at first, then lift them off the ground for the full exercise.',
    );
    expect(card.querySelector('aside > h4')!.textContent).to.equal('Take care');
    expect(card.getAttribute('reps')).to.equal('8');
  });

  it('leaves out attributes that say what the card assumes anyway, and the aside of an exercise without cautions', () => {
    const markup = exerciseToHTML({ ...hostileExercise, targets: [], cautions: [], progression: undefined, name: 'Plain' });
    expect(markup.split('\n')[0]).to.equal('<back-exercise level="beginner" kind="stretch" hold="30">');
    expect(markup).to.not.contain('<aside');
  });

  it('refuses an unknown id, level or heading level, naming the field and what is allowed', () => {
    expect(() => exerciseToHTML('burpee')).to.throw('exercise: is not a known exercise, got "burpee"; known exercises are knee-to-chest');
    expect(() => exerciseToHTML('half-crunch', { level: 'expert' as 'beginner' })).to.throw('level: must be one of beginner, intermediate, advanced, got "expert"');
    expect(() => exerciseToHTML('half-crunch', { headingLevel: 7 })).to.throw('headingLevel: must be a whole number from 1 to 6, got 7');
  });
});

describe('the catalog form (catalog: true): the catalog id, with text that reads before the script', () => {
  for (const catalog of EXERCISES) {
    it(`${catalog.id}: the card plays the catalog exercise, drawing included, and its text is the same as the authored form's`, async () => {
      const markup = exerciseToHTML(catalog.id, { level: 'advanced', catalog: true });
      const authored = exerciseToHTML(catalog.id, { level: 'advanced' });
      // Only the opening tag differs: the same heading, dose in words, steps and cautions inside.
      expect(markup.split('\n').slice(1)).to.deep.equal(authored.split('\n').slice(1));
      expect(markup.split('\n')[0]).to.equal(`<back-exercise exercise="${catalog.id}" level="advanced">`);
      const card = await cardFrom(markup);
      expect(card.exerciseData!.id).to.equal(catalog.id);
      expect(card.levelDose).to.deep.equal(doseAtLevel(catalog.dose, 'advanced'));
      // The text inside is not shown once the card is defined: the card shows the exercise itself.
      expect(card.querySelector('ol')!.getClientRects()).to.have.length(0);
      expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal(catalog.name);
    });
  }

  it('carries only the dose fields it is given, over the catalog dose of every level', async () => {
    const markup = exerciseToHTML('half-crunch', { catalog: true, dose: { sets: 2, restSeconds: 4 } });
    expect(markup.split('\n')[0]).to.equal('<back-exercise exercise="half-crunch" level="beginner" sets="2" rest="4">');
    expect(markup).to.contain('<p>2 sets of 10, hold each for 2 seconds</p>');
    const card = await cardFrom(markup);
    card.level = 'advanced';
    await card.updateComplete;
    expect(card.levelDose!.reps, 'the catalog repetitions of the level chosen later').to.equal(25);
    expect(card.levelDose!.sets).to.equal(2);
  });

  it('refuses an exercise or routine object, which has no catalog id to keep', () => {
    expect(() => exerciseToHTML(hostileExercise, { catalog: true })).to.throw('catalog: needs a catalog id');
    expect(() => routineToHTML(getRoutine('lower-back')!, { catalog: true })).to.throw('catalog: needs a catalog id');
  });

  describe('a player', () => {
    useFakeTime({ stubBeepUnlock: true });

    for (const routine of ROUTINES) {
      it(`${routine.id}: plays the catalog routine, and its sections are text only`, async () => {
        const markup = routineToHTML(routine.id, { level: 'intermediate', catalog: true });
        expect(markup.split('\n')[0]).to.equal(`<routine-player routine="${routine.id}" level="intermediate">`);
        const player = await insertComposed(markup);
        expect(player.querySelectorAll('back-exercise'), 'no cards to compose from').to.have.length(0);
        const catalog = resolveRoutine(getRoutine(routine.id)!);
        expect(player.routineData!.id).to.equal(routine.id);
        expect(player.querySelectorAll(':scope > section')).to.have.length(catalog.exercises.length);
        for (const [index, section] of [...player.querySelectorAll(':scope > section')].entries()) {
          const exercise = catalog.exercises[index];
          expect(section.querySelector('h3')!.textContent).to.equal(exercise.name);
          expect([...section.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(exercise.steps);
          expect(section.getClientRects(), 'not shown once the player is defined').to.have.length(0);
        }
        player.start();
        expect(player.plan!.total).to.equal(planRoutine(catalog, 'intermediate').total);
      });
    }
  });
});

describe('routineToHTML', () => {
  it('wraps a heading, one card per exercise one level below, and the safety advice in its slot', () => {
    const player = parse(routineToHTML('lower-back', { level: 'intermediate' })).querySelector('routine-player')!;
    expect(player.getAttribute('name')).to.equal('Lower back: stretch and strengthen');
    expect(player.getAttribute('level')).to.equal('intermediate');
    expect(player.querySelector(':scope > h2')!.textContent).to.equal('Lower back: stretch and strengthen');
    const cards = [...player.querySelectorAll(':scope > back-exercise')];
    expect(cards.map((card) => card.querySelector(':scope > h3')!.textContent)).to.deep.equal(EXERCISES.map((exercise) => exercise.name));
    expect(cards.every((card) => card.getAttribute('level') === 'intermediate')).to.equal(true);
    expect([...player.querySelectorAll(':scope > [slot="safety-advice"]')].map((p) => p.textContent)).to.deep.equal([
      'Stop the exercise and rest in a comfortable position.',
      'Do not push through pain.',
      'If the pain persists or gets worse, contact your physiotherapist or a doctor.',
    ]);
  });

  it('carries a heading level, a clinic’s own advice, and an item’s pace and dose, escaped', () => {
    const markup = routineToHTML(
      {
        id: 'clinic',
        name: `Clinic ${HOSTILE}`,
        items: [{ exercise: 'half-crunch', pace: 'done', dose: { sets: 2 } }, { exercise: hostileExercise }],
      },
      { headingLevel: 3, safetyAdvice: [`Call us on 555 0100 ${HOSTILE}`] },
    );
    const fragment = parse(markup);
    expect(fragment.querySelectorAll('script, img')).to.have.length(0);
    const player = fragment.querySelector('routine-player')!;
    expect(player.getAttribute('name')).to.equal(`Clinic ${HOSTILE}`);
    expect(player.querySelector(':scope > h3')!.textContent).to.equal(`Clinic ${HOSTILE}`);
    const [crunch, hostile] = player.querySelectorAll(':scope > back-exercise');
    expect(crunch.getAttribute('pace')).to.equal('done');
    expect(crunch.getAttribute('sets')).to.equal('2');
    expect(crunch.getAttribute('heading-level')).to.equal('4');
    expect(hostile.querySelector(':scope > h4')!.textContent).to.equal(hostileExercise.name);
    expect(player.querySelector('[slot="safety-advice"]')!.textContent).to.equal(`Call us on 555 0100 ${HOSTILE}`);
  });

  it('refuses an unknown routine, or an unknown exercise in it', () => {
    expect(() => routineToHTML('yoga')).to.throw('routine: is not a known routine, got "yoga"; known routines are lower-back');
    expect(() => routineToHTML({ id: 'x', name: 'X', items: [{ exercise: 'burpee' }] })).to.throw('items[0].exercise: is not a known exercise');
    expect(() => routineToHTML('lower-back', { headingLevel: 6 })).to.throw('headingLevel: must be a whole number from 1 to 5, got 6');
  });

  describe('composes the same routine in a player', () => {
    useFakeTime({ stubBeepUnlock: true });

    for (const routine of ROUTINES) {
      for (const level of LEVELS) {
        it(`${routine.id} at ${level}`, async () => {
          const player = await insertComposed(routineToHTML(routine.id, { level }));
          const catalog = resolveRoutine(getRoutine(routine.id)!);
          expect(player.routineData!.name).to.equal(catalog.name);
          expect(player.routineData!.exercises.map(({ name, steps, cautions }) => ({ name, steps, cautions }))).to.deep.equal(
            catalog.exercises.map(({ name, steps, cautions }) => ({ name, steps, cautions })),
          );
          player.start();
          expect(player.plan!.total).to.equal(planRoutine(catalog, level).total);
          expect(player.plan!.segments.map((segment) => [segment.kind, segment.duration])).to.deep.equal(
            planRoutine(catalog, level).segments.map((segment) => [segment.kind, segment.duration]),
          );
        });
      }
    }
  });
});
