// The timers compared by bench/timing/run.mjs, each driven the same way:
// start(holdMs, count) runs `count` holds back to back, records when each hold
// end is noticed, and shows the remaining time as text on the page.
import '../../src/define.js';
import type { HoldTimer } from '../../src/index.js';

interface Contender {
  /** Starts `count` holds of `holdMs`, back to back. */
  start(holdMs: number, count: number): void;
  /** The remaining seconds the page shows right now. */
  shown(): number;
  stop(): void;
}

interface Run {
  t0: number;
  holdMs: number;
  count: number;
  ends: number[];
}

declare const easytimer: { Timer: new () => EasyTimer };
interface EasyTimer {
  start(config: object): void;
  stop(): void;
  addEventListener(name: string, listener: () => void): void;
  getTotalTimeValues(): { seconds: number };
}

const stage = document.getElementById('stage')!;
const runs: Record<string, Run> = {};

function box(name: string): HTMLElement {
  const element = document.createElement('div');
  element.dataset.name = name;
  stage.append(element);
  return element;
}

function parseShown(text: string): number {
  const [a, b] = text.trim().split(':').map(Number);
  return b === undefined ? a : a * 60 + b;
}

function ours(name: string): Contender {
  const host = box(name);
  let timer: HoldTimer;
  return {
    start(holdMs, count) {
      timer = document.createElement('hold-timer');
      Object.assign(timer, { hold: holdMs / 1000, reps: count, rest: 0, prepare: 0, cues: 'none' });
      host.append(timer);
      timer.addEventListener('hold-timer-phase', (event) => {
        if (event.index > 0) runs[name].ends.push(performance.now());
      });
      timer.addEventListener('hold-timer-complete', () => runs[name].ends.push(performance.now()));
      // Rendered (not started) before t0, as a page would have it.
      void timer.updateComplete.then(() => {
        runs[name] = { t0: performance.now(), holdMs, count, ends: [] };
        timer.start();
      });
    },
    shown() {
      // The time's text, without its visually hidden unit ("45 seconds").
      const time = timer.shadowRoot!.querySelector('[part="time"]')!;
      return parseShown(time.textContent!.trim().split(/\s/)[0]);
    },
    stop() {
      timer.remove();
    },
  };
}

/** The naive countdown: decrement a counter every second with setInterval. */
function naiveInterval(name: string): Contender {
  const host = box(name);
  let handle = 0;
  let left = 0;
  return {
    start(holdMs, count) {
      runs[name] = { t0: performance.now(), holdMs, count, ends: [] };
      let holdsLeft = count;
      let inHold = holdMs / 1000;
      left = (holdMs / 1000) * count;
      host.textContent = String(left);
      handle = window.setInterval(() => {
        left -= 1;
        inHold -= 1;
        host.textContent = String(left);
        if (inHold === 0) {
          runs[name].ends.push(performance.now());
          holdsLeft -= 1;
          inHold = holdMs / 1000;
          if (holdsLeft === 0) clearInterval(handle);
        }
      }, 1000);
    },
    shown: () => parseShown(host.textContent!),
    stop: () => clearInterval(handle),
  };
}

/** A countdown whose SVG ring and text are redrawn on every animation frame. */
function frameRing(name: string): Contender {
  const host = box(name);
  host.innerHTML = `<svg width="160" height="160" viewBox="0 0 100 100"><circle cx="50" cy="50" r="45" fill="none" stroke="#ddd" stroke-width="8"/><circle cx="50" cy="50" r="45" fill="none" stroke="#1f5f8b" stroke-width="8" stroke-dasharray="282.7" transform="rotate(-90 50 50)"/></svg><span></span>`;
  const arc = host.querySelectorAll('circle')[1];
  const label = host.querySelector('span')!;
  let frame = 0;
  return {
    start(holdMs, count) {
      const run = (runs[name] = { t0: performance.now(), holdMs, count, ends: [] as number[] });
      const draw = () => {
        const now = performance.now();
        const elapsed = now - run.t0;
        while (run.ends.length < count && elapsed >= (run.ends.length + 1) * holdMs) run.ends.push(now);
        const inHold = elapsed % holdMs;
        arc.setAttribute('stroke-dashoffset', String((282.7 * inHold) / holdMs));
        label.textContent = String(Math.max(0, Math.ceil((holdMs * count - elapsed) / 1000)));
        if (run.ends.length < count) frame = requestAnimationFrame(draw);
      };
      frame = requestAnimationFrame(draw);
    },
    shown: () => parseShown(label.textContent!),
    stop: () => cancelAnimationFrame(frame),
  };
}

/** easytimer.js counting down, its display updated on each secondsUpdated event. */
function easyTimer(name: string): Contender {
  const host = box(name);
  const timer = new easytimer.Timer();
  return {
    start(holdMs, count) {
      const run = (runs[name] = { t0: performance.now(), holdMs, count, ends: [] as number[] });
      const total = (holdMs / 1000) * count;
      host.textContent = String(total);
      timer.addEventListener('secondsUpdated', () => {
        const left = timer.getTotalTimeValues().seconds;
        host.textContent = String(left);
        if ((total - left) % (holdMs / 1000) === 0 && total - left > 0) run.ends.push(performance.now());
      });
      timer.start({ countdown: true, startValues: { seconds: total } });
    },
    shown: () => parseShown(host.textContent!),
    stop: () => timer.stop(),
  };
}

/** The floor: a bare text update once a second, nothing else. */
function bareText(name: string): Contender {
  const host = box(name);
  let handle = 0;
  return {
    start(holdMs, count) {
      const run = (runs[name] = { t0: performance.now(), holdMs, count, ends: [] as number[] });
      const total = holdMs * count;
      const update = () => {
        const elapsed = performance.now() - run.t0;
        host.textContent = String(Math.ceil((total - elapsed) / 1000));
        if (elapsed < total) handle = window.setTimeout(update, 1000 - (elapsed % 1000));
      };
      update();
    },
    shown: () => parseShown(host.textContent!),
    stop: () => clearTimeout(handle),
  };
}

const factories: Record<string, (name: string) => Contender> = {
  ours,
  'setInterval countdown': naiveInterval,
  'per-frame ring': frameRing,
  'easytimer.js': easyTimer,
  'bare text (floor)': bareText,
};
const live: Record<string, Contender> = {};

Object.assign(window, {
  bench: {
    names: Object.keys(factories),
    start(names: string[], holdMs: number, count: number) {
      for (const name of names) {
        live[name] = factories[name](name);
        live[name].start(holdMs, count);
      }
    },
    /** For each contender: shown seconds and the true remaining seconds, read at the same moment. */
    read(names: string[]) {
      const now = performance.now();
      return Object.fromEntries(
        names.map((name) => {
          const run = runs[name];
          const truth = (run.holdMs * run.count - (now - run.t0)) / 1000;
          return [name, { shown: live[name].shown(), truth }];
        }),
      );
    },
    runs: () => runs,
    stopAll() {
      for (const contender of Object.values(live)) contender.stop();
    },
  },
});
document.body.dataset.ready = 'true';
