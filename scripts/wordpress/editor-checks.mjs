// The block editor as the Contributor uses it: both blocks inserted through wp.data preview as the
// real elements, the sidebar has the block's choices, the post is submitted for review, and the
// console stays clean.
import { check, contains, newPage, rest, screenshot, until } from './harness.mjs';

/* global wp -- the block editor's global, in functions that run in the editor page */

/** Runs the editor checks in the Contributor's browser context. */
export async function checkBlockEditor({ origin, contributorContext, contributorPage, adminPage }) {
  // The editor's welcome guide shows an image from WordPress.org the first time; the Contributor
  // has dismissed it before (the editor keeps that choice in the user's persisted preferences).
  await rest(contributorPage, 'POST', '/wp/v2/users/me', {
    body: { meta: { persisted_preferences: { 'core/edit-post': { welcomeGuide: false }, _modified: new Date().toISOString() } } },
  });
  const editor = await newPage(contributorContext);
  await editor.goto(`${origin}/wp-admin/post-new.php`);
  await check('the block editor lists both blocks, inserted through wp.data they preview as the real elements', async () => {
    await until(editor, () => window.wp?.blocks?.getBlockType('back-exercise-elements/routine-player') && window.wp.data?.select('core/block-editor'));
    await editor.evaluate(() => {
      wp.data.dispatch('core/block-editor').insertBlocks([
        wp.blocks.createBlock('back-exercise-elements/exercise-card', { exercise: 'side-trunk-stretch', level: 'advanced' }),
        wp.blocks.createBlock('back-exercise-elements/routine-player', { routine: 'lower-back-stretches', rate: true, safetyAdvice: 'Call our clinic on 555 0100.' }),
      ]);
    });
    const previews = await until(editor, () => {
      const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
      const card = canvas.querySelector('.wp-block-back-exercise-elements-exercise-card back-exercise');
      const player = canvas.querySelector('.wp-block-back-exercise-elements-routine-player routine-player');
      const ready = (element) => element?.shadowRoot?.childElementCount > 0;
      return ready(card) && ready(player) && { card: card.shadowRoot.textContent, player: player.shadowRoot.textContent, advice: player.querySelector('[slot="safety-advice"]')?.textContent };
    });
    const found = contains(previews.card + previews.player, ['Side Trunk Stretch', 'Lower back stretches', 'Knee to Chest']);
    if (found !== true) return found;
    return previews.advice === 'Call our clinic on 555 0100.' || `advice slot ${JSON.stringify(previews.advice)}`;
  });
  await check("the routine player block's sidebar offers routine, level, cues, remember, rate and safety advice", async () => {
    await editor.evaluate(() => {
      const blocks = wp.data.select('core/block-editor').getBlocks();
      wp.data.dispatch('core/block-editor').selectBlock(blocks.find((block) => block.name === 'back-exercise-elements/routine-player').clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    // textContent: the sidebar's labels are upper-cased by CSS, which innerText would return.
    const text = await until(editor, () => document.querySelector('.block-editor-block-inspector')?.textContent.includes('Safety advice') && document.querySelector('.block-editor-block-inspector').textContent);
    await screenshot(editor, 'editor');
    return contains(text, ['Routine', 'Level', 'Cues', 'Remember progress', 'pain and difficulty ratings', 'Safety advice']);
  });
  await check('the Contributor submits the editor post for review, blocks and attributes saved', async () => {
    await editor.evaluate(() => {
      wp.data.dispatch('core/editor').editPost({ title: 'Made in the editor', status: 'pending' });
      return wp.data.dispatch('core/editor').savePost();
    });
    const id = await editor.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
    const saved = (await rest(adminPage, 'GET', `/wp/v2/posts/${id}`, { query: { context: 'edit' } })).json;
    if (saved.status !== 'pending') return `status ${saved.status}`;
    return contains(saved.content.raw, ['<!-- wp:back-exercise-elements/exercise-card {"exercise":"side-trunk-stretch","level":"advanced"} /-->', '"safetyAdvice":"Call our clinic on 555 0100."']);
  });
  await check('no console error in the block editor', () => editor.errors.length === 0 || editor.errors.slice(0, 3).join(' | '));
}
