import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/back-exercise/define.js';
import { EXERCISE_IDS, getExercise, type BackExercise } from '../../src/index.js';

const media = (el: BackExercise) => el.shadowRoot!.querySelector('[part="media"]')!;

describe('<back-exercise> pictures', () => {
  // First in this file: the drawings chunk is not loaded yet when it starts.
  it('keeps the drawing’s room from the first paint, so nothing moves when the drawing arrives', async () => {
    const el = await fixture<BackExercise>(html`<div style="width: 360px"><back-exercise exercise="half-crunch" no-timer></back-exercise></div>`);
    const card = el.firstElementChild as BackExercise;
    await card.updateComplete;
    const pending = media(card).querySelector('svg.drawing-pending');
    expect(pending, 'an empty picture of the drawing’s size while the chunk is on its way').to.exist;
    expect(pending!.getAttribute('aria-hidden')).to.equal('true');
    const before = card.getBoundingClientRect().height;
    const pendingBox = pending!.getBoundingClientRect();
    await waitUntil(() => media(card).querySelector('svg[role="img"]'), 'the drawing appears');
    const drawn = media(card).querySelector('svg[role="img"]')!.getBoundingClientRect();
    expect(media(card).querySelector('svg.drawing-pending')).to.equal(null);
    expect(drawn.height).to.be.closeTo(pendingBox.height, 0.5);
    expect(drawn.width).to.be.closeTo(pendingBox.width, 0.5);
    expect(card.getBoundingClientRect().height, 'the card keeps its height').to.be.closeTo(before, 0.5);
  });

  for (const id of EXERCISE_IDS) {
    it(`shows the drawing of ${id}, with a text alternative, loaded as a separate chunk`, async () => {
      const el = await fixture<BackExercise>(html`<back-exercise exercise=${id} no-timer></back-exercise>`);
      await waitUntil(() => media(el).querySelector('svg[role="img"]'), 'the drawing appears');
      const svg = media(el).querySelector('svg[role="img"]')!;
      expect(svg.getAttribute('aria-label')!.length).to.be.greaterThan(20);
      expect(svg.getBoundingClientRect().height, 'drawn at a visible size').to.be.greaterThan(40);
      const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requested.some((name) => name.includes('/illustrations/')), 'fetched on demand').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('shows no drawing with no-drawings', async () => {
    const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" no-drawings no-timer></back-exercise>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(media(el).querySelector('svg')).to.equal(null);
  });

  it("shows the author's own picture from the media slot instead of the drawing", async () => {
    const el = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" no-timer>
      <img slot="media" alt="A person pulling one knee to the chest" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
    </back-exercise>`);
    const slot = media(el).querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.getAttribute('alt'))).to.deep.equal(['A person pulling one knee to the chest']);
  });

  it('shows a picture or a video given in the data, with its text', async () => {
    const picture = await fixture<BackExercise>(html`<back-exercise
      .data=${{ ...getExercise('knee-to-chest')!, media: { image: 'knee.png', alt: 'Knee pulled to the chest' } }}
      no-timer
    ></back-exercise>`);
    expect(media(picture).querySelector('img')!.getAttribute('alt')).to.equal('Knee pulled to the chest');
    const video = await fixture<BackExercise>(html`<back-exercise
      .data=${{ ...getExercise('knee-to-chest')!, media: { video: 'https://example.org/knee.mp4', caption: 'The stretch, slowly' } }}
      no-timer
    ></back-exercise>`);
    expect(media(video).querySelector('video')).to.not.equal(null);
    expect(media(video).querySelector('figcaption')!.textContent).to.equal('The stretch, slowly');
  });

  for (const [name, value, problem] of [
    ['a script address', { image: 'javascript:alert(1)', alt: 'x' }, 'data.media.image'],
    ['no text alternative', { image: 'knee.png' }, 'data.media.alt'],
    ['markup in the caption', { video: 'knee.mp4', caption: '<b>x</b>' }, 'data.media.caption'],
    ['an unknown shape', { gif: 'knee.gif' }, 'data.media'],
  ] as const) {
    it(`refuses media with ${name}, naming the field`, async () => {
      const el = await fixture<BackExercise>(html`<back-exercise .data=${{ ...getExercise('knee-to-chest')!, media: value }}></back-exercise>`);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(problem);
    });
  }

  it("shows no built-in drawing for an author's own exercise that shares a catalog name", async () => {
    const el = await fixture<BackExercise>(html`<back-exercise hold="20" no-timer>
      <h3>Knee to chest</h3>
      <ol><li>Sit on a chair</li><li>Hug one knee</li></ol>
    </back-exercise>`);
    expect(el.exerciseData!.id).to.equal('knee-to-chest');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(media(el).querySelector('svg')).to.equal(null);
  });
});

describe('<back-exercise> in a grid', () => {
  it('stretches to the height of its row, with the timers of the row on one line', async () => {
    const grid = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; width: 760px">
      <back-exercise exercise="knee-to-chest"></back-exercise>
      <back-exercise exercise="assisted-back-extension"></back-exercise>
    </div>`);
    const [a, b] = [...grid.querySelectorAll('back-exercise')] as BackExercise[];
    await waitUntil(() => a.shadowRoot!.querySelector('svg[role="img"]') && b.shadowRoot!.querySelector('svg[role="img"]'));
    const box = (el: BackExercise, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    expect(Math.abs(box(a, '[part="base"]').height - box(b, '[part="base"]').height), 'equal heights').to.be.below(1);
    expect(Math.abs(box(a, 'hold-timer').bottom - box(b, 'hold-timer').bottom), 'timers end on one line').to.be.below(1);
    expect(Math.abs(box(a, 'hold-timer').top - box(b, 'hold-timer').top), 'timers start on one line').to.be.below(1);
  });
});
