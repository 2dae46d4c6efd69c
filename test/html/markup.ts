import { fixture, html, waitUntil } from '@open-wc/testing';
import type { RoutinePlayer } from '../../src/index.js';

/** The markup parsed as a page would parse it, without running or upgrading anything in it. */
export function parse(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/**
 * A composed player inserted as Lit or a framework inserts a template: imported into the document
 * (which upgrades the cards) before it is connected. Silent cues, and its cards already read.
 */
export async function insertComposed(markup: string): Promise<RoutinePlayer> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.append(document.importNode(parse(markup), true));
  const player = wrapper.querySelector('routine-player')!;
  player.setAttribute('cues', 'none');
  await waitUntil(() => player.routineData, 'the player reads its cards');
  return player;
}
