import { css, unsafeCSS } from 'lit';

/**
 * The palette of each theme. Every text colour is at least 4.5:1 on its surface,
 * every colour that carries meaning in a ring, bar, badge, border or focus ring at
 * least 3:1 on the surface (and on the track, for what fills the track): checked by
 * test/theme/contrast.test.ts in every state.
 */
const LIGHT = {
  surface: '#ffffff',
  text: '#1b1f23',
  muted: '#5b6670',
  border: '#8a939c',
  accent: '#1f5f8b',
  'accent-contrast': '#ffffff',
  tint: '#f0f4f7',
  track: '#e3e8ec',
  danger: '#b3261e',
  'danger-contrast': '#ffffff',
  'caution-bg': '#fdf1f0',
  'caution-text': '#4a0f0b',
  ready: '#8a4f00',
  rest: '#2f6a31',
  'set-rest': '#16676a',
  switch: '#7b3b9e',
  paused: '#5b6670',
};

const DARK: typeof LIGHT = {
  surface: '#17191c',
  text: '#e6e8eb',
  muted: '#a9b1ba',
  border: '#6b737c',
  accent: '#8cc8ff',
  'accent-contrast': '#0b1b29',
  tint: '#1f2327',
  track: '#2f353b',
  danger: '#ff8a80',
  'danger-contrast': '#2b0a07',
  'caution-bg': '#3a1d1b',
  'caution-text': '#ffd9d5',
  ready: '#f0b35a',
  rest: '#7fd48a',
  'set-rest': '#6fd0cb',
  switch: '#d7a6f5',
  paused: '#aeb6be',
};

/** A rule setting a palette, inside an at-rule when given (`@media print`). */
const palette = (selector: string, colors: typeof LIGHT, scheme: string, atRule = '') => {
  const rule = `${selector}{${Object.entries(colors).map(([name, value]) => `--_t-${name}:${value};`).join('')}color-scheme:${scheme}}`;
  return unsafeCSS(atRule ? `${atRule}{${rule}}` : rule);
};

/**
 * The theme of every element: light, or dark where the visitor's system prefers it
 * (`theme="auto"`, the default), or as the `theme` attribute or property says (a property
 * without the attribute styles through a custom state: the elements write no attribute on their host). Each element then
 * takes its colours from its own custom properties, else the shared tokens a site
 * sets once at `:root` (`--exercise-accent`, `--exercise-surface`, `--exercise-text`,
 * `--exercise-muted`, `--exercise-danger`, `--exercise-radius`, `--exercise-font`),
 * else these. Printed, it is always the light palette: paper is white.
 */
export const themeStyles = css`
  ${palette(':host', LIGHT, 'light')}
  ${palette(":host(:not(:is([theme='light'], :state(light))))", DARK, 'dark', '@media (prefers-color-scheme: dark)')}
  ${palette(":host(:is([theme='dark'], :state(dark)))", DARK, 'dark')}
  ${palette(":host(:not([theme='print']))", LIGHT, 'light', '@media print')}
  :host {
    --_accent-contrast: var(--exercise-accent-contrast, var(--_t-accent-contrast));
    --_muted: var(--exercise-muted, var(--_t-muted));
    --_border: var(--exercise-border, var(--_t-border));
    --_tint: var(--_t-tint);
    --_track: var(--_t-track);
    --_radius: var(--exercise-radius, 0.75rem);
    --_caution-bg: var(--_t-caution-bg);
    --_caution-text: var(--_t-caution-text);
    --_error-color: var(--_danger);
    --_error-background: var(--_caution-bg);
    --_error-text: var(--_caution-text);
  }
  :host(:is([compact], :state(compact))) {
    font-size: 0.9375rem;
  }
`;
