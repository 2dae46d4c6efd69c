import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { EXERCISES, getRoutine, type BackExercise, type HoldTimer, type RoutinePlayer } from '../../src/index.js';
import { registerTranslation, type Translation } from '../../src/i18n/localize.js';
import { voiceFor } from '../../src/cues/voice.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

const TRANSLATIONS: Translation[] = [es, de, fr, ar];

/** Text with every run of white space (French typography's narrow no-break spaces too) as one space. */
const norm = (value: string) => value.replace(/\s+/g, ' ');
const shadowText = (element: Element) => norm(element.shadowRoot!.textContent ?? '');
const base = (element: Element) => element.shadowRoot!.querySelector('[part="base"]')!;
/** A plain message of the translation (not a plural function). */
const text = (translation: Translation, key: string) => {
  const value = translation.messages[key];
  if (typeof value !== 'string') throw new Error(`${translation.lang}: ${key} is not a plain string`);
  return value;
};

/** Waits until the element shows its language (its translation is a lazily loaded chunk). */
async function inLanguage(element: HTMLElement & { updateComplete: Promise<unknown> }, lang: string) {
  await waitUntil(() => element.shadowRoot?.querySelector(`[part="base"][lang="${lang}"]`), `<${element.localName}> speaks ${lang}`);
  await element.updateComplete;
}

describe('five languages', () => {
  useFakeTime({ stubBeepUnlock: true });

  for (const translation of TRANSLATIONS) {
    const { lang } = translation;
    describe(lang, () => {
      it('shows a catalog card in the language: name, steps, cautions, badge and labels from the translation', async () => {
        const card = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" lang=${lang}></back-exercise>`);
        await inLanguage(card, lang);
        const own = translation.catalog.exercises['knee-to-chest'];
        expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal(own.name);
        expect([...card.shadowRoot!.querySelectorAll('[part="step"]')].map((li) => li.textContent!.trim())).to.deep.equal(own.steps);
        const shown = shadowText(card);
        for (const caution of own.cautions) expect(shown).to.contain(norm(caution));
        expect(shown).to.contain(norm(text(translation, 'Stretch')));
        expect(shown).to.contain(norm(text(translation, 'Take care')));
        expect(shown, 'no English left').to.not.contain('Knee to Chest');
        expect(base(card).getAttribute('dir')).to.equal(translation.dir);
        // The drawing is the same drawing, its text alternative in the language.
        await waitUntil(() => card.shadowRoot!.querySelector('svg[role="img"]'), 'the drawing shows');
        expect(card.shadowRoot!.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.not.match(/Starting position/);
      });

      it('shows a timer in the language', async () => {
        const timer = await fixture<HoldTimer>(html`<hold-timer hold="45" lang=${lang}></hold-timer>`);
        await inLanguage(timer, lang);
        expect(timer.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim()).to.equal(text(translation, 'Start'));
        expect(shadowText(timer)).to.contain(norm(text(translation, 'Ready')));
        timer.start();
        await timer.updateComplete;
        expect(shadowText(timer)).to.contain(norm(text(translation, 'Get ready')));
        expect(shadowText(timer)).to.contain(norm(text(translation, 'Pause')));
      });

      it('shows the player in the language: routine and exercise names, Start, and Stop — this hurts while playing', async () => {
        const player = await fixture<RoutinePlayer>(html`<routine-player cues="none" lang=${lang}></routine-player>`);
        await inLanguage(player, lang);
        const shown = shadowText(player);
        expect(shown).to.contain(norm(translation.catalog.routines['lower-back'].name));
        for (const exercise of EXERCISES) expect(shown).to.contain(norm(translation.catalog.exercises[exercise.id].name));
        expect(shown).to.contain(norm(text(translation, 'Start')));
        player.start();
        await player.updateComplete;
        expect(shadowText(player)).to.contain(norm(text(translation, 'Stop — this hurts')));
        // The data the page reads stays as it was: only what is shown is translated.
        expect(player.routineData!.name).to.equal(getRoutine('lower-back')!.name);
      });
    });
  }

  it('takes the language from the nearest ancestor, and follows it when it changes', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="de"><div><back-exercise exercise="half-crunch"></back-exercise></div></section>`);
    const card = page.querySelector('back-exercise') as BackExercise;
    await inLanguage(card, 'de');
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal(de.catalog.exercises['half-crunch'].name);
    page.setAttribute('lang', 'fr-CA');
    await inLanguage(card, 'fr');
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal(fr.catalog.exercises['half-crunch'].name);
    page.setAttribute('lang', 'en');
    await inLanguage(card, 'en');
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Half Crunches');
  });

  it('lets its own lang win over the ancestor’s, and shows two languages on one page at once', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es">
      <hold-timer hold="30"></hold-timer>
      <hold-timer hold="30" lang="ar"></hold-timer>
    </div>`);
    const [spanish, arabic] = [...page.querySelectorAll('hold-timer')] as HoldTimer[];
    await inLanguage(spanish, 'es');
    await inLanguage(arabic, 'ar');
    expect(spanish.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim()).to.equal(text(es, 'Start'));
    expect(arabic.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim()).to.equal(text(ar, 'Start'));
  });

  it('leaves an author’s own text exactly as written', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise lang="es" hold="30">
      <h3>Estiramiento de Ana</h3>
      <ol><li>Túmbate boca arriba, como siempre</li></ol>
    </back-exercise>`);
    await inLanguage(card, 'es');
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Estiramiento de Ana');
    expect(card.shadowRoot!.querySelector('[part="step"]')!.textContent!.trim()).to.equal('Túmbate boca arriba, como siempre');
  });

  it('writes numbers, durations and lists with Intl, in the language', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" lang="es"></back-exercise>`);
    await inLanguage(card, 'es');
    const dose = card.shadowRoot!.querySelector('[part="dose"]')!.textContent!;
    expect(dose).to.contain(new Intl.NumberFormat('es', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(45));
    const targets = card.shadowRoot!.querySelector('[part="targets"]')!.textContent!;
    expect(targets).to.contain(new Intl.ListFormat('es', { type: 'conjunction' }).format(es.catalog.exercises['knee-to-chest'].targets));
  });
});

describe('right to left', () => {
  useFakeTime({ stubBeepUnlock: true });

  it('lays Arabic out right to left, with Previous on the right and ← as the key for Next', async () => {
    const player = await fixture<RoutinePlayer>(html`<routine-player cues="none" lang="ar" style="display: block; width: 600px"></routine-player>`);
    await inLanguage(player, 'ar');
    expect(getComputedStyle(base(player)).direction).to.equal('rtl');
    player.start();
    await player.updateComplete;
    const buttons = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
    const [previous, , next] = buttons;
    expect(previous.textContent!.trim()).to.equal(text(ar, 'Previous'));
    expect(previous.getBoundingClientRect().left, 'Previous sits on the right').to.be.greaterThan(next.getBoundingClientRect().left);
    expect(next.getAttribute('aria-keyshortcuts')).to.equal('ArrowLeft');
    expect(previous.getAttribute('aria-keyshortcuts')).to.equal('ArrowRight');
    const progress = player.shadowRoot!.querySelector('[part="progress"]')!;
    expect(getComputedStyle(progress).direction, 'the progress bar fills from the right').to.equal('rtl');
    const name = () => player.shadowRoot!.querySelector('[part="exercise-name"]')!.textContent!.trim();
    expect(name()).to.equal(ar.catalog.exercises['knee-to-chest'].name);
    buttons[1].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await player.updateComplete;
    expect(name(), '← moves forward in Arabic').to.equal(ar.catalog.exercises['lower-back-twist'].name);
    await sendKeys({ press: 'ArrowRight' });
    await player.updateComplete;
    expect(name(), '→ moves back').to.equal(ar.catalog.exercises['knee-to-chest'].name);
  });

  it('keeps → as the key for Next in a left-to-right language', async () => {
    const player = await fixture<RoutinePlayer>(html`<routine-player cues="none" lang="fr"></routine-player>`);
    await inLanguage(player, 'fr');
    player.start();
    await player.updateComplete;
    const next = player.shadowRoot!.querySelectorAll('[part="controls"] button')[2];
    expect(next.getAttribute('aria-keyshortcuts')).to.equal('ArrowRight');
    expect(getComputedStyle(base(player)).direction).to.equal('ltr');
  });
});

describe('a language the page adds', () => {
  it('shows a page’s own language from one object, English where it says nothing', async () => {
    const card = await fixture<BackExercise>(html`<div lang="it"><back-exercise exercise="knee-to-chest"></back-exercise></div>`);
    const inner = card.querySelector('back-exercise') as BackExercise;
    await inner.updateComplete;
    expect(inner.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim(), 'English until it is added').to.equal('Knee to Chest');
    registerTranslation({
      lang: 'it',
      dir: 'ltr',
      messages: { 'Take care': 'Attenzione' },
      catalog: { exercises: { 'knee-to-chest': { ...EXERCISES[0], name: 'Ginocchio al petto' } }, routines: {} },
    });
    await inLanguage(inner, 'it');
    expect(inner.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Ginocchio al petto');
    expect(shadowText(inner)).to.contain('Attenzione');
    expect(shadowText(inner), 'a message it lacks stays English').to.contain('Stretch');
  });

  it('refuses a translation without a language tag, with a message, and throws nothing', () => {
    const error = sinon.stub(console, 'error');
    try {
      registerTranslation({ lang: 'not a tag', dir: 'ltr', messages: {}, catalog: { exercises: {}, routines: {} } });
      registerTranslation(null as unknown as Translation);
      expect(error.callCount).to.equal(2);
      expect(String(error.firstCall.args[0])).to.contain('registerTranslation');
    } finally {
      error.restore();
    }
  });
});

describe('the voice', () => {
  const voice = (lang: string, isDefault = false) => ({ lang, default: isDefault, localService: true, name: lang, voiceURI: lang }) as SpeechSynthesisVoice;

  it('speaks with a voice of the element’s language, and stays silent where the browser has none', () => {
    const synth = { getVoices: () => [voice('en-US', true), voice('es-ES'), voice('es-MX'), voice('de-DE')] };
    expect(voiceFor(synth, 'es')!.lang).to.equal('es-ES');
    expect(voiceFor(synth, 'de')!.lang).to.equal('de-DE');
    expect(voiceFor(synth, 'ar'), 'no Arabic voice: silent, never English reading Arabic').to.equal(null);
  });

  it('uses the default voice while the browser lists none yet only for the browser’s own language', () => {
    const synth = { getVoices: () => [] };
    const own = navigator.language.split('-')[0];
    expect(voiceFor(synth, own)).to.equal(undefined);
    expect(voiceFor(synth, own === 'ar' ? 'de' : 'ar')).to.equal(null);
  });
});
