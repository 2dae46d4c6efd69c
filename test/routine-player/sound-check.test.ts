import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { FakeAudioContext, installFakeAudio, installFakeSpeech, type FakeSpeech } from '../helpers/fake-audio.js';
import { replaceProperty } from '../faults/platform-fakes.js';

/**
 * Issue 22, part 10: a phone on mute plays a routine in silence, and nobody knows until the first
 * hold ends. Before Start, "Test sound" plays the 3-2-1 and switch tones and says one sentence,
 * inside the click (which unlocks them), and says what it could not play.
 */
describe('<routine-player> sound check before start', () => {
  const clock = useFakeTime();
  let speech: FakeSpeech;
  const undo: (() => void)[] = [];
  afterEach(() => {
    while (undo.length > 0) undo.pop()!();
  });
  function fakeSoundAndSpeech(): void {
    undo.push(installFakeAudio(() => clock.now()));
    const installed = installFakeSpeech();
    speech = installed.speech;
    undo.push(installed.restore);
  }

  const status = (el: RoutinePlayer) => el.shadowRoot!.querySelector('[part="sound-check"] [role="status"]')!.textContent!.trim();
  const testButton = (el: RoutinePlayer) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="sound-check"] button')].find((b) => b.textContent!.trim() === 'Test sound')!;

  it('plays the 3-2-1 and switch tones and says a sentence, from the keyboard, and says that it did', async () => {
    fakeSoundAndSpeech();
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches"></routine-player>`);
    expect(status(el), 'the live region is there, empty, before the check').to.equal('');
    expect(FakeAudioContext.instances, 'no audio before the click').to.have.length(0);
    await expect(el).to.be.accessible();
    testButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const [audio] = FakeAudioContext.instances;
    const t = audio.currentTime;
    expect(audio.liveCues()).to.deep.equal([`count@${t}`, `count@${t + 1}`, `count@${t + 2}`, `switch@${t + 3}`]);
    expect(speech.queuedTexts).to.deep.equal(['You will hear this during the exercises.']);
    expect(status(el)).to.equal("Sound played — if you heard nothing, turn your phone's sound up.");
    expect(el.state, 'nothing started').to.equal('before');
    await expect(el).to.be.accessible();
  });

  it('brings back, inside its click, audio the browser stopped and refused to resume without one', async () => {
    fakeSoundAndSpeech();
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches"></routine-player>`);
    testButton(el).click();
    const [audio] = FakeAudioContext.instances;
    FakeAudioContext.policy = 'refuse';
    audio.suspendBy('interrupted');
    await new Promise((resolve) => setTimeout(resolve, 0));
    FakeAudioContext.gesture = true;
    testButton(el).click();
    await el.updateComplete;
    expect(status(el)).to.equal("Sound played — if you heard nothing, turn your phone's sound up.");
    expect(audio.state).to.equal('running');
  });

  it('says so when this browser can neither play sound nor speak', async () => {
    undo.push(replaceProperty(window, 'AudioContext', 'missing'));
    undo.push(replaceProperty(window, 'speechSynthesis', 'missing'));
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches"></routine-player>`);
    testButton(el).click();
    await el.updateComplete;
    expect(status(el)).to.equal("This browser can't play sound or speak.");
  });

  it('reports in the element\'s language, and that it cannot speak where it has no voice for it', async () => {
    fakeSoundAndSpeech();
    const el = await fixture<RoutinePlayer>(html`<routine-player lang="de" routine="lower-back-stretches"></routine-player>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"][lang="de"]'), 'the player speaks German');
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="sound-check"] button')].find((b) => b.textContent!.trim() === 'Ton testen');
    expect(button, 'the button in German').to.not.equal(undefined);
    button!.click();
    await el.updateComplete;
    expect(speech.queuedTexts, 'no German voice here: silent rather than German read by an English voice').to.deep.equal([]);
    expect(status(el)).to.equal('Ton abgespielt – wenn du nichts gehört hast, stell den Ton deines Handys lauter. Dieser Browser kann nicht sprechen.');
  });
});

describe('<routine-player> "Sessions this week" with remember turned on mid-session', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  async function playToSummary(el: RoutinePlayer): Promise<void> {
    for (let guard = 0; guard < 10 && el.state === 'playing'; guard++) {
      el.next();
      clock.advance(1);
      await el.updateComplete;
    }
    expect(el.state).to.equal('summary');
  }

  function storeTwoSessions(): void {
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
    localStorage.setItem(
      'back-exercise-elements:history:lower-back-stretches',
      JSON.stringify([
        { date: yesterday, completed: true },
        { date: yesterday, completed: true },
      ]),
    );
  }

  it('shows no count from storage this session never wrote to', async () => {
    storeTwoSessions();
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    el.start();
    await el.updateComplete;
    el.remember = true;
    await el.updateComplete;
    await playToSummary(el);
    const shown = (part: string) => el.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent?.trim() ?? 'nothing';
    expect(shown('history'), 'no "Sessions this week: 2"').to.equal('nothing');
    expect(shown('notice')).to.equal('nothing');
  });

  it('counts this session with the others when remember was on from the start', async () => {
    storeTwoSessions();
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" remember cues="none"></routine-player>`);
    el.start();
    await el.updateComplete;
    await playToSummary(el);
    expect(el.shadowRoot!.querySelector('[part="history"]')!.textContent!.trim()).to.equal('Sessions this week: 3');
  });
});
