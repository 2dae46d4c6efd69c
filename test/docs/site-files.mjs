// Helpers for the docs site's tests: build the site into a temporary folder, list its pages,
// and read the links and ids out of a page's HTML.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { buildSite } from '../../scripts/docs/build.mjs';

/** Builds the site into a fresh temporary folder; `remove()` deletes it. */
export async function builtSite(options = {}) {
  const out = await mkdtemp(join(tmpdir(), 'docs-site-'));
  const pages = await buildSite({ out, ...options });
  return { out, pages, remove: () => rm(out, { recursive: true, force: true }) };
}

/** Every .html file under `folder`, as paths relative to it with `/`. */
export async function htmlFiles(folder, base = '') {
  const found = [];
  for (const entry of await readdir(join(folder, base), { withFileTypes: true })) {
    const path = posix.join(base, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(folder, path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

export const readPage = (out, path) => readFile(join(out, path), 'utf8');

/** Addresses a page refers to: links, pictures, stylesheets and scripts. */
export function referencesOf(html) {
  const found = [];
  for (const match of html.matchAll(/<(a|img|link|script)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
    found.push({ tag: match[1], url: match[3].replace(/&amp;/g, '&') });
  }
  return found;
}

/** The ids of a page's elements. */
export const idsOf = (html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** The inner HTML of the API table `name` (attributes, events, …) of an element page, or ''. */
export function apiTable(html, name) {
  const start = html.indexOf(`data-api="${name}"`);
  if (start === -1) return '';
  // Cells carry their column's name for the phone layout (data-label); the tests read the cells alone.
  return html.slice(start, html.indexOf('</table>', start)).replace(/ data-label="[^"]*"/g, '');
}
