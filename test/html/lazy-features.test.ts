import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { BackExercise } from '../../src/back-exercise/back-exercise.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';

// Its own page: the code that writes structured data and the code that reads shared links are
// chunks that only a page using `structured-data` or `from-url` fetches.
const requested = () => performance.getEntriesByType('resource').map((entry) => entry.name);
const describer = () => requested().filter((name) => name.includes('/html/structured-data') || name.includes('/html/exercise-html'));
const linkReader = () => requested().filter((name) => name.includes('/share/routine-link'));
const jsonLd = (element: Element) => element.querySelector('script[type="application/ld+json"]');

describe('features a page opts into load only there', () => {
  const before = location.hash;
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${before}`));

  it('a page of cards, a timer and a player loads neither the describer nor the link reader', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <back-exercise exercise="knee-to-chest"></back-exercise>
      <hold-timer hold="10" cues="none"></hold-timer>
      <routine-player routine="lower-back-stretches" cues="none"></routine-player>
    </div>`);
    const player = page.querySelector('routine-player') as RoutinePlayer;
    await waitUntil(() => player.routineData, 'the player reads its routine');
    player.start();
    await player.updateComplete;
    player.stopForPain();
    expect(describer()).to.deep.equal([]);
    expect(linkReader()).to.deep.equal([]);
    expect(page.querySelector('script')).to.equal(null);
  });

  it('structured-data fetches the describer, then writes the card’s data in the card’s language', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" lang="es" structured-data no-timer></back-exercise>`);
    await waitUntil(() => jsonLd(card) && JSON.parse(jsonLd(card)!.textContent!).name !== 'Knee to Chest', 'the Spanish data');
    expect(describer().length).to.be.greaterThan(0);
    const spanish = JSON.parse(jsonLd(card)!.textContent!);
    card.lang = 'en';
    await waitUntil(() => JSON.parse(jsonLd(card)!.textContent!).name === 'Knee to Chest', 'described again in English');
    expect(JSON.parse(jsonLd(card)!.textContent!).name).not.to.equal(spanish.name);
  });

  it('writes nothing when the attribute goes before the describer answers', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise exercise="half-crunch" structured-data no-timer></back-exercise>`);
    card.structuredData = false;
    await card.updateComplete;
    const { toStructuredData } = await import('../../src/html/structured-data.js');
    expect(toStructuredData('half-crunch')).to.be.an('object'); // the chunk has certainly arrived
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(jsonLd(card)).to.equal(null);
  });

  it('from-url fetches the link reader, and shows no other routine while the link is read', async () => {
    const { encodeRoutineLink } = await import('../../src/share/routine-link.js');
    const link = await encodeRoutineLink({ routine: { id: 'x', name: 'From your clinic', items: [{ exercise: 'half-crunch' }] } });
    history.replaceState(null, '', `${location.pathname}${location.search}#${link}`);
    const player = document.createElement('routine-player') as RoutinePlayer;
    player.setAttribute('from-url', '');
    player.setAttribute('routine', 'lower-back-stretches');
    player.setAttribute('cues', 'none');
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(player);
    // What the player shows at each update until the shared routine is there.
    const seen = new Set<string | undefined>();
    const look = () => seen.add(player.routineData?.name ?? (player.shadowRoot?.querySelector('h2')?.textContent || undefined));
    let looking = true;
    const everyFrame = () => {
      look();
      if (looking) requestAnimationFrame(everyFrame);
    };
    everyFrame();
    await player.updateComplete;
    look();
    // The first render comes before the link is read: it says what is happening.
    const loading = player.shadowRoot!.querySelector('[part="loading"]');
    expect(loading?.textContent).to.equal('Opening the routine from your link…');
    expect(loading?.getAttribute('role')).to.equal('status');
    await expect(player).to.be.accessible();
    await waitUntil(() => (look(), player.routineData?.name === 'From your clinic'), 'the shared routine');
    looking = false;
    expect([...seen].filter((name) => name !== undefined && !name.includes('From your clinic'))).to.deep.equal([]);
    expect(linkReader().length).to.be.greaterThan(0);
    expect(player.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
  });

  it('from-url uses only the newest reading of the address, and none once the attribute is gone', async () => {
    const { encodeRoutineLink } = await import('../../src/share/routine-link.js');
    const long = await encodeRoutineLink({ routine: { id: 'a', name: 'First link', items: Array.from({ length: 40 }, () => ({ exercise: 'knee-to-chest' })) }, level: 'advanced' });
    const short = await encodeRoutineLink({ routine: { id: 'b', name: 'Second link', items: [{ exercise: 'half-crunch' }] } });
    history.replaceState(null, '', `${location.pathname}${location.search}#${long}`);
    const page = await fixture<HTMLElement>(html`<div><routine-player from-url routine="lower-back-stretches" cues="none"></routine-player></div>`);
    const player = page.querySelector('routine-player') as RoutinePlayer;
    location.hash = short; // before the first link is read
    await waitUntil(() => player.routineData?.name === 'Second link', 'the newest link');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(player.routineData!.name, 'the first reading, finishing late, is not used').to.equal('Second link');

    history.replaceState(null, '', `${location.pathname}${location.search}#${long}`);
    const other = await fixture<HTMLElement>(html`<div><routine-player from-url routine="trunk-strength" level="beginner" cues="none"></routine-player></div>`);
    const own = other.querySelector('routine-player') as RoutinePlayer;
    own.fromUrl = false; // while the link is read
    await waitUntil(() => own.routineData?.name === 'Trunk strength', 'its own routine');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(own.routineData!.name).to.equal('Trunk strength');
    expect(own.shadowRoot!.querySelector<HTMLInputElement>('input[value="beginner"]')!.checked, 'the link’s level is not taken').to.equal(true);
  });

  it('the level a link brings goes with the link; a level the person picks stays', async () => {
    const { encodeRoutineLink } = await import('../../src/share/routine-link.js');
    const advanced = await encodeRoutineLink({ routine: { id: 'a', name: 'Advanced link', items: [{ exercise: 'half-crunch' }] }, level: 'advanced' });
    // Routines whose doses change by level: only there is a level to choose.
    const plain = await encodeRoutineLink({ routine: { id: 'b', name: 'Plain link', items: [{ exercise: 'push-up-back-extension' }] } });
    const checked = (player: RoutinePlayer) => player.shadowRoot!.querySelector<HTMLInputElement>('input[name="level"]:checked')?.value;
    history.replaceState(null, '', `${location.pathname}${location.search}#${advanced}`);
    const page = await fixture<HTMLElement>(html`<div><routine-player from-url routine="trunk-strength" level="beginner" cues="none"></routine-player></div>`);
    const player = page.querySelector('routine-player') as RoutinePlayer;
    await waitUntil(() => player.routineData?.name === 'Advanced link', 'the link is read');
    await player.updateComplete;
    expect(checked(player), 'the link’s level').to.equal('advanced');

    // Removed after the link was read: the player's own routine at its own level.
    player.fromUrl = false;
    await waitUntil(() => player.routineData?.name === 'Trunk strength', 'its own routine');
    await player.updateComplete;
    expect(checked(player), 'the attribute’s level once the link is gone').to.equal('beginner');

    // A newer link without a level does not keep the old link's.
    player.fromUrl = true;
    await waitUntil(() => player.routineData?.name === 'Advanced link', 'the link is read again');
    location.hash = plain;
    await waitUntil(() => player.routineData?.name === 'Plain link', 'the newer link');
    await player.updateComplete;
    expect(checked(player), 'the newer link has no level').to.equal('beginner');

    // What the person picks is theirs: another link does not change it.
    player.shadowRoot!.querySelector<HTMLInputElement>('input[value="intermediate"]')!.click();
    await player.updateComplete;
    location.hash = advanced;
    await waitUntil(() => player.routineData?.name === 'Advanced link', 'the first link again');
    await player.updateComplete;
    expect(checked(player), 'the person’s level').to.equal('intermediate');
  });

  it('the handout of a session prints the note of the link being played, whatever the address says meanwhile', async () => {
    const { encodeRoutineLink } = await import('../../src/share/routine-link.js');
    const first = await encodeRoutineLink({ routine: { id: 'a', name: 'First link', items: [{ exercise: 'half-crunch' }] }, note: 'Note A' });
    const second = await encodeRoutineLink({ routine: { id: 'b', name: 'Second link', items: [{ exercise: 'knee-to-chest' }] }, note: 'Note B' });
    history.replaceState(null, '', `${location.pathname}${location.search}#${first}`);
    const page = await fixture<HTMLElement>(html`<div><routine-player from-url cues="none"></routine-player></div>`);
    const player = page.querySelector('routine-player') as RoutinePlayer;
    await waitUntil(() => player.routineData?.name === 'First link', 'the first link is read');
    player.start();
    await player.updateComplete;
    const note = () => player.shadowRoot!.querySelector('.print-note')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(note()).to.contain('Note A');
    const warned = sinon.stub(console, 'warn');
    location.hash = second;
    await waitUntil(() => warned.called, 'the player notices the new link');
    warned.restore();
    await player.updateComplete;
    expect(player.shadowRoot!.querySelector('.print h2')?.textContent, 'the handout is still of the routine played').to.contain('First link');
    expect(note(), 'with its own note').to.contain('Note A');
    location.hash = 'top';
    await new Promise((resolve) => setTimeout(resolve, 100));
    await player.updateComplete;
    expect(note(), 'an address without a link changes nothing either').to.contain('Note A');
  });

  it('a session started at a link’s level keeps showing, speaking and printing it when the link goes', async () => {
    const { encodeRoutineLink } = await import('../../src/share/routine-link.js');
    const link = await encodeRoutineLink({ routine: { id: 'a', name: 'Advanced link', items: [{ exercise: 'half-crunch' }] }, level: 'advanced' });
    history.replaceState(null, '', `${location.pathname}${location.search}#${link}`);
    const page = await fixture<HTMLElement>(html`<div><routine-player from-url routine="lower-back-stretches" level="beginner" cues="none"></routine-player></div>`);
    const player = page.querySelector('routine-player') as RoutinePlayer;
    await waitUntil(() => player.routineData?.name === 'Advanced link', 'the link is read');
    await player.updateComplete;
    player.start();
    await player.updateComplete;
    const shown = () => ({
      dose: player.shadowRoot!.querySelector('[part="dose"]')?.textContent?.trim(),
      printed: player.shadowRoot!.querySelector('.print-level')?.textContent?.trim(),
    });
    const during = shown();
    expect(during.dose).to.contain('25');
    expect(during.printed).to.equal('Level: Advanced');

    location.hash = 'top'; // an ordinary anchor: the address holds no link any more
    await waitUntil(() => player.fromUrl && !location.hash.includes('routine='), 'the address changed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await player.updateComplete;
    expect(shown(), 'after the address lost its link').to.deep.equal(during);

    player.fromUrl = false;
    await player.updateComplete;
    expect(shown(), 'after from-url was removed').to.deep.equal(during);
    expect(player.state).to.equal('playing');
  });
});
