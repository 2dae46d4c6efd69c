import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HoldTimer, RoutinePlayer, Segment } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { guardPage, settle, type PageGuard } from './page-guard.js';
import { replaceProperty } from './platform-fakes.js';

/**
 * Issue 9: the timer runs on, with the right phases at the right times, when
 * Web Audio, speech, vibration or the wake lock is missing, throws or rejects,
 * and nothing of it reaches the page.
 */

const phaseName = (segment: Segment) => (segment.side ? `${segment.kind} ${segment.side}` : segment.kind);
const text = (root: ShadowRoot, selector: string) => (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

function rejecting(name: string) {
  return () => Promise.reject(new DOMException(`${name} refused`, 'NotAllowedError'));
}
function throwing(name: string) {
  return () => {
    throw new DOMException(`${name} failed`, 'NotSupportedError');
  };
}

/** A platform fault: installs itself and returns how to undo it. */
interface Fault {
  name: string;
  install(): () => void;
  /** The timer should say that the screen may turn off while running. */
  expectWakeLockNotice?: boolean;
}

function audioContextWith(overrides: (Base: typeof AudioContext) => typeof AudioContext): () => void {
  return replaceProperty(window, 'AudioContext', { writable: true, value: overrides(window.AudioContext) });
}

const FAULTS: Fault[] = [
  { name: 'AudioContext missing', install: () => replaceProperty(window, 'AudioContext', 'missing') },
  {
    name: 'new AudioContext() throwing',
    install: () =>
      audioContextWith(
        () =>
          class {
            constructor() {
              throw new DOMException('no audio device', 'NotSupportedError');
            }
          } as unknown as typeof AudioContext,
      ),
  },
  {
    name: 'AudioContext suspended, resume() rejecting',
    install: () =>
      audioContextWith(
        (Base) =>
          class extends Base {
            constructor() {
              super();
              Object.defineProperty(this, 'state', { get: () => 'suspended' });
            }
            override resume = rejecting('resume');
          },
      ),
  },
  {
    name: 'AudioContext.createOscillator() throwing',
    install: () =>
      audioContextWith(
        (Base) =>
          class extends Base {
            override createOscillator = throwing('createOscillator') as () => OscillatorNode;
          },
      ),
  },
  {
    name: 'AudioContext without close()',
    install: () =>
      audioContextWith(
        (Base) =>
          class extends Base {
            override close = undefined as unknown as () => Promise<void>;
          },
      ),
  },
  {
    name: 'AudioContext.close() rejecting',
    install: () =>
      audioContextWith(
        (Base) =>
          class extends Base {
            override close = rejecting('close');
          },
      ),
  },
  { name: 'speechSynthesis missing', install: () => replaceProperty(window, 'speechSynthesis', 'missing') },
  { name: 'SpeechSynthesisUtterance missing', install: () => replaceProperty(window, 'SpeechSynthesisUtterance', 'missing') },
  {
    name: 'speechSynthesis.speak() and cancel() throwing',
    install: () =>
      replaceProperty(window, 'speechSynthesis', {
        value: { speak: throwing('speak'), cancel: throwing('cancel'), getVoices: () => [] },
      }),
  },
  {
    name: 'reading speechSynthesis throwing',
    install: () => replaceProperty(window, 'speechSynthesis', { get: throwing('speechSynthesis') }),
  },
  { name: 'navigator.vibrate missing', install: () => replaceProperty(navigator, 'vibrate', 'missing') },
  { name: 'navigator.vibrate throwing', install: () => replaceProperty(navigator, 'vibrate', { value: throwing('vibrate') }) },
  { name: 'navigator.wakeLock missing', install: () => replaceProperty(navigator, 'wakeLock', 'missing'), expectWakeLockNotice: true },
  {
    name: 'wakeLock.request() throwing synchronously',
    install: () => replaceProperty(navigator, 'wakeLock', { value: { request: throwing('request') } }),
    expectWakeLockNotice: true,
  },
  {
    name: 'wakeLock.request() rejecting',
    install: () => replaceProperty(navigator, 'wakeLock', { value: { request: rejecting('request') } }),
    expectWakeLockNotice: true,
  },
  {
    name: 'wakeLock.request() never settling',
    install: () => replaceProperty(navigator, 'wakeLock', { value: { request: () => new Promise(() => undefined) } }),
  },
  {
    name: 'wake lock sentinel whose release() rejects',
    install: () => {
      const sentinel = Object.assign(new EventTarget(), { type: 'screen', released: false, release: rejecting('release') });
      return replaceProperty(navigator, 'wakeLock', { value: { request: () => Promise.resolve(sentinel) } });
    },
  },
  {
    name: 'wake lock sentinel whose release() throws synchronously',
    install: () => {
      const sentinel = Object.assign(new EventTarget(), { type: 'screen', released: false, release: throwing('release') });
      return replaceProperty(navigator, 'wakeLock', { value: { request: () => Promise.resolve(sentinel) } });
    },
  },
  {
    name: 'reading navigator.wakeLock throwing',
    install: () => replaceProperty(navigator, 'wakeLock', { get: throwing('wakeLock') }),
    expectWakeLockNotice: true,
  },
];

describe('faults: platform APIs missing, throwing or rejecting', () => {
  const clock = useFakeTime();
  let guard: PageGuard;
  let undo: (() => void) | undefined;
  beforeEach(() => {
    guard = guardPage();
  });
  afterEach(() => {
    undo?.();
    undo = undefined;
    guard.stop();
  });

  for (const fault of FAULTS) {
    it(`<hold-timer> runs to the end with the right phases, and nothing reaches the page: ${fault.name}`, async () => {
      undo = fault.install();
      const el = await fixture<HoldTimer>(html`<hold-timer hold="5" each-side cues="beep voice vibrate" label="Fault case"></hold-timer>`);
      const seen: string[] = [];
      let startedAt = 0;
      el.addEventListener('hold-timer-phase', (e) => seen.push(`${phaseName(e.segment)} @${clock.now() - startedAt}${e.late ? ' late' : ''}`));
      el.addEventListener('hold-timer-complete', (e) => seen.push(`complete @${clock.now() - startedAt}${e.late ? ' late' : ''}`));
      startedAt = clock.now();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      await el.updateComplete;
      await settle();
      if (fault.expectWakeLockNotice) {
        await el.updateComplete;
        expect(text(el.shadowRoot!, '[part="notice"]'), 'the person is told the screen may turn off').to.contain('screen may turn off');
      }
      for (let second = 0; second < 20; second++) {
        clock.advance(1000);
        await el.updateComplete;
      }
      expect(seen).to.deep.equal(['prepare left @0', 'hold left @5000', 'switch-sides right @10000', 'hold right @15000', 'complete @20000']);
      expect(el.status).to.equal('done');
      expect(text(el.shadowRoot!, '[part="phase"]')).to.equal('Done');
      el.remove();
      await settle();
      expect(guard.caught, 'nothing thrown to the page').to.deep.equal([]);
    });
  }

  it('<routine-player> plays a routine to the end with every cue API broken at once', async () => {
    const undoAll = [
      replaceProperty(window, 'AudioContext', { writable: true, value: throwing('AudioContext') }),
      replaceProperty(window, 'speechSynthesis', { get: throwing('speechSynthesis') }),
      replaceProperty(navigator, 'vibrate', { value: throwing('vibrate') }),
      replaceProperty(navigator, 'wakeLock', { value: { request: rejecting('request') } }),
    ];
    undo = () => undoAll.reverse().forEach((restore) => restore());
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="beep voice vibrate"></routine-player>`);
    const steps: number[] = [];
    const completes: number[] = [];
    el.addEventListener('routine-player-step', (e) => steps.push(e.exerciseIndex));
    el.addEventListener('routine-player-complete', () => completes.push(clock.now()));
    const startedAt = clock.now();
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start')!.click();
    const total = el.plan!.total;
    for (let at = 0; at < total; at += 1000) {
      clock.advance(Math.min(1000, total - at));
      await el.updateComplete;
    }
    expect(steps).to.deep.equal([0, 1, 2]);
    expect(completes).to.deep.equal([startedAt + total]);
    expect(el.state).to.equal('summary');
    el.remove();
    await settle();
    expect(guard.caught, 'nothing thrown to the page').to.deep.equal([]);
  });
});
