import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { EXERCISES, ROUTINES } from '../../src/index.js';

interface Printed {
  text: string;
  pages: number;
}

/** Text as pdftotext gives it, with lines and spaces folded, so a step that wraps still matches. */
const fold = (text: string) => text.replace(/[\s\u00ad]+/g, ' ').replace(/- /g, '-').trim();

describe('printing the demo page gives a handout', function () {
  this.timeout(30_000);
  let printed: Printed;
  before(async () => {
    printed = (await executeServerCommand('print-page-text', { path: '/demo/index.html' })) as Printed;
  });

  it('prints no control: no Start, Pause, Skip, Reset, Full screen or Stop button', () => {
    const lines = printed.text.split('\n').map((line) => line.trim());
    for (const control of ['Start', 'Pause', 'Resume', 'Skip', 'Reset', 'Full screen', 'Stop — this hurts', 'Beginner', 'Sounds']) {
      expect(lines.filter((line) => line === control), control).to.deep.equal([]);
    }
    expect(printed.text).to.not.match(/\b1:40\b/, 'no dial');
  });

  it("prints each exercise's name, dose, steps and cautions", () => {
    const text = fold(printed.text);
    for (const exercise of EXERCISES) {
      expect(text, exercise.name).to.contain(exercise.name);
      for (const step of exercise.steps) expect(text, `${exercise.name}: ${step}`).to.contain(fold(step));
      for (const caution of exercise.cautions) expect(text, `${exercise.name}: ${caution}`).to.contain(fold(caution));
    }
  });

  it("prints the player's whole routine with a week to tick and room for the clinic's note", () => {
    const text = fold(printed.text);
    const routine = ROUTINES.find((r) => r.id === 'lower-back')!;
    expect(text).to.contain(routine.name);
    expect(text).to.contain('Tick each exercise when you have done it');
    expect(text).to.match(/Exercise Mon Tue Wed Thu Fri Sat Sun/);
    expect(text).to.contain('Notes from your clinic');
    expect(printed.pages, 'a few A4 pages, not dozens').to.be.within(2, 12);
  });
});
