// The clinic's safety advice, end to end (issue 20): the Contributor types advice with "<5", two
// paragraphs and a <br> into the Routine player block's field in the block editor and reads the
// preview; the post goes through review and is published; a visitor finds every paragraph on the
// published page, the same as the preview, with JavaScript off (in the printed HTML, which
// elements.css keeps off screen until the player's stopped view) and on (shown after Stop — this
// hurts). The same advice written inside [routine_player] in post content keeps its paragraphs
// too (the post `adviceMarkup` in posts.mjs).
import { check, newPage, rest, screenshot, until, upgraded } from './harness.mjs';

/* global wp -- the block editor's global, in functions that run in the editor page */

/** What the clinic types into the field: a "<5", a blank line, a <br> and two <p> paragraphs. */
export const TYPED_ADVICE = 'If the pain is <5, rest.\nIf it is 5 or more, stop<br>and call us on 555 0100.\n\n<p>Bring this page</p><p>to your next appointment.</p>';
/** The paragraphs it must give, in the preview and on the page. */
export const ADVICE_LINES = ['If the pain is <5, rest.', 'If it is 5 or more, stop', 'and call us on 555 0100.', 'Bring this page', 'to your next appointment.'];

const same = (found, what) => JSON.stringify(found) === JSON.stringify(ADVICE_LINES) || `${what}: ${JSON.stringify(found)}`;

/** The advice paragraphs of the page's player as printed (JavaScript off). */
const printedAdvice = () => [...document.querySelectorAll('routine-player > [slot="safety-advice"]')].map((p) => p.textContent);

/** Runs the advice checks; `visitor` is the logged-out browser context. */
export async function checkAdvice({ origin, contributorContext, adminPage, visitor, shortcodePostId }) {
  const editor = await newPage(contributorContext);
  await editor.goto(`${origin}/wp-admin/post-new.php`);
  let preview;
  let postId;
  await check('[advice] typed into the block’s field, the advice with <5, two paragraphs and a <br> shows every paragraph in the preview', async () => {
    await until(editor, () => window.wp?.blocks?.getBlockType('back-exercise-elements/routine-player') && window.wp.data?.select('core/block-editor'));
    await editor.evaluate(() => {
      const block = wp.blocks.createBlock('back-exercise-elements/routine-player', { routine: 'lower-back-stretches' });
      wp.data.dispatch('core/block-editor').insertBlocks([block]);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const field = await editor.waitForSelector('.block-editor-block-inspector textarea');
    await field.type(TYPED_ADVICE);
    preview = await until(editor, () => {
      const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
      const player = canvas.querySelector('.wp-block-back-exercise-elements-routine-player routine-player');
      const paragraphs = player ? [...player.querySelectorAll('[slot="safety-advice"]')].map((p) => p.textContent) : [];
      return paragraphs.length >= 5 && paragraphs;
    });
    await screenshot(editor, 'editor-advice');
    const typed = await editor.$eval('.block-editor-block-inspector textarea', (textarea) => textarea.value);
    if (typed !== TYPED_ADVICE) return `the field shows ${JSON.stringify(typed)}`;
    return same(preview, 'preview');
  });
  await check('[advice] submitted for review by the Contributor, the block keeps the whole advice through the HTML filter', async () => {
    await editor.evaluate(() => {
      wp.data.dispatch('core/editor').editPost({ title: 'Advice typed in the editor', status: 'pending' });
      return wp.data.dispatch('core/editor').savePost();
    });
    postId = await editor.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
    const saved = (await rest(adminPage, 'GET', `/wp/v2/posts/${postId}`, { query: { context: 'edit' } })).json;
    if (saved.status !== 'pending') return `status ${saved.status}`;
    const block = saved.content.raw.match(/<!-- wp:back-exercise-elements\/routine-player (\{.*?\}) \/-->/);
    const stored = block ? JSON.parse(block[1]).safetyAdvice : undefined;
    // Saved with &, < and > as entities: what the HTML filter leaves as it is.
    const expected = TYPED_ADVICE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return stored === expected || `saved ${JSON.stringify(stored)}`;
  });
  await check('no console error in the block editor while typing the advice', () => editor.errors.length === 0 || editor.errors.slice(0, 3).join(' | '));
  await editor.close();

  const published = await rest(adminPage, 'POST', `/wp/v2/posts/${postId}`, { body: { status: 'publish' } });
  if (published.json.status !== 'publish') throw new Error('could not publish the advice post');
  const reader = await newPage(visitor, { visitor: true });
  await reader.setJavaScriptEnabled(false);
  await check('[advice] without JavaScript the published page prints every paragraph the preview showed', async () => {
    await reader.goto(`${origin}/?p=${postId}`);
    const printed = await reader.evaluate(printedAdvice);
    // In the page's text, though not on screen: elements.css keeps the advice for the stopped view.
    const text = await reader.evaluate(() => document.body.textContent);
    const missing = ADVICE_LINES.filter((line) => !text.includes(line));
    if (missing.length > 0) return `not in the page's text: ${JSON.stringify(missing)}`;
    const matches = same(printed, 'printed');
    if (matches !== true) return matches;
    return JSON.stringify(printed) === JSON.stringify(preview) || `printed ${JSON.stringify(printed)}, the preview showed ${JSON.stringify(preview)}`;
  });
  await check('[advice] written inside [routine_player] by the Contributor, every paragraph is printed', async () => {
    await reader.goto(`${origin}/?p=${shortcodePostId}`);
    return same(await reader.evaluate(printedAdvice), 'printed');
  });
  await reader.close();

  const player = await newPage(visitor, { visitor: true });
  await check('[advice] with JavaScript, Stop — this hurts shows every paragraph of the published advice', async () => {
    await player.goto(`${origin}/?p=${postId}`);
    await until(player, upgraded, ['routine-player']);
    const start = await player.evaluateHandle(() => document.querySelector('routine-player').shadowRoot.querySelector('button[part~="start"]'));
    await start.click();
    const stop = await until(player, () => Boolean(document.querySelector('routine-player').shadowRoot.querySelector('button[part~="stop"]')));
    if (!stop) return 'no Stop button';
    const stopButton = await player.evaluateHandle(() => document.querySelector('routine-player').shadowRoot.querySelector('button[part~="stop"]'));
    await stopButton.click();
    const shown = await until(player, () => {
      const slot = document.querySelector('routine-player').shadowRoot.querySelector('slot[name="safety-advice"]');
      const assigned = slot?.assignedElements() ?? [];
      return assigned.length > 0 && assigned.filter((p) => p.getClientRects().length > 0).map((p) => p.textContent);
    });
    await screenshot(player, 'advice-after-stop');
    if (player.errors.length > 0) return player.errors.slice(0, 3).join(' | ');
    return same(shown, 'shown after Stop');
  });
  await player.close();
}
