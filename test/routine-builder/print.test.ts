import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getExercise } from '../../src/model/catalog.js';
import { countAtLevel } from '../../src/model/dose.js';

interface Printed {
  text: string;
  pages: number;
}

/** Text as pdftotext gives it, with lines and spaces folded, so a step that wraps still matches. */
const fold = (text: string) => text.replace(/[\s\u00ad]+/g, ' ').replace(/- /g, '-').trim();

const IDS = ['knee-to-chest', 'lower-back-twist', 'side-trunk-stretch', 'half-crunch', 'push-up-back-extension', 'assisted-back-extension'];

describe('printing a routine builder gives the patient’s handout', function () {
  this.timeout(30_000);
  let printed: Printed;
  before(async () => {
    printed = (await executeServerCommand('print-page-text', {
      path: '/test/routine-builder/handout.html',
      tags: ['routine-builder', 'routine-player'],
      ready: 'window.handoutDrawn === true',
    })) as Printed;
  });

  it('holds every exercise with its dose, steps and cautions, the week to tick, the note and the QR code’s words', () => {
    const text = fold(printed.text);
    expect(text).to.contain('Home programme for the week');
    expect(text).to.contain('Level: Intermediate');
    for (const id of IDS) {
      const exercise = getExercise(id)!;
      expect(text, exercise.name).to.contain(exercise.name);
      for (const step of exercise.steps) expect(text, `${exercise.name}: ${step}`).to.contain(fold(step));
      for (const caution of exercise.cautions) expect(text, `${exercise.name}: ${caution}`).to.contain(fold(caution));
    }
    expect(text).to.contain('Hold 30 seconds on each side');
    expect(text).to.contain(`2 sets of ${countAtLevel(getExercise('half-crunch')!.dose.reps, 'intermediate')}, hold each for 2 seconds`);
    expect(text).to.contain('Tick each exercise when you have done it');
    expect(text).to.contain('Twice a day. Call us if the pain spreads to your leg.');
    expect(text).to.contain("Scan the code with your phone's camera");
    expect(printed.pages).to.be.within(2, 8);
  });

  it('holds no control text: no field, button, preview or sharing words', () => {
    const text = fold(printed.text);
    for (const control of [
      'Name of the routine',
      'Add exercises',
      'Add Knee to Chest',
      'Remove',
      'Move',
      'Hold (s)',
      'Repetitions are paced',
      'Note for the patient',
      'Preview',
      'Total time',
      'Share',
      'Copy link',
      'Copy HTML',
      'Print handout',
      'Start',
      'Sounds',
      'routine=1',
    ]) {
      expect(text, control).to.not.contain(control);
    }
  });
});
