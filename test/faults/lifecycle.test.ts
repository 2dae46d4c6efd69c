import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { BeepPlayer } from '../../src/cues/beeps.js';
import type { BackExercise, CueSound, HoldTimer, RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { guardPage, settle, type PageGuard } from './page-guard.js';
import { countAudioContexts, countWakeLocks } from './platform-fakes.js';

/**
 * Issue 9, defect 4: a running timer (alone, in a card, or in a player) that is
 * removed and put back, or moved to another parent, mid-hold keeps its sounds
 * (beeps booked again on a live audio context), stays running, holds the
 * screen awake again, and finishes on time.
 */

interface Booking {
  sound: CueSound;
  delay: number;
  /** The player had an audio context to book on. */
  audible: boolean;
}

type Running = HoldTimer | RoutinePlayer;

describe('faults: an element removed, re-inserted or moved mid-hold', () => {
  let guard: PageGuard;
  let audio: ReturnType<typeof countAudioContexts>;
  let locks: ReturnType<typeof countWakeLocks>;
  let bookings: Booking[];
  let home: HTMLElement;
  let elsewhere: HTMLElement;
  beforeEach(async () => {
    audio = countAudioContexts();
    locks = countWakeLocks();
    bookings = [];
    const realBook = BeepPlayer.prototype.book;
    sinon.stub(BeepPlayer.prototype, 'book').callsFake(function (this: BeepPlayer, sound: CueSound, delay: number) {
      bookings.push({ sound, delay, audible: this.available });
      realBook.call(this, sound, delay);
    });
    guard = guardPage();
    const page = await fixture<HTMLElement>(html`<div><section id="home"></section><aside id="elsewhere"></aside></div>`);
    home = page.querySelector('#home')!;
    elsewhere = page.querySelector('#elsewhere')!;
  });
  afterEach(async () => {
    fixtureCleanup();
    await settle();
    guard.stop();
    locks.restore();
    audio.restore();
  });
  // Registered after the hooks above, so that the real clock comes back after their tear-down.
  const clock = useFakeTime();

  /** The element that runs the session, the one to click Start on, and what the case moves. */
  interface Subject {
    name: string;
    create(): Promise<{ moved: HTMLElement; timer: Running; start(): void }>;
    /** How far into the session it is moved, in ms: 25 s unless given. */
    movedAt?: number;
    /** Sounds due from that moment up to 30 s ahead, as [sound, ms after it]. */
    dueAfter25s: [CueSound, number][];
  }

  const click = (root: ShadowRoot, label: string) => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
    if (!found) throw new Error(`no button "${label}"`);
    found.click();
  };

  const SUBJECTS: Subject[] = [
    {
      name: '<hold-timer hold="45">',
      async create() {
        const timer = document.createElement('hold-timer');
        timer.setAttribute('hold', '45');
        timer.setAttribute('cues', 'beep');
        home.append(timer);
        await timer.updateComplete;
        return { moved: timer, timer, start: () => click(timer.shadowRoot!, 'Start') };
      },
      // 5 s getting ready, then the 45 s hold: 3-2-1 at 47, 48, 49 s, done at 50 s.
      dueAfter25s: [
        ['count', 22_000],
        ['count', 23_000],
        ['count', 24_000],
        ['done', 25_000],
      ],
    },
    {
      name: '<back-exercise exercise="knee-to-chest"> (its timer inside)',
      async create() {
        const card = document.createElement('back-exercise') as BackExercise;
        card.setAttribute('exercise', 'knee-to-chest');
        home.append(card);
        await card.updateComplete;
        const timer = card.shadowRoot!.querySelector('hold-timer')!;
        timer.cues = 'beep';
        await timer.updateComplete;
        return { moved: card, timer, start: () => click(timer.shadowRoot!, 'Start') };
      },
      // 5 s getting ready, 45 s left side: 3-2-1 at 47, 48, 49 s, switch sides at 50 s.
      dueAfter25s: [
        ['count', 22_000],
        ['count', 23_000],
        ['count', 24_000],
        ['switch', 25_000],
      ],
    },
    {
      name: '<routine-player routine="lower-back-stretches">',
      async create() {
        const player = document.createElement('routine-player');
        player.setAttribute('routine', 'lower-back-stretches');
        player.setAttribute('cues', 'beep');
        home.append(player);
        await player.updateComplete;
        return { moved: player, timer: player, start: () => click(player.shadowRoot!, 'Start') };
      },
      // A routine's first exercise gets 15 s to get ready, then 45 s left side: 3-2-1 at 57, 58, 59 s, switch
      // sides at 60 s. Moved 35 s in, 25 s before the switch as the others are, so they fall within the 30 s booked.
      movedAt: 35_000,
      dueAfter25s: [
        ['count', 22_000],
        ['count', 23_000],
        ['count', 24_000],
        ['switch', 25_000],
      ],
    },
  ];

  const MOVES: [string, (el: HTMLElement) => void][] = [
    ['moved to another parent', (el) => elsewhere.append(el)],
    ['removed and re-inserted at once', (el) => (el.remove(), home.append(el))],
    [
      'removed, then re-inserted 2 s later',
      (el) => {
        el.remove();
        clock.advance(2000);
        home.append(el);
      },
    ],
  ];

  for (const subject of SUBJECTS) {
    for (const [moveName, move] of MOVES) {
      it(`${subject.name} ${moveName}: cues booked again and audible, still running, finishes on time`, async () => {
        const { moved, timer, start } = await subject.create();
        const startedAt = clock.now();
        start();
        const total = timer.plan!.total;
        clock.advance(subject.movedAt ?? 25_000);
        await timer.updateComplete;
        const oscillatorsBefore = audio.counts.oscillatorsOnOpenContext;
        bookings.length = 0;
        const before = clock.now();
        const warned = sinon.stub(console, 'warn');
        move(moved);
        warned.restore();
        expect(warned.getCalls().map((call) => String(call.args[0])), 'a move changes nothing worth a warning').to.deep.equal([]);
        await settle();
        const shift = clock.now() - before;
        expect(timer.status, 'still running after the move').to.equal('running');
        const booked = bookings.map((b) => [b.sound, b.delay]);
        for (const [sound, delay] of subject.dueAfter25s) {
          expect(booked, `the ${sound} due ${delay - shift} ms after putting it back is booked again`).to.deep.include([sound, delay - shift]);
        }
        expect(
          bookings.every((b) => b.audible),
          'booked on a live audio context',
        ).to.equal(true);
        expect(audio.counts.oscillatorsOnOpenContext, 'tones really scheduled').to.be.greaterThan(oscillatorsBefore);
        await settle();
        expect(locks.held(), 'the screen is kept awake again').to.equal(1);

        const completions: number[] = [];
        timer.addEventListener(timer.localName === 'routine-player' ? 'routine-player-complete' : 'hold-timer-complete', () =>
          completions.push(clock.now() - startedAt),
        );
        clock.advance(startedAt + total + 1000 - clock.now());
        await timer.updateComplete;
        expect(completions, 'completes once, on time').to.deep.equal([total]);
        await settle();
        expect(locks.held(), 'the wake lock is let go at the end').to.equal(0);
        expect(guard.caught).to.deep.equal([]);
      });
    }
  }

  for (const subject of SUBJECTS) {
    it(`${subject.name} removed while running and put back after its end: it finishes then, once, and lets go of the screen`, async () => {
      const { moved, timer, start } = await subject.create();
      start();
      const total = timer.plan!.total;
      clock.advance(25_000);
      await timer.updateComplete;
      const completions: Event[] = [];
      timer.addEventListener(timer.localName === 'routine-player' ? 'routine-player-complete' : 'hold-timer-complete', (event) =>
        completions.push(event),
      );
      moved.remove();
      clock.advance(total);
      home.append(moved);
      await settle();
      await timer.updateComplete;
      expect(completions, 'completes once, on being put back').to.have.length(1);
      if (timer.localName === 'routine-player') {
        expect((timer as RoutinePlayer).state, 'the player shows its summary').to.equal('summary');
        expect(timer.shadowRoot!.querySelector('[part="summary"]'), 'the summary is on screen').to.not.equal(null);
      } else {
        expect(timer.status).to.equal('done');
        expect(timer.shadowRoot!.querySelector('[part="phase"]')!.textContent, 'the timer says it is done').to.contain('Done');
      }
      clock.advance(5000);
      await settle();
      expect(locks.held(), 'no wake lock held').to.equal(0);
      expect(guard.caught).to.deep.equal([]);
    });
  }

  it('a timer removed for good lets go of everything: audio context, wake lock, timers', async () => {
    const timer = document.createElement('hold-timer');
    timer.setAttribute('hold', '45');
    home.append(timer);
    await timer.updateComplete;
    click(timer.shadowRoot!, 'Start');
    clock.advance(20_000);
    await settle();
    expect(audio.live()).to.equal(1);
    expect(locks.held()).to.equal(1);
    timer.remove();
    await settle();
    expect(audio.live(), 'audio context closed').to.equal(0);
    expect(locks.held(), 'wake lock released').to.equal(0);
    expect(clock.pendingTimers, 'no timer left booked').to.equal(0);
    expect(guard.caught).to.deep.equal([]);
  });

  it('a composed player put into the page after the library loaded reads its cards without an error on the way', async () => {
    const logged = sinon.stub(console, 'error');
    const player = document.createElement('routine-player') as RoutinePlayer;
    player.setAttribute('cues', 'none');
    for (const id of ['knee-to-chest', 'half-crunch']) {
      const card = document.createElement('back-exercise');
      card.setAttribute('exercise', id);
      player.append(card);
    }
    const errorShown: string[] = [];
    home.append(player);
    const watch = new MutationObserver(() => {
      const error = player.shadowRoot?.querySelector('[part="error"]');
      if (error) errorShown.push(error.textContent!.replace(/\s+/g, ' ').trim());
    });
    if (player.shadowRoot) watch.observe(player.shadowRoot, { childList: true, subtree: true });
    await waitUntil(() => player.routineData, 'the player reads its two cards');
    await player.updateComplete;
    watch.disconnect();
    logged.restore();
    expect(player.routineData!.exercises.map((exercise) => exercise.id)).to.deep.equal(['knee-to-chest', 'half-crunch']);
    expect(player.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(errorShown, 'no error shown on the way').to.deep.equal([]);
    expect(logged.getCalls().map((call) => String(call.args[0])), 'no console.error for valid markup').to.deep.equal([]);
  });
});
