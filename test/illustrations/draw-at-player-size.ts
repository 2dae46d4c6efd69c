import { fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { illustrationStyles, renderIllustration, type IllustrationOptions } from '../../src/illustrations/illustrations.js';

/** Draws exercise `exerciseId` in a shadow root 290 px wide (the player's size), with the drawings' styles. */
export async function drawAtPlayerSize(exerciseId: string, options: IllustrationOptions = {}): Promise<SVGSVGElement> {
  const host = await fixture<HTMLElement>(html`<div style="width: 290px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [illustrationStyles.styleSheet!];
  render(renderIllustration(exerciseId, options), root);
  return root.querySelector('svg')!;
}
