import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { BeepPlayer } from '../../src/cues/beeps.js';
import type { RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// What a page (or a framework that renders again) may change on a player while a session plays:
// the session goes on with what it started with, its Stop never goes away, and what it shows,
// prints and stores matches what it plays.

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: RoutinePlayer, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

describe('<routine-player> changed during a session', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  for (const [attribute, value] of [
    ['level', 'expert'],
    ['cues', 'loud'],
    ['pace', 'slow'],
    ['pain-threshold', '11'],
  ] as const) {
    it(`an invalid ${attribute} keeps the session and its Stop on screen, and is shown back at the start`, async () => {
      const logged = sinon.stub(console, 'error');
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
      el.start();
      clock.advance(20_000);
      await el.updateComplete;
      el.setAttribute(attribute, value);
      await el.updateComplete;
      expect(logged.getCalls().map((call) => String(call.args[0])).join('\n'), 'the problem is logged').to.contain(attribute);
      expect($(el, '[part~="error"]') === null, 'no error view over the session').to.equal(true);
      expect($(el, '[part~="playing"]') !== null, 'the session is on screen').to.equal(true);
      expect($(el, 'button.stop')?.textContent?.trim()).to.equal('Stop — this hurts');
      expect(text(el, '[part="exercise-name"]')).to.equal('Knee to Chest');
      clock.advance(1000);
      await el.updateComplete;
      expect(el.status).to.equal('running');

      $(el, 'button.stop')!.click();
      await el.updateComplete;
      expect(el.state).to.equal('stopped');
      expect($(el, '[part~="stopped"]') !== null, 'the advice after a stop is shown, not the error').to.equal(true);
      [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Back to the routine')!.click();
      await el.updateComplete;
      expect($(el, '[part~="error"]')?.textContent, 'back at the start, the error names the attribute').to.contain(attribute);
      expect(el.shadowRoot!.activeElement === $(el, '[part~="error"]'), 'focus goes to the error').to.equal(true);
    });
  }

  const primary = (el: RoutinePlayer) => $(el, 'button.primary')?.textContent?.trim();

  it('a self-paced set waits for Done even when the page was hidden past it, and nothing sounds past it', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" pace="done" cues="beep"></routine-player>`);
    const booked: number[] = [];
    sinon.stub(BeepPlayer.prototype, 'book').callsFake((_sound, delay: number) => void booked.push(clock.now() + delay));
    const completes = sinon.spy();
    el.addEventListener('routine-player-complete', completes);
    el.start();
    clock.advance(1000);
    await el.updateComplete;
    const startedAt = clock.now() - 1000;
    const waitAt = startedAt + el.plan!.segments.find((segment) => segment.selfPaced)!.start;
    clock.setHidden(true);
    clock.advance(10 * 60_000);
    expect(Math.max(...booked), 'no sound booked past the wait for Done').to.be.at.most(waitAt);
    clock.setHidden(false);
    await el.updateComplete;
    expect(completes.callCount, 'not complete').to.equal(0);
    expect(el.state).to.equal('playing');
    expect(text(el, '[part="exercise-name"]')).to.equal('Half Crunches');
    expect(primary(el), 'waiting for Done').to.equal('Done');
    clock.advance(60_000);
    await el.updateComplete;
    expect(primary(el), 'still waiting a minute later').to.equal('Done');
  });

  it('with ratings, a page hidden past the end of an exercise comes back asking about that exercise', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate cues="none"></routine-player>`);
    el.start();
    clock.advance(5000);
    clock.setHidden(true);
    clock.advance(5 * 60_000);
    clock.setHidden(false);
    await el.updateComplete;
    expect(text(el, '#rating-title')).to.equal('How did Knee to Chest feel?');
    expect(el.status).to.equal('paused');
  });

  it('a long stall while visible (a print dialog, say) does not carry a self-paced set past its Done', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" pace="done" cues="none"></routine-player>`);
    el.start();
    clock.advance(1000);
    clock.jump(10 * 60_000);
    clock.advance(1000);
    await el.updateComplete;
    expect(el.state).to.equal('playing');
    expect(primary(el)).to.equal('Done');
    $(el, 'button.primary')!.click();
    await el.updateComplete;
    expect(primary(el), 'Done goes on to the next part').to.not.equal('Done');
  });

  it('ratings turned off during a session no longer hold it after each exercise', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate cues="none"></routine-player>`);
    el.start();
    clock.advance(15_000); // the first exercise's get-ready
    el.rate = false;
    await el.updateComplete;
    clock.advance(100_000); // past the end of the first exercise
    await el.updateComplete;
    expect(el.status).to.equal('running');
    expect(text(el, '[part="exercise-name"]')).to.equal('Lower Back Twist');
    expect($(el, '#rating-title') === null, 'no rating asked').to.equal(true);
  });

  it('Resume pressed as a Done wait arrives, before any tick noticed it, shows the wait and resumes nothing', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" pace="done" cues="none"></routine-player>`);
    const resumes = sinon.spy();
    el.addEventListener('routine-player-resume', resumes);
    el.start();
    clock.advance(1000);
    clock.jump(60_000); // the page stalls past the wait; no timer has fired yet
    el.resume();
    await el.updateComplete;
    expect(resumes.callCount).to.equal(0);
    expect(primary(el)).to.equal('Done');
  });

  it('remember turned off during a session writes nothing more to the browser', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none" remember></routine-player>`);
    el.start();
    await el.updateComplete;
    const before = JSON.stringify({ ...localStorage });
    expect(before, 'progress was being kept').to.not.equal('{}');
    el.remember = false;
    await el.updateComplete;
    const writes = sinon.spy(Storage.prototype, 'setItem');
    el.next();
    await el.updateComplete;
    el.stopForPain();
    await el.updateComplete;
    expect(writes.callCount, 'no progress or history written after remember went off').to.equal(0);
  });

  it('pictures of a composed routine stay with their exercises when a child card is removed', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="none" name="Two">
      <back-exercise exercise="knee-to-chest"><img slot="media" alt="Knee picture" src=${PIXEL} /></back-exercise>
      <back-exercise exercise="lower-back-twist"><img slot="media" alt="Twist picture" src=${PIXEL} /></back-exercise>
    </routine-player>`);
    await waitUntil(() => el.routineData, 'the cards are read');
    el.start();
    await el.updateComplete;
    expect($(el, '.media img')?.getAttribute('alt')).to.equal('Knee picture');
    el.querySelector('back-exercise')!.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el, '[part="exercise-name"]')).to.equal('Knee to Chest');
    expect($(el, '.media img')?.getAttribute('alt'), 'the picture of the exercise played').to.equal('Knee picture');
    expect([...el.shadowRoot!.querySelectorAll('.print-picture img')].map((img) => img.getAttribute('alt'))).to.deep.equal([
      'Knee picture',
      'Twist picture',
    ]);
  });

  it('a theme or size change during a session warns of no routine change', async () => {
    const warned = sinon.stub(console, 'warn');
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    el.start();
    await el.updateComplete;
    el.setAttribute('theme', 'dark');
    el.toggleAttribute('compact', true);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(warned.callCount).to.equal(0);
    // A child changed during the session is worth the warning (and is used from the next start).
    el.append(document.createElement('back-exercise'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(warned.callCount).to.equal(1);
  });
});
