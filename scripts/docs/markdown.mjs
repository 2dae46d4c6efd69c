// One markdown page to HTML (marked), with what the site adds: ids on headings, links between
// pages rewritten from .md to .html, links to other files of the repository sent to the repository,
// pictures copied beside the pages, tables that scroll on a phone, and live examples: a fence
// ```html live``` is shown as code and inserted into the page, where the library loaded from the
// site itself defines it. A fence may name its file (```tsx file=app/page.tsx```), shown above it.
import { Marked } from 'marked';
import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { escapeHTML } from './api-tables.mjs';

export const REPOSITORY = 'https://github.com/back-exercise-elements/back-exercise-elements';

/** The id a heading gets: its text in lowercase, words joined by hyphens. */
export const slug = (text) =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');

const IMAGE = /\.(png|jpe?g|svg|gif|webp)$/i;

/** `info` of a fence: its language, then `file=…` and `live`. */
export function fenceInfo(info = '') {
  const [lang = '', ...rest] = info.trim().split(/\s+/);
  const file = rest.find((word) => word.startsWith('file='))?.slice(5);
  return { lang, file, live: rest.includes('live') };
}

/**
 * Renders `markdown` from `source` (its path in the repository). `toRoot` leads from the page to the
 * site's root; `onAsset(repoPath)` is told of each picture to copy. Returns `{ html, live }`.
 */
export function renderMarkdown(markdown, { source, root, toRoot, knownPages, onAsset }) {
  const folder = posix.dirname(source);
  const ids = new Map();
  let live = false;

  const target = (href) => {
    if (/^([a-z]+:|#|\/\/)/i.test(href)) return { href };
    const [path, fragment] = href.split('#');
    const repoPath = posix.normalize(posix.join(folder, path));
    const hash = fragment === undefined ? '' : `#${fragment}`;
    if (repoPath.startsWith('docs/site/')) {
      const page = repoPath.slice('docs/site/'.length);
      return { href: `${path.replace(/\.md$/, '.html')}${hash}`, page, known: knownPages.has(page) };
    }
    const onDisk = join(root, repoPath);
    if (IMAGE.test(repoPath) && existsSync(onDisk)) {
      onAsset(repoPath);
      return { href: `${toRoot}assets/${repoPath}` };
    }
    const kind = existsSync(onDisk) && statSync(onDisk).isDirectory() ? 'tree' : 'blob';
    return { href: `${REPOSITORY}/${kind}/main/${repoPath}${hash}` };
  };

  const marked = new Marked({
    async: false,
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        const base = slug(text) || `section-${depth}`;
        const count = ids.get(base) ?? 0;
        ids.set(base, count + 1);
        const id = count ? `${base}-${count}` : base;
        return `<h${depth} id="${id}">${text}</h${depth}>\n`;
      },
      code({ text, lang }) {
        const info = fenceInfo(lang);
        const caption = info.file ? `<p class="file">${escapeHTML(info.file)}</p>` : '';
        const block = `<pre><code${info.lang ? ` class="language-${escapeHTML(info.lang)}"` : ''}>${escapeHTML(text)}</code></pre>`;
        if (info.live && info.lang === 'html') {
          live = true;
          return `<figure class="example">\n<div class="example-live">\n${text}\n</div>\n<figcaption>Source</figcaption>\n${block}\n</figure>\n`;
        }
        return `<div class="code">${caption}${block}</div>\n`;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        const { href: rewritten } = target(href);
        return `<a href="${escapeHTML(rewritten)}"${title ? ` title="${escapeHTML(title)}"` : ''}>${text}</a>`;
      },
      image({ href, title, text }) {
        const { href: rewritten } = target(href);
        return `<img src="${escapeHTML(rewritten)}" alt="${escapeHTML(text)}"${title ? ` title="${escapeHTML(title)}"` : ''} loading="lazy" />`;
      },
    },
  });
  const html = marked
    .parse(markdown)
    .replace(/<table>/g, '<div class="table"><table>')
    .replace(/<\/table>/g, '</table></div>');
  return { html, live };
}
