// The page around each page's content: title, the site's navigation (built from the pages
// found, so a new markdown file appears without a hand-kept list), the stylesheet, and the
// library where a page has live examples. Works without JavaScript: on a phone the navigation
// follows the content, reached by the Menu link at the top.
import { escapeHTML } from './api-tables.mjs';

/**
 * The sections of the navigation, in order, with the pages they list first; a page in none of
 * these folders (or not in a section's list) still appears: in its folder's section, or under Guides.
 */
const SECTIONS = [
  { folder: '', title: 'Start', order: ['index.md', 'privacy.md'] },
  { folder: 'elements', title: 'Elements', order: ['back-exercise.md', 'hold-timer.md', 'routine-player.md', 'routine-builder.md'] },
  {
    folder: 'guides',
    title: 'Guides',
    order: [
      'loading.md',
      'bloggers.md',
      'clinics.md',
      'wordpress.md',
      'frameworks.md',
      'theming.md',
      'languages.md',
      'accessibility.md',
      'server-rendering.md',
      'data-model.md',
      'editor-support.md',
    ],
  },
  { folder: 'recipes', title: 'Recipes', order: ['cdn.md', 'vite-react.md', 'nextjs.md', 'nuxt.md', 'svelte.md', 'astro.md'] },
  { folder: 'contributing', title: 'Contributing', order: ['index.md', 'testing.md', 'reliability.md', 'benchmarks.md', 'release.md'] },
];

/** `[{ title, pages: [{ path, title }] }]` for the pages found. */
export function navSections(pages) {
  const sections = SECTIONS.map((section) => ({ ...section, pages: [] }));
  const guides = sections.find((s) => s.folder === 'guides');
  for (const page of pages) {
    const parts = page.source.split('/');
    const folder = parts.length === 1 ? '' : parts[0];
    const section = (parts.length <= 2 && sections.find((s) => s.folder === folder)) || guides;
    section.pages.push(page);
  }
  const rank = (section, page) => {
    const index = section.order.indexOf(page.source.split('/').pop());
    return index === -1 || page.source.split('/').length > (section.folder ? 2 : 1) ? section.order.length : index;
  };
  for (const section of sections) {
    section.pages.sort((a, b) => rank(section, a) - rank(section, b) || a.title.localeCompare(b.title));
  }
  const label = (page) => (page.path === 'index.html' ? 'Home' : page.title);
  return sections
    .filter((s) => s.pages.length > 0)
    .map(({ title, pages: list }) => ({ title, pages: list.map((page) => ({ path: page.path, title: label(page) })) }));
}

const navHTML = (nav, current, toRoot) =>
  nav
    .map(
      (section) =>
        `<h2>${escapeHTML(section.title)}</h2>\n<ul>\n${section.pages
          .map(
            (page) =>
              `<li><a href="${toRoot}${page.path}"${page.path === current ? ' aria-current="page"' : ''}>${escapeHTML(page.title)}</a></li>`,
          )
          .join('\n')}\n</ul>`,
    )
    .join('\n');

/** A whole page. `live`: the page has live examples, so it loads the library from the site. */
export function pageShell({ title, body, nav, current, toRoot, live }) {
  const library = live
    ? `\n<link rel="stylesheet" href="${toRoot}lib/elements.css" />\n<script type="module" src="${toRoot}lib/elements/loader.js"></script>`
    : '';
  const fullTitle = current === 'index.html' ? 'back-exercise-elements' : `${title} · back-exercise-elements`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<title>${escapeHTML(fullTitle)}</title>
<link rel="icon" href="${toRoot}favicon.svg" type="image/svg+xml" />
<link rel="stylesheet" href="${toRoot}site.css" />${library}
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="top">
<a class="brand" href="${toRoot}index.html">back-exercise-elements</a>
<a class="menu" href="#nav">Menu</a>
</header>
<div class="layout">
<main id="main">
${body}
</main>
<nav id="nav" aria-label="Documentation">
${navHTML(nav, current, toRoot)}
</nav>
</div>
<footer><p>back-exercise-elements · MIT licence · Not medical advice: see <a href="${toRoot}privacy.html">Privacy and safety</a>.</p></footer>
</body>
</html>
`;
}
