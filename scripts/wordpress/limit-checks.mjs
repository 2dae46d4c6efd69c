// The shortcodes refuse what the elements refuse and accept what they accept (issue 20), on a
// published page: a dose of years is an error naming its attributes instead of a timer; a label
// with a direction override is an error; a 100-character Arabic label (200 bytes) is printed, and
// the element accepts it once the script runs. The post is `limits` in posts.mjs.
import { check, contains, newPage, until, upgraded } from './harness.mjs';
import { ARABIC_LABEL } from './posts.mjs';

/** Runs the checks on the published post `id`; `visitor` is the logged-out browser context. */
export async function checkLimits({ origin, visitor, id }) {
  const page = await newPage(visitor, { visitor: true });
  await page.setJavaScriptEnabled(false);
  await page.goto(`${origin}/?p=${id}`);
  await check('[limits] a timer of 50 sets of 500 an hour each, and a card whose attributes add up past 3 hours, are errors naming the attributes', async () => {
    const problems = await page.evaluate(() => [...document.querySelectorAll('.back-exercise-elements-error li')].map((item) => item.textContent));
    return contains(problems.join('\n'), [
      'hold, reps, sets, rest, each-side: adds up to more than 3 hours; lower the hold, repetitions or sets',
      'hold, sets: adds up to more than 3 hours; lower the hold, repetitions or sets',
    ]);
  });
  await check('[limits] a label with a direction override is an error, shown escaped', async () => {
    const problems = await page.evaluate(() => [...document.querySelectorAll('.back-exercise-elements-error li')].map((item) => item.textContent));
    const label = problems.find((problem) => problem.startsWith('label: '));
    if (!label) return `no label problem in ${JSON.stringify(problems)}`;
    return /^label: must not contain bidirectional override/.test(label) || label;
  });
  await check('[limits] a 100-character Arabic label (200 bytes) and a dose of exactly 3 hours are printed as a timer', async () => {
    const timers = await page.evaluate(() => [...document.querySelectorAll('hold-timer')].map((timer) => timer.getAttribute('label')));
    return (timers.length === 1 && timers[0] === ARABIC_LABEL) || `timers printed: ${JSON.stringify(timers)}`;
  });
  await page.setJavaScriptEnabled(true);
  await page.goto(`${origin}/?p=${id}`);
  await check('[limits] with JavaScript the printed timer upgrades without an error: the element accepts what PHP accepted', async () => {
    await until(page, upgraded, ['hold-timer']);
    const error = await page.evaluate(() => document.querySelector('hold-timer').shadowRoot.querySelector('[part~="error"]')?.textContent ?? null);
    if (error !== null) return `the element says ${error.replace(/\s+/g, ' ').trim()}`;
    return page.errors.length === 0 || page.errors.slice(0, 3).join(' | ');
  });
  await page.close();
}
