import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/routine-player/define.js';
import { registerTranslation } from '../../src/i18n/localize.js';
import type { RoutinePlayer } from '../../src/index.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';
import es from '../../src/i18n/locales/es.js';

const requested = () => performance.getEntriesByType('resource').map((entry) => entry.name);
const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

// Its own page, which loads the builder only halfway through: the builder's messages are its own
// chunks, so a patient's page in another language never downloads them.
describe("the builder's own messages", () => {
  it('are not loaded by a Spanish page without the builder', async () => {
    const player = await fixture<RoutinePlayer>(html`<routine-player lang="es" cues="none"></routine-player>`);
    await waitUntil(() => text(player).includes('Empezar'), 'the player in Spanish');
    expect(requested().some((name) => name.includes('/i18n/locales/es'))).to.equal(true);
    expect(requested().filter((name) => name.includes('/routine-builder/'))).to.deep.equal([]);
  });

  it('are loaded when the builder arrives after Spanish was loaded, and the shared ones stay', async () => {
    await import('../../src/routine-builder/define.js');
    const page = await fixture<HTMLElement>(html`<div lang="es">
      <routine-builder></routine-builder>
      <routine-player cues="none"></routine-player>
    </div>`);
    const [builder, player] = [...page.children] as [RoutineBuilder, RoutinePlayer];
    await waitUntil(() => text(builder).includes('Añadir ejercicios'), "the builder's own message in Spanish");
    expect(requested().some((name) => name.includes('/routine-builder/locales/es'))).to.equal(true);
    expect(text(player)).to.contain('Empezar');
  });

  it("fill in what a page's own wording leaves out, and the page's wording wins", async () => {
    registerTranslation({ ...es, messages: { ...es.messages, 'Add exercises': 'Elige los ejercicios' } });
    const builder = await fixture<RoutineBuilder>(html`<routine-builder lang="es"></routine-builder>`);
    await waitUntil(() => text(builder).includes('Elige los ejercicios'), "the page's wording");
    await waitUntil(() => text(builder).includes('Nombre de la rutina'), "the builder's own message beside it");
  });
});
