// npm run docs: turns every markdown page under docs/site/ into a static HTML page under dist-docs/,
// with a page per element of custom-elements.json (its prose from docs/site/elements/<tag>.md when
// there is one, its API tables generated from the manifest), and a copy of the built library in
// dist-docs/lib/ for the live examples. No page requests anything from another origin.
//
//   node scripts/docs/build.mjs [--out folder]     (after npm run build: the live examples load dist/)
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiTables, elementsOf } from './api-tables.mjs';
import { renderMarkdown } from './markdown.mjs';
import { navSections, pageShell } from './template.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function markdownFiles(folder, base = '') {
  const found = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = posix.join(base, entry.name);
    if (entry.isDirectory()) found.push(...(await markdownFiles(join(folder, entry.name), path)));
    else if (entry.name.endsWith('.md')) found.push(path);
  }
  return found.sort();
}

const titleOf = (markdown, fallback) => /^#\s+(.+)$/m.exec(markdown)?.[1].replace(/`/g, '').trim() ?? fallback;
const htmlPathOf = (sourcePath) => sourcePath.replace(/\.md$/, '.html');

/**
 * Builds the site into `out` (default dist-docs/) from the markdown under `sources` and the
 * elements of the manifest at `manifestPath`. Returns the pages written:
 * `{ path, title, source, tagName }[]`, `path` relative to `out`.
 */
export async function buildSite({
  out = join(root, 'dist-docs'),
  library = join(root, 'dist'),
  sources = join(root, 'docs/site'),
  manifestPath = join(root, 'custom-elements.json'),
} = {}) {
  if (!existsSync(join(library, 'elements/loader.js'))) {
    throw new Error(`The live examples load the built library, and ${relative(root, library)}/elements/loader.js is missing: run npm run build first.`);
  }
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const elements = elementsOf(manifest);

  // Every page: the markdown files, and an element page for each tag of the manifest.
  const pages = [];
  for (const source of await markdownFiles(sources)) {
    const markdown = await readFile(join(sources, source), 'utf8');
    pages.push({ source, path: htmlPathOf(source), markdown, title: titleOf(markdown, source) });
  }
  for (const element of elements) {
    const source = `elements/${element.tagName}.md`;
    const page = pages.find((p) => p.source === source);
    if (page) page.element = element;
    else {
      const { summary = '', description = '' } = element.declaration;
      const markdown = `# \`<${element.tagName}>\`\n\n${summary}\n\n${description}\n`;
      pages.push({ source, path: htmlPathOf(source), markdown, title: `<${element.tagName}>`, element });
    }
  }
  const known = new Set(pages.map((p) => p.source));

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const nav = navSections(pages);
  const assets = new Set();
  for (const page of pages) {
    const depth = page.path.split('/').length - 1;
    const toRoot = depth === 0 ? './' : '../'.repeat(depth);
    const rendered = renderMarkdown(page.markdown, {
      source: `docs/site/${page.source}`,
      root,
      toRoot,
      knownPages: known,
      onAsset: (repoPath) => assets.add(repoPath),
    });
    let body = rendered.html;
    if (page.element) {
      const api = apiTables(manifest, page.element);
      body = body.includes('<!-- api -->') ? body.replace('<!-- api -->', api) : body + api;
    }
    const html = pageShell({ title: page.title, body, nav, current: page.path, toRoot, live: rendered.live || Boolean(page.element) });
    await mkdir(join(out, dirname(page.path)), { recursive: true });
    await writeFile(join(out, page.path), html);
  }

  // Pictures the pages show (screenshots), the stylesheet, and the library for the live examples.
  for (const asset of assets) {
    await mkdir(join(out, 'assets', dirname(asset)), { recursive: true });
    await cp(join(root, asset), join(out, 'assets', asset));
  }
  for (const file of ['site.css', 'favicon.svg']) await cp(fileURLToPath(new URL(file, import.meta.url)), join(out, file));
  await mkdir(join(out, 'lib'), { recursive: true });
  await cp(join(library, 'elements'), join(out, 'lib/elements'), { recursive: true, filter: (file) => !file.endsWith('.map') });
  await cp(join(library, 'elements.css'), join(out, 'lib/elements.css'));
  return pages.map(({ path, title, source, element }) => ({ path, title, source, tagName: element?.tagName }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outArgument = process.argv.indexOf('--out');
  const out = outArgument > 0 ? join(process.cwd(), process.argv[outArgument + 1]) : undefined;
  try {
    const pages = await buildSite(out ? { out } : {});
    console.log(`docs: ${pages.length} pages in ${relative(process.cwd(), out ?? join(root, 'dist-docs')) || '.'}/`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
