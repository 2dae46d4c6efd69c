import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/back-exercise/define.js';
import type { BackExercise } from '../../src/index.js';

const drawing = async (el: BackExercise) => {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="media"] svg[role="img"]'), 'the drawing appears');
  return el.shadowRoot!.querySelector('[part="media"] svg[role="img"]')!;
};

describe('<back-exercise> draws the steps of its level', () => {
  it('shows the assisted back extension with the hands helping for a beginner and lifted off for the advanced', async () => {
    const beginner = await fixture<BackExercise>(html`<back-exercise exercise="assisted-back-extension" no-timer></back-exercise>`);
    expect((await drawing(beginner)).getAttribute('aria-label')).to.contain('palms flat on the floor beside the waist');
    const advanced = await fixture<BackExercise>(html`<back-exercise exercise="assisted-back-extension" level="advanced" no-timer></back-exercise>`);
    const label = (await drawing(advanced)).getAttribute('aria-label')!;
    expect(label).to.contain('arms at the sides');
    expect(label).to.not.contain('palms flat on the floor');
  });

  it('redraws when the level changes', async () => {
    const el = await fixture<BackExercise>(html`<back-exercise exercise="assisted-back-extension" no-timer></back-exercise>`);
    await drawing(el);
    el.level = 'advanced';
    await el.updateComplete;
    expect((await drawing(el)).getAttribute('aria-label')).to.not.contain('palms flat on the floor');
  });
});
