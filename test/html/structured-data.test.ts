import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { structuredDataScript } from '../../src/html/structured-data.js';
import {
  DataError,
  EXERCISES,
  LEVELS,
  ROUTINES,
  doseAtLevel,
  getExercise,
  getRoutine,
  planExercise,
  planRoutine,
  resolveRoutine,
  toStructuredData,
  type BackExercise,
  type Exercise,
  type Routine,
  type RoutinePlayer,
} from '../../src/index.js';
import { parse } from './markup.js';

/**
 * The properties each type may carry, from schema.org's own pages (https://schema.org/<Type>):
 * a type may use its own properties and those of every type above it.
 */
const ALLOWED: Record<string, readonly string[]> = {
  ExercisePlan: [
    '@context',
    '@type',
    // ExercisePlan's own.
    'activityDuration',
    'additionalVariable',
    'exerciseType',
    'repetitions',
    'restPeriods',
    // From PhysicalActivity (ExercisePlan is one).
    'associatedAnatomy',
    'category',
    // From CreativeWork (ExercisePlan is one).
    'educationalLevel',
    'hasPart',
    'position',
    // From Thing.
    'description',
    'identifier',
    'name',
  ],
  // position: ListItem and CreativeWork; text: CreativeWork (HowToStep is both).
  HowToStep: ['@type', 'position', 'text'],
  // name: Thing.
  AnatomicalStructure: ['@type', 'name'],
};

/** The members of schema.org's PhysicalActivityCategory enumeration. */
const PHYSICAL_ACTIVITY_CATEGORIES = [
  'AerobicActivity',
  'AnaerobicActivity',
  'Balance',
  'Flexibility',
  'LeisureTimeActivity',
  'OccupationalActivity',
  'StrengthTraining',
].map((member) => `https://schema.org/${member}`);

const ISO_DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/;

/** An ISO 8601 duration of hours, minutes and seconds, in milliseconds. */
function durationMs(text: string): number {
  const match = ISO_DURATION.exec(text);
  if (!match || text === 'PT') throw new Error(`not an ISO 8601 duration: ${text}`);
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

/** Every node of the data with a `@type`, with the path to it, depth first. */
function typedNodes(value: unknown, path = '$'): { path: string; node: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => typedNodes(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  const own = '@type' in node ? [{ path, node }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => typedNodes(child, `${path}.${key}`))];
}

/** Checks every node: a known type, only that type's properties, and values of the expected kinds. */
function expectValidShape(data: unknown): void {
  expect(JSON.parse(JSON.stringify(data)), 'plain JSON data').to.deep.equal(data);
  for (const { path, node } of typedNodes(data)) {
    const type = node['@type'] as string;
    expect(Object.keys(ALLOWED), `${path} @type`).to.include(type);
    for (const key of Object.keys(node)) expect(ALLOWED[type], `${path} property`).to.include(key);
    for (const [key, value] of Object.entries(node)) {
      expect(value, `${path}.${key} is given`).to.not.equal(undefined);
      if (typeof value === 'string') expect(value.trim(), `${path}.${key} is not empty`).to.not.equal('');
    }
    if (type === 'ExercisePlan') {
      expect(node.activityDuration).to.match(ISO_DURATION);
      if ('restPeriods' in node) expect(node.restPeriods).to.match(ISO_DURATION);
      if ('repetitions' in node) expect(Number.isInteger(node.repetitions) && (node.repetitions as number) > 0).to.equal(true);
      for (const category of [node.category ?? []].flat()) expect(PHYSICAL_ACTIVITY_CATEGORIES).to.include(category);
      for (const text of [node.exerciseType, node.additionalVariable ?? []].flat()) expect(text).to.be.a('string');
      expect(LEVELS).to.include(node.educationalLevel);
      expect(node.hasPart).to.be.an('array').that.is.not.empty;
    }
    if (type === 'HowToStep') {
      expect(node.text).to.be.a('string');
      expect(node.position).to.be.a('number');
    }
  }
}

/** The data without its `@context`, as it appears inside a routine. */
function withoutContext(data: object): object {
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== '@context'));
}

/** The `DataError` that `work` throws. */
function dataErrorOf(work: () => unknown): DataError {
  try {
    work();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

describe('toStructuredData', () => {
  describe('every catalog exercise at every level', () => {
    for (const exercise of EXERCISES) {
      for (const level of LEVELS) {
        it(`${exercise.id} at ${level}`, () => {
          const data = toStructuredData(exercise.id, { level });
          const dose = doseAtLevel(exercise.dose, level);
          expectValidShape(data);
          expect(data['@context']).to.equal('https://schema.org');
          expect(data['@type']).to.equal('ExercisePlan');
          expect(data.identifier).to.equal(exercise.id);
          expect(data.name).to.equal(exercise.name);
          expect(data.educationalLevel).to.equal(level);
          expect(data.exerciseType).to.equal(exercise.kind === 'stretch' ? 'Stretch' : 'Strength');
          expect(data.category).to.equal(
            exercise.kind === 'stretch' ? 'https://schema.org/Flexibility' : 'https://schema.org/StrengthTraining',
          );
          expect(data.hasPart).to.deep.equal(exercise.steps.map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text })));
          expect(data.associatedAnatomy).to.deep.equal(exercise.targets.map((name) => ({ '@type': 'AnatomicalStructure', name })));
          // The whole session is exactly the timer's plan.
          expect(durationMs(data.activityDuration)).to.equal(planExercise(exercise, level).total);
          expect(data.repetitions).to.equal(dose.reps * dose.sets);
          if (dose.reps > 1) expect(durationMs(data.restPeriods!)).to.equal(dose.restSeconds * 1000);
          else expect(data).to.not.have.property('restPeriods');
          for (const caution of exercise.cautions) expect(data.description).to.contain(caution);
        });
      }
    }

    it('is the same object as the exercise itself gives', () => {
      for (const exercise of EXERCISES) {
        for (const level of LEVELS) {
          expect(toStructuredData(getExercise(exercise.id)!, { level })).to.deep.equal(toStructuredData(exercise.id, { level }));
        }
      }
    });

    it('is at the beginner level when no level is given', () => {
      expect(toStructuredData('half-crunch')).to.deep.equal(toStructuredData('half-crunch', { level: 'beginner' }));
      expect(toStructuredData('half-crunch', {}).educationalLevel).to.equal('beginner');
    });
  });

  it('is what the bloggers guide (docs/site/guides/bloggers.md) shows for knee to chest', async () => {
    const readme = await (await fetch('/docs/site/guides/bloggers.md')).text();
    const section = readme.slice(readme.indexOf('## Structured data'));
    const example = /```json\n([\s\S]*?)\n```/.exec(section)![1];
    expect(JSON.parse(example)).to.deep.equal(toStructuredData('knee-to-chest'));
  });

  describe('counts and words of the dose', () => {
    it('counts repetitions times sets at each level: half crunches 10, 15, 25 times 3 sets', () => {
      expect(LEVELS.map((level) => toStructuredData('half-crunch', { level }).repetitions)).to.deep.equal([30, 45, 75]);
      expect(LEVELS.map((level) => toStructuredData('push-up-back-extension', { level }).repetitions)).to.deep.equal([8, 9, 10]);
      expect(LEVELS.map((level) => toStructuredData('assisted-back-extension', { level }).repetitions)).to.deep.equal([5, 6, 8]);
    });

    it('gives the rest between repetitions where there are repetitions', () => {
      expect(toStructuredData('half-crunch').restPeriods).to.equal('PT3S');
      const crunch = getExercise('half-crunch')!;
      expect(toStructuredData({ ...crunch, dose: { ...crunch.dose, restSeconds: 75 } }).restPeriods).to.equal('PT1M15S');
      expect(toStructuredData('knee-to-chest')).to.not.have.property('restPeriods');
    });

    it('says the hold in words, on each side where the exercise has sides', () => {
      expect(toStructuredData('knee-to-chest').additionalVariable).to.deep.equal(['Hold 45 seconds on each side']);
      expect(toStructuredData('lower-back-twist').additionalVariable).to.deep.equal(['Hold 45 seconds on each side']);
      expect(toStructuredData('half-crunch', { level: 'advanced' }).additionalVariable).to.deep.equal([
        '3 sets of 25, hold each for 2 seconds',
      ]);
      expect(toStructuredData('push-up-back-extension', { level: 'intermediate' }).additionalVariable).to.deep.equal([
        '9 times, hold each for 10 seconds',
      ]);
      for (const exercise of EXERCISES) {
        const words = toStructuredData(exercise.id).additionalVariable![0];
        expect(words.includes('on each side'), exercise.id).to.equal(exercise.dose.eachSide);
      }
    });

    it('gives the whole session of an exercise on each side as ISO 8601: get ready, both holds and the switch', () => {
      // 5 s to get ready, 45 s left, 5 s to switch, 45 s right.
      expect(toStructuredData('knee-to-chest').activityDuration).to.equal('PT1M40S');
      // 5 s, then 3 sets of 10 holds of 2 s with 9 rests of 3 s, and 2 rests of 30 s between sets.
      expect(toStructuredData('half-crunch').activityDuration).to.equal('PT3M26S');
    });

    it('adds the progression to the dose, and keeps the cautions in the description', () => {
      const data = toStructuredData('assisted-back-extension');
      expect(data.additionalVariable).to.deep.equal([
        '5 times, hold each for 3 seconds',
        'Progression: Assist with your hands at first, then lift them off the ground for the full exercise.',
      ]);
      expect(toStructuredData('knee-to-chest').description).to.equal(
        'Works: lower back and gluteal muscles. Take care: Pull gently; never force the stretch. If you experience back pain, stop!',
      );
    });

    it('ends each caution with a full stop where the author wrote none', () => {
      const own: Exercise = { ...getExercise('knee-to-chest')!, targets: [], cautions: ['Go slowly', 'Stop if it hurts!'] };
      expect(toStructuredData(own).description).to.equal('Take care: Go slowly. Stop if it hurts!');
      expect(toStructuredData({ ...own, cautions: [] })).to.not.have.property('description');
      expect(toStructuredData({ ...own, cautions: [] })).to.not.have.property('associatedAnatomy');
    });
  });

  describe('a routine', () => {
    it('is an ExercisePlan with each exercise, in order, as an ExercisePlan in hasPart', () => {
      const data = toStructuredData('lower-back', { level: 'intermediate' });
      const routine = resolveRoutine(getRoutine('lower-back')!);
      expectValidShape(data);
      expect(data['@type']).to.equal('ExercisePlan');
      expect(data.identifier).to.equal('lower-back');
      expect(data.name).to.equal('Lower back: stretch and strengthen');
      expect(data.educationalLevel).to.equal('intermediate');
      expect(data.exerciseType).to.deep.equal(['Stretch', 'Strength']);
      expect(data.category).to.deep.equal(['https://schema.org/Flexibility', 'https://schema.org/StrengthTraining']);
      expect(data.restPeriods).to.equal('PT10S');
      expect(durationMs(data.activityDuration)).to.equal(planRoutine(routine, 'intermediate').total);
      expect(data.hasPart).to.deep.equal(
        routine.exercises.map((exercise, index) => ({
          '@type': 'ExercisePlan',
          position: index + 1,
          ...withoutContext(toStructuredData(exercise.id, { level: 'intermediate' })),
        })),
      );
    });

    it('gives every catalog routine at every level a valid shape and the player plan’s duration', () => {
      for (const catalog of ROUTINES) {
        for (const level of LEVELS) {
          const data = toStructuredData(catalog.id, { level });
          expectValidShape(data);
          const total = planRoutine(resolveRoutine(catalog), level).total;
          expect(durationMs(data.activityDuration), `${catalog.id} at ${level}`).to.equal(total);
        }
      }
      expect(toStructuredData('lower-back-stretches').exerciseType).to.equal('Stretch');
    });

    it('takes a routine object with dose overrides, or the same routine resolved', () => {
      const routine: Routine = {
        id: 'morning',
        name: 'Morning',
        items: [{ exercise: 'half-crunch', dose: { sets: 1 } }, { exercise: 'knee-to-chest', pace: 'done' }],
        restBetweenSeconds: 20,
      };
      const data = toStructuredData(routine, { level: 'advanced' });
      expectValidShape(data);
      expect(data.name).to.equal('Morning');
      expect(data.restPeriods).to.equal('PT20S');
      expect((data.hasPart as { repetitions: number }[]).map((part) => part.repetitions)).to.deep.equal([25, 1]);
      const resolved = resolveRoutine(routine);
      const total = planRoutine(resolved, 'advanced', (index) => resolved.paces[index] === 'done').total;
      expect(durationMs(data.activityDuration)).to.equal(total);
      expect(toStructuredData(resolved, { level: 'advanced' })).to.deep.equal(data);
    });

    it('leaves out the rest between exercises when there is none', () => {
      const data = toStructuredData({ id: 'quick', name: 'Quick', items: [{ exercise: 'knee-to-chest' }], restBetweenSeconds: 0 });
      expect(data).to.not.have.property('restPeriods');
    });
  });

  describe("an author's own exercise, whatever it says", () => {
    const HOSTILE = `</script><script>alert(1)</script>`;
    const own: Exercise = {
      id: 'own',
      name: `Name ${HOSTILE}`,
      kind: 'stretch',
      targets: [`target ${HOSTILE}`],
      steps: [`Step ${HOSTILE}`, `<!-- <script> </SCRIPT >`],
      cautions: [`Caution ${HOSTILE}`],
      progression: `Progression ${HOSTILE}`,
      dose: { holdSeconds: 30, reps: 1, sets: 1, eachSide: false },
    };

    it('keeps every text as the same plain string', () => {
      const data = toStructuredData(own);
      expectValidShape(data);
      expect(data.name).to.equal(own.name);
      expect((data.hasPart as { text: string }[]).map((step) => step.text)).to.deep.equal(own.steps);
      expect(data.associatedAnatomy).to.deep.equal([{ '@type': 'AnatomicalStructure', name: own.targets[0] }]);
      expect(data.description).to.equal(`Works: ${own.targets[0]}. Take care: ${own.cautions[0]}.`);
      expect(data.additionalVariable).to.deep.equal(['Hold 30 seconds', `Progression: ${own.progression}`]);
      expect(JSON.stringify(data)).to.contain('</script><script>alert(1)</script>');
    });

    it('passes a kind it does not know through as text, with no category', () => {
      const data = toStructuredData({ ...own, kind: 'balance' as Exercise['kind'] });
      expect(data.exerciseType).to.equal('balance');
      expect(data).to.not.have.property('category');
    });

    describe('structuredDataScript', () => {
      const data = toStructuredData(own);
      const script = structuredDataScript(data);

      it('is a JSON-LD script element of this document, its data as one text', () => {
        expect(script).to.be.instanceOf(HTMLScriptElement);
        expect(script.ownerDocument).to.equal(document);
        expect(script.type).to.equal('application/ld+json');
        expect(script.attributes).to.have.length(1);
        expect(script.childNodes).to.have.length(1);
        expect(script.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
      });

      it('writes every < as \\u003c, so the text never closes the element or opens a comment', () => {
        const text = script.textContent!;
        expect(text).to.not.match(/<\/script/i);
        expect(text).to.not.contain('<');
        expect(text).to.contain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
        expect(JSON.parse(text)).to.deep.equal(data);
      });

      it('reads back as the same data once saved as HTML and parsed again', () => {
        const holder = document.createElement('div');
        holder.append(script.cloneNode(true));
        const fragment = parse(`${holder.innerHTML}<p>after</p>`);
        expect([...fragment.children].map((child) => child.localName)).to.deep.equal(['script', 'p']);
        const parsed = fragment.querySelector('script')!;
        expect(parsed.type).to.equal('application/ld+json');
        expect(JSON.parse(parsed.textContent!)).to.deep.equal(data);
      });

      it('is made in the document it is given, and throws nothing where Trusted Types are enforced', async () => {
        const frame = document.createElement('iframe');
        frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
        try {
          const other = frame.contentDocument!;
          const element = structuredDataScript(data, other);
          expect(element.ownerDocument).to.equal(other);
          other.body.append(element);
          // Setting textContent would throw here; the text node stays, and so does the data.
          expect(JSON.parse(other.querySelector('script[type="application/ld+json"]')!.textContent!)).to.deep.equal(data);
        } finally {
          frame.remove();
        }
      });

      it('runs nothing when added to the page', async () => {
        const page = window as unknown as { alerted?: number };
        page.alerted = 0;
        const element = structuredDataScript({ name: `</script><script>window.alerted = 1</script>` });
        document.body.append(element);
        await new Promise((resolve) => setTimeout(resolve));
        element.remove();
        expect(page.alerted).to.equal(0);
      });
    });
  });

  describe('bad input', () => {
    it('names the argument for an unknown id, with the known exercises and routines', () => {
      const error = dataErrorOf(() => toStructuredData('burpee'));
      expect(error.problems).to.have.length(1);
      expect(error.problems[0].path).to.equal('exerciseOrRoutine');
      expect(error.message).to.match(/^toStructuredData: exerciseOrRoutine: is not a known exercise or routine, got "burpee"/);
      expect(error.message).to.contain('knee-to-chest').and.to.contain('lower-back-stretches');
    });

    it('names the argument for something that is neither an exercise nor a routine', () => {
      for (const value of [null, 42, [], {}, { name: 'x' }]) {
        const error = dataErrorOf(() => toStructuredData(value as unknown as string));
        expect(error.problems.map((problem) => problem.path)).to.deep.equal(['exerciseOrRoutine']);
        expect(error.problems[0].message).to.contain('must be an exercise or routine id, an exercise, or a routine');
      }
    });

    it('names the item of a routine whose exercise is unknown', () => {
      const routine: Routine = { id: 'r', name: 'R', items: [{ exercise: 'knee-to-chest' }, { exercise: 'burpee' }] };
      const error = dataErrorOf(() => toStructuredData(routine));
      expect(error.problems.map((problem) => problem.path)).to.deep.equal(['items[1].exercise']);
    });

    it('names the level when it is not one of the three', () => {
      for (const level of ['expert', 'Beginner', '', 2, null]) {
        const error = dataErrorOf(() => toStructuredData('knee-to-chest', { level: level as unknown as 'beginner' }));
        expect(error.problems.map((problem) => problem.path)).to.deep.equal(['level']);
        expect(error.message).to.match(/^toStructuredData: level: must be one of beginner, intermediate, advanced, got /);
      }
    });

    it('checks the level before the id, as exerciseToHTML does', () => {
      expect(dataErrorOf(() => toStructuredData('burpee', { level: 'expert' as 'beginner' })).problems[0].path).to.equal('level');
    });
  });
});

describe('the structured-data attribute', () => {
  it('adds the card’s exercise to the page as JSON-LD, follows its level, and removes it when turned off', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise exercise="half-crunch" level="intermediate" structured-data no-timer></back-exercise>`);
    const script = () => card.querySelector('script[type="application/ld+json"]');
    await waitUntil(script, 'a script child');
    expect(JSON.parse(script()!.textContent!)).to.deep.equal(toStructuredData('half-crunch', { level: 'intermediate' }));
    card.level = 'advanced';
    await waitUntil(() => JSON.parse(script()!.textContent!).repetitions === 75, 'the advanced dose');
    expect(card.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    card.structuredData = false;
    await waitUntil(() => script() === null, 'the script gone');
  });

  it('adds the player’s routine, and writes nothing without the attribute', async () => {
    const player = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" cues="none" structured-data></routine-player>`);
    await waitUntil(() => player.querySelector('script[type="application/ld+json"]'), 'a script child');
    const data = JSON.parse(player.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data).to.deep.equal(toStructuredData('trunk-strength', { level: 'beginner' }));
    const plain = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    await plain.updateComplete;
    expect(plain.querySelector('script')).to.equal(null);
  });
});
