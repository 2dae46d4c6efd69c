// The published pages as a visitor meets them, under the active theme: with JavaScript off (the
// text printed on the server) and on (the elements upgrade; sinon's fake clock, installed before
// the page's own scripts, runs a card's timer to the end in no real time).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { check, contains, newPage, screenshot, until, upgraded } from './harness.mjs';

const sinonSource = await readFile(createRequire(import.meta.url).resolve('sinon/pkg/sinon.js'), 'utf8');

/** The published pages as a visitor reads them with JavaScript off, under the active theme. */
export async function readWithoutJavaScript({ visitor, link }, theme) {
  const page = await newPage(visitor, { visitor: true });
  await page.setJavaScriptEnabled(false);
  await page.goto(link('shortcodes'));
  await screenshot(page, `${theme.split(' ').pop()}-shortcodes-no-javascript`);
  await check(`[${theme}] without JavaScript the shortcodes' names, doses, steps and cautions are in the page`, async () => {
    const text = await page.evaluate(() => document.body.innerText);
    const structure = await page.evaluate(() => ({
      cardHeading: document.querySelector('back-exercise[exercise="knee-to-chest"] > h3')?.textContent,
      sections: document.querySelectorAll('routine-player[routine="lower-back"] > section').length,
      timer: document.querySelector('hold-timer[hold="45"][each-side] > p')?.textContent,
    }));
    if (structure.cardHeading !== 'Knee to Chest' || structure.sections !== 6 || structure.timer !== 'Hold 45 seconds on each side') {
      return `markup inside the elements is not as printed: ${JSON.stringify(structure)}`;
    }
    return contains(text, [
      'Knee to Chest',
      'Hold 30 seconds on each side',
      'Pull knee gently as far towards chest as possible',
      'If you experience back pain, stop!',
      'Lower back: stretch and strengthen',
      'Assisted Back Extension',
      'Hold 45 seconds on each side',
    ]);
  });
  await page.goto(link('blocks'));
  await screenshot(page, `${theme.split(' ').pop()}-blocks-no-javascript`);
  await check(`[${theme}] without JavaScript the blocks' names, doses, steps and cautions are in the page`, async () => {
    const html = await page.content();
    const text = await page.evaluate(() => document.body.innerText);
    const found = contains(text, ['Half Crunch', '3 sets of 15, hold each for 2 seconds', 'Trunk strength', 'Push-up Back Extension']);
    if (found !== true) return found;
    return contains(html, ['<p slot="safety-advice">Call our clinic on 555 0100.</p>', 'remember', 'rate']);
  });
  await page.goto(link('advice'));
  await check(`[${theme}] the text inside [routine_player] becomes the player's safety advice, a paragraph per line`, async () => {
    const advice = await page.evaluate(() => [...document.querySelectorAll('routine-player > [slot="safety-advice"]')].map((p) => p.outerHTML));
    const expected = ['<p slot="safety-advice">Stop and rest.</p>', '<p slot="safety-advice">If it still hurts tomorrow, call us on 555 0100.</p>'];
    return JSON.stringify(advice) === JSON.stringify(expected) || `advice ${JSON.stringify(advice)}`;
  });
  await page.goto(link('badValues'));
  await screenshot(page, `${theme.split(' ').pop()}-bad-values`);
  await check(`[${theme}] bad shortcode values show a plain error naming each attribute`, async () => {
    const text = await page.evaluate(() => document.body.innerText);
    const elements = await page.evaluate(() => document.querySelectorAll('back-exercise, hold-timer, routine-player').length);
    if (elements !== 0) return `${elements} elements were printed for bad values`;
    const problems = await page.evaluate(() => [...document.querySelectorAll('.back-exercise-elements-error li')].map((item) => item.textContent));
    const unnamed = problems.filter((problem) => !/^[a-z-]+: /.test(problem));
    if (problems.length !== 7 || unnamed.length > 0) return `${problems.length} problems listed; not naming an attribute: ${JSON.stringify(unnamed)}`;
    return contains(text, [
      'This exercise cannot be shown because its data has problems:',
      'exercise: is not a known exercise, got "burpee"',
      'hold: must be a whole number from 1 to 3600, got "abc"',
      'This timer cannot start because of its attributes:',
      'hold: must be a whole number from 1 to 3600, got "0"',
      'This routine cannot be played because its data has problems:',
      'level: must be one of beginner, intermediate, advanced, got "expert"',
      'remember: is an on/off attribute: write it alone, without a value, got "yes"',
      'exercise: is required: one of knee-to-chest, lower-back-twist',
      'hlod: is not a known attribute; known attributes are',
    ]);
  });
  await page.close();
}

/**
 * The published pages with JavaScript and a fake clock; `full` adds the blocks, hand-written and
 * smuggled posts, and which pages load the script.
 */
export async function runWithJavaScript({ visitor, link }, theme, full) {
  const page = await newPage(visitor, { visitor: true });
  await page.evaluateOnNewDocument(sinonSource);
  await page.evaluateOnNewDocument(() => {
    // Time moves only when the test ticks it: a 70 s exercise takes no real time.
    window.fakeClock = window.sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
    });
  });
  await page.goto(link('shortcodes'));
  await check(`[${theme}] the shortcodes' elements upgrade`, async () => {
    await until(page, upgraded, ['back-exercise', 'routine-player', 'hold-timer']);
    const names = await page.evaluate(() => ({
      card: document.querySelector('back-exercise').shadowRoot.textContent,
      player: document.querySelector('routine-player').shadowRoot.textContent,
    }));
    await screenshot(page, `${theme.split(' ').pop()}-shortcodes`);
    return contains(names.card + names.player, ['Knee to Chest', 'Hold 30 seconds on each side', 'Side Trunk Stretch', 'Half Crunch']);
  });
  await check(`[${theme}] a card's timer runs its 70 s (30 s each side) on a fake clock and completes`, async () => {
    const button = await until(page, () => {
      const timer = document.querySelector('back-exercise[exercise="knee-to-chest"]').shadowRoot.querySelector('hold-timer');
      return timer?.shadowRoot?.querySelector('button[part="button"]') ? true : false;
    });
    if (!button) return 'no start button';
    await page.evaluate(() => {
      window.completed = 0;
      document.querySelector('back-exercise[exercise="knee-to-chest"]').addEventListener('hold-timer-complete', () => window.completed++);
    });
    const start = await page.evaluateHandle(() =>
      document.querySelector('back-exercise[exercise="knee-to-chest"]').shadowRoot.querySelector('hold-timer').shadowRoot.querySelector('button[part="button"]'),
    );
    await start.click();
    const timerStatus = () => document.querySelector('back-exercise[exercise="knee-to-chest"]').shadowRoot.querySelector('hold-timer').status;
    const running = await page.evaluate(timerStatus);
    await page.evaluate(() => window.fakeClock.tickAsync(69_000));
    const before = await page.evaluate(() => ({ completed: window.completed }));
    const statusBefore = await page.evaluate(timerStatus);
    await page.evaluate(() => window.fakeClock.tickAsync(2_000));
    const statusAfter = await page.evaluate(timerStatus);
    const completed = await page.evaluate(() => window.completed);
    return (
      (running === 'running' && statusBefore === 'running' && before.completed === 0 && statusAfter === 'done' && completed === 1) ||
      `status ${running} at start, ${statusBefore} at 69 s, ${statusAfter} at 71 s; ${completed} complete events`
    );
  });
  if (full) {
    await page.goto(link('blocks'));
    await check(`[${theme}] the blocks' elements upgrade, with the clinic's advice in the player's slot`, async () => {
      await until(page, upgraded, ['back-exercise', 'routine-player']);
      return page.evaluate(() => {
        const player = document.querySelector('.wp-block-back-exercise-elements-routine-player routine-player');
        const card = document.querySelector('.wp-block-back-exercise-elements-exercise-card back-exercise');
        const advice = [...player.querySelectorAll('[slot="safety-advice"]')].map((p) => p.textContent);
        return (
          (card.shadowRoot.textContent.includes('Half Crunch') && player.rate && player.remember && advice.join(' ') === 'Stop and rest. Call our clinic on 555 0100.') ||
          `card ${card.shadowRoot.textContent.slice(0, 60)}, rate ${player.rate}, remember ${player.remember}, advice ${JSON.stringify(advice)}`
        );
      });
    });
    await page.goto(link('handWritten'));
    await check(`[${theme}] a Contributor's hand-written elements upgrade and read their own content`, async () => {
      await until(page, upgraded, ['back-exercise', 'hold-timer', 'routine-player']);
      const text = await page.evaluate(() => document.querySelector('back-exercise').shadowRoot.textContent);
      return contains(text, ['Lying hamstring stretch', 'Loop a towel around one foot and raise the leg', 'If you experience back pain, stop!']);
    });
    await page.goto(link('smuggled'));
    await check(`[${theme}] the smuggled scripts do not run on the published page`, async () => {
      await until(page, upgraded, ['back-exercise', 'hold-timer']);
      await page.evaluate(() => document.querySelector('back-exercise').click());
      return page.evaluate(() => window.smuggled === undefined || `window.smuggled is ${window.smuggled}`);
    });
    await page.goto(link('plain'));
    await check(`[${theme}] a post without elements loads neither the script nor the stylesheet`, async () => {
      const html = await page.content();
      const withElements = await (await fetch(link('shortcodes'))).text();
      if (!withElements.includes('back-exercise-elements.bundle.js') || !withElements.includes('assets/elements.css')) return 'a post with elements lacks the script or stylesheet';
      return !html.includes('back-exercise-elements.bundle.js') && !html.includes('assets/elements.css') ? true : 'the plain post loads them';
    });
    await check(`[${theme}] the bundle is a module script (WordPress before 6.5 has no script modules)`, async () => {
      const withElements = await (await fetch(link('shortcodes'))).text();
      return /<script[^>]+type="module"[^>]+back-exercise-elements\.bundle\.js/.test(withElements) || 'no <script type="module"> for the bundle';
    });
  }
  await check(`[${theme}] no page error or console error on the published pages`, () => page.errors.length === 0 || page.errors.slice(0, 3).join(' | '));
  await page.close();
}
