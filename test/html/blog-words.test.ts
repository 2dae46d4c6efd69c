// The blog demo's words agree with what its elements do (issue 22, part 9): the routine's length
// as the player says it, and the sidebar's invitation with the position its exercise starts in.
import { expect } from '@open-wc/testing';
import { getExercise, getRoutine, planRoutine, resolveRoutine } from '../../src/index.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];

async function blog(): Promise<Document> {
  const response = await fetch('/demo/blog.html');
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

describe('the blog demo says what its elements do', () => {
  it("gives the routine's length in minutes as the player rounds it", async () => {
    const doc = await blog();
    const player = doc.querySelector('routine-player')!;
    const routine = getRoutine(player.getAttribute('routine')!)!;
    const minutes = Math.ceil(planRoutine(resolveRoutine(routine), 'beginner').total / 60_000);
    const paragraph = player.previousElementSibling?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(paragraph).to.contain(`takes about ${NUMBER_WORDS[minutes]} minutes`);
  });

  it("invites the reader to the sidebar exercise's own starting position", async () => {
    const doc = await blog();
    const card = doc.querySelector('.sidebar back-exercise')!;
    const exercise = getExercise(card.getAttribute('exercise')!)!;
    expect(exercise.startPosition).to.match(/^Kneel/);
    const invitation = doc.querySelector('.sidebar p')!.textContent!;
    expect(invitation).to.contain('kneel');
    expect(invitation).to.not.contain('stand up');
  });
});
