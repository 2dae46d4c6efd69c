/**
 * Any duration of an hour or more is shown in hours: `1 h 30 min` (short), `1 hour 30 minutes`
 * (words, for screen readers and the voice) and `1:30:00` (a clock face), in all five languages;
 * and where the elements show totals (the player's start list, the timer's "in all").
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { BeepPlayer } from '../../src/cues/beeps.js';
import type { HoldTimer, RoutinePlayer } from '../../src/index.js';
import { formatClock, formatRemaining, formatSeconds, secondsInWords } from '../../src/i18n/format.js';
import { registerTranslation, withLocale, type Translation } from '../../src/i18n/localize.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';
import { installFakeTime, restoreTime, type FakeTime } from '../helpers/fake-time.js';

const TRANSLATIONS: Translation[] = [es, de, fr, ar];
const norm = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A unit in the language's own long words, as Intl gives it: the oracle for the words. */
const unit = (lang: string, value: number, name: 'hour' | 'minute' | 'second') =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);

describe('durations of an hour or more are shown in hours', () => {
  before(() => TRANSLATIONS.forEach(registerTranslation));

  describe('short form (totals, time left)', () => {
    const cases: [number, string][] = [
      [59, '59 s'],
      [60, '1 min'],
      [3599, '59 min 59 s'],
      [3600, '1 h'],
      [3659, '1 h'],
      [3660, '1 h 1 min'],
      [4241, '1 h 10 min'],
      [5400, '1 h 30 min'],
      [7199, '1 h 59 min'],
      [7200, '2 h'],
      [10_800, '3 h'],
      [5_996_944 * 60, '99949 h 4 min'],
    ];
    for (const [seconds, shown] of cases) {
      it(`${seconds} s → "${shown}"`, () => expect(formatSeconds(seconds)).to.equal(shown));
    }

    it('time left rounds up to the minute, then says hours: 1 h 29 min 1 s left is "1 h 30 min"', () => {
      expect(formatRemaining((3600 + 29 * 60 + 1) * 1000)).to.equal('1 h 30 min');
      expect(formatRemaining(3599_000)).to.equal('1 h');
      expect(formatRemaining(3540_000)).to.equal('59 min');
    });

    const expected: Record<string, [string, string]> = {
      es: ['1 h', '1 h 30 min'],
      de: ['1 h', '1 h 30 min'],
      fr: ['1\u00a0h', '1\u00a0h 30\u00a0min'],
      ar: ['1 س', '1 س 30 د'],
    };
    for (const { lang } of TRANSLATIONS) {
      it(`${lang}: "${expected[lang][1]}", never minutes past 59`, () => {
        expect(withLocale(lang, () => formatSeconds(3600))).to.equal(expected[lang][0]);
        expect(withLocale(lang, () => formatSeconds(5400))).to.equal(expected[lang][1]);
        expect(withLocale(lang, () => formatSeconds(3599))).to.not.contain('59\u00a0h').and.not.contain(' h');
      });
    }
  });

  describe('in words (screen readers, the voice)', () => {
    it('English: "1 hour", "1 hour 30 minutes", "2 hours 1 minute"; under an hour as before', () => {
      expect(secondsInWords(3600)).to.equal('1 hour');
      expect(secondsInWords(5400)).to.equal('1 hour 30 minutes');
      expect(secondsInWords(7260)).to.equal('2 hours 1 minute');
      expect(secondsInWords(3599)).to.equal('59 minutes 59 seconds');
    });

    for (const { lang } of TRANSLATIONS) {
      it(`${lang}: the language's own words for hours and minutes`, () => {
        const words = withLocale(lang, () => secondsInWords(5400));
        expect(words).to.contain(unit(lang, 1, 'hour'));
        expect(words).to.contain(unit(lang, 30, 'minute'));
        expect(withLocale(lang, () => secondsInWords(7200))).to.equal(unit(lang, 2, 'hour'));
      });
    }
  });

  describe('clock face', () => {
    const cases: [number, string][] = [
      [59_000, '59'],
      [3599_000, '59:59'],
      [3599_001, '1:00:00'],
      [3600_000, '1:00:00'],
      [4241_000, '1:10:41'],
      [36_005_000, '10:00:05'],
    ];
    for (const [ms, shown] of cases) {
      it(`${ms} ms → "${shown}"`, () => expect(formatClock(ms)).to.equal(shown));
    }
  });

  describe('in the elements', () => {
    let clock: FakeTime;
    beforeEach(() => {
      clock = installFakeTime();
      sinon.stub(BeepPlayer.prototype, 'unlock');
    });
    afterEach(() => {
      sinon.restore();
      restoreTime();
    });

    /** 1 h 45 min 1 s at every level: long holds on each side, then Half Crunches. */
    const LONG = {
      id: 'long-class',
      name: 'Long class',
      items: [
        { exercise: 'knee-to-chest', dose: { holdSeconds: 600 } },
        { exercise: 'lower-back-twist', dose: { holdSeconds: 600 } },
        { exercise: 'side-trunk-stretch', dose: { holdSeconds: 600 } },
        { exercise: 'knee-to-chest', dose: { holdSeconds: 600, sets: 2 } },
        { exercise: 'half-crunch', dose: { reps: 10 } },
      ],
    };

    it("<routine-player>'s start list says the total in hours", async () => {
      const player = await fixture<RoutinePlayer>(html`<routine-player cues="none" .data=${LONG}></routine-player>`);
      const total = norm(player.shadowRoot!.querySelector('[part="total"]')!.textContent!);
      // Rounded up to the minute, as the time left is once it starts.
      expect(total).to.equal('5 exercises · about 1 h 46 min in all');
      const items = [...player.shadowRoot!.querySelectorAll('.item-dose')].map((item) => norm(item.textContent!));
      // 20 s to get from kneeling onto the back, two sets of 600 s on each side with 5 s to switch, 30 s between sets.
      expect(items[3]).to.match(/· 41 min$/);
      expect(items.join(' ')).to.not.match(/\b([6-9]\d|\d{3,}) min/);
    });

    it('<hold-timer> says "in all" in hours and its clock in hours, in English and Arabic', async () => {
      const timer = await fixture<HoldTimer>(html`<hold-timer hold="3600" sets="2" cues="none"></hold-timer>`);
      // Before start the clock shows one hold, as the dose says; the total is 5 s to get ready, two holds
      // of an hour and 30 s between them: 2 h 0 min 35 s, rounded up to the minute as the time left is.
      expect(norm(timer.shadowRoot!.querySelector('[part="time"]')!.textContent!)).to.equal('1:00:00');
      expect(norm(timer.shadowRoot!.querySelector('[part="total"]')!.textContent!)).to.equal('2 h 1 min in all');
      expect(timer.shadowRoot!.querySelector('[part="time"]')!.getAttribute('aria-label')).to.contain('1 hour');
      const arabic = await fixture<HoldTimer>(html`<hold-timer lang="ar" hold="3600" sets="2" cues="none"></hold-timer>`);
      await waitUntil(() => arabic.shadowRoot!.querySelector('[part="base"][lang="ar"]'), 'Arabic');
      expect(norm(arabic.shadowRoot!.querySelector('[part="total"]')!.textContent!)).to.contain('2 س');
    });

    describe('the clock face stays inside its ring on a 390 px phone', () => {
      // A page's usual sans-serif, whose digits are wider than the test page's default serif.
      before(async () => {
        document.body.style.font = '16px/1.5 system-ui, sans-serif';
        await setViewport({ width: 390, height: 844 });
      });
      after(async () => {
        document.body.style.font = '';
        await setViewport({ width: 800, height: 600 });
      });

      /** Width of the digits as drawn (even where they overflow their box) and of the dial they sit in. */
      function measure(root: ShadowRoot) {
        const time = root.querySelector('[part="time"]')!;
        const range = document.createRange();
        range.selectNodeContents(time);
        return { text: norm(time.textContent!), digits: range.getBoundingClientRect().width, dial: root.querySelector('.dial')!.getBoundingClientRect().width };
      }

      it('<hold-timer>: "1:00:00"', async () => {
        const timer = await fixture<HoldTimer>(html`<hold-timer hold="3600" sets="2" cues="none"></hold-timer>`);
        const { text, digits, dial } = measure(timer.shadowRoot!);
        expect(text).to.equal('1:00:00');
        expect(digits, `${text} in a dial ${dial} px wide`).to.be.below(dial * 0.9);
      });

      it('<routine-player>, in the page and in focus mode: "1:00:00" and "59:59"', async () => {
        const hour = { id: 'hour', name: 'One hour', items: [{ exercise: 'half-crunch', dose: { holdSeconds: 3600, reps: 1, sets: 1 } }] };
        const player = await fixture<RoutinePlayer>(html`<routine-player cues="none" .data=${hour}></routine-player>`);
        player.start();
        clock.advance(15_000); // a routine's first get-ready
        await player.updateComplete;
        for (const [mode, shown] of [
          ['page', '1:00:00'],
          ['focus', '1:00:00'],
          ['focus', '59:59'],
        ] as const) {
          if (mode === 'focus' && !player.shadowRoot!.querySelector('.base.focus')) {
            player.shadowRoot!.querySelector<HTMLButtonElement>('.focus-toggle')!.click();
            await waitUntil(() => player.shadowRoot!.querySelector('.base.focus'), 'focus mode');
          }
          if (shown === '59:59') clock.advance(1000);
          await player.updateComplete;
          const { text, digits, dial } = measure(player.shadowRoot!);
          expect(text).to.equal(shown);
          expect(digits, `${text} in ${mode} mode, in a dial ${dial} px wide`).to.be.below(dial * 0.9);
        }
        player.stopForPain();
      });
    });
  });
});
