// The docs site (npm run docs): every manifest entry of each element is on the element's page,
// pages come from the markdown found (no hand-kept list), and every link between pages resolves.
// Needs the built library in dist/ (npm run build; npm test's size guard builds it first).
// The live examples run in Chromium: examples.test.mjs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementsOf, defaultOf } from '../../scripts/docs/api-tables.mjs';
import { apiTable, builtSite, htmlFiles, idsOf, readPage, referencesOf } from './site-files.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
const code = (text) => `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;')}</code>`;
const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public' && !/^[#_]/.test(member.name);

let site;
before(async () => {
  site = await builtSite();
});
after(() => site.remove());

describe('element pages', () => {
  it('has a page for every element of custom-elements.json', async () => {
    const elements = elementsOf(manifest);
    assert.ok(elements.length >= 4, 'the manifest lists the elements');
    for (const { tagName } of elements) {
      assert.ok(existsSync(join(site.out, `elements/${tagName}.html`)), `a page for <${tagName}>`);
    }
  });

  for (const { tagName, declaration } of elementsOf(manifest)) {
    it(`<${tagName}>: every attribute, property, method, event, slot, part and custom property is on its page`, async () => {
      const html = await readPage(site.out, `elements/${tagName}.html`);
      const missing = [];
      const expectIn = (table, text, what) => {
        if (!apiTable(html, table).includes(text)) missing.push(`${what} in ${table}`);
      };
      for (const attribute of declaration.attributes ?? []) expectIn('attributes', code(attribute.name), `attribute ${attribute.name}`);
      const viaAttribute = new Set((declaration.attributes ?? []).map((a) => a.fieldName));
      for (const member of (declaration.members ?? []).filter(isPublic)) {
        if (member.kind === 'field') {
          expectIn(viaAttribute.has(member.name) ? 'attributes' : 'properties', code(member.name), `property ${member.name}`);
        } else if (member.kind === 'method') {
          expectIn('methods', `<code>${member.name}(`, `method ${member.name}`);
        }
      }
      for (const event of (declaration.events ?? []).filter((e) => e.name)) {
        expectIn('events', code(event.name), `event ${event.name}`);
        if (event.type?.text) expectIn('events', code(event.type.text), `class of ${event.name}`);
      }
      for (const slot of declaration.slots ?? []) expectIn('slots', slot.name ? code(slot.name) : '(default)', `slot ${slot.name || '(default)'}`);
      for (const part of declaration.cssParts ?? []) expectIn('css-parts', code(part.name), `part ${part.name}`);
      for (const property of declaration.cssProperties ?? []) {
        expectIn('custom-properties', code(property.name), `custom property ${property.name}`);
        const fallback = defaultOf(property);
        if (!fallback) missing.push(`a default for ${property.name}`);
        else expectIn('custom-properties', `<tr><td>${code(property.name)}</td><td>${code(fallback)}</td>`, `default of ${property.name}`);
      }
      assert.deepEqual(missing, [], `missing from elements/${tagName}.html`);
    });
  }

  it('shows what an event carries: the fields of its class, and of the summary they hand over', async () => {
    const events = apiTable(await readPage(site.out, 'elements/hold-timer.html'), 'events');
    const complete = events.slice(events.indexOf('<code>hold-timer-complete</code>'));
    assert.match(complete, /<code>event\.summary<\/code>: <code>HoldTimerSummary<\/code>/);
    assert.match(complete, /<code>holdSeconds<\/code>/);
    assert.match(complete, /<code>event\.late<\/code>/);
  });

  it('gives a custom property the default of its description when the manifest has no default field', () => {
    assert.equal(defaultOf({ name: '--x', description: 'Diameter of the ring. Default: min(12rem, 70vw).' }), 'min(12rem, 70vw)');
    assert.equal(defaultOf({ name: '--x', description: 'Card corner radius. Default: 0.75rem.' }), '0.75rem');
    assert.equal(defaultOf({ name: '--x', description: 'Card padding. Default: 1rem 1.25rem.' }), '1rem 1.25rem');
    assert.equal(defaultOf({ name: '--x', description: 'Accent.', default: '#0b6e4f' }), '#0b6e4f');
    assert.equal(defaultOf({ name: 'cues', default: 'null', description: 'Cues … or `none`. Default `beep vibrate`.' }), 'beep vibrate');
  });

  it('makes a page for an element the manifest gains, with its API, without a list to edit', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'docs-manifest-'));
    try {
      const grown = structuredClone(manifest);
      grown.modules.push({
        kind: 'javascript-module',
        path: 'dist/progress-report/progress-report.js',
        declarations: [
          {
            kind: 'class',
            name: 'ProgressReport',
            tagName: 'progress-report',
            customElement: true,
            summary: 'A week of sessions.',
            attributes: [{ name: 'weeks', type: { text: 'number' }, description: 'How many weeks.', fieldName: 'weeks' }],
            members: [{ kind: 'field', name: 'weeks', type: { text: 'number' }, attribute: 'weeks' }],
            cssParts: [{ name: 'chart', description: 'The chart.' }],
            cssProperties: [{ name: '--progress-report-bar-color', description: 'Bars. Default: currentColor.' }],
          },
        ],
      });
      const manifestPath = join(folder, 'custom-elements.json');
      await writeFile(manifestPath, JSON.stringify(grown));
      const grownSite = await builtSite({ manifestPath });
      try {
        const page = await readPage(grownSite.out, 'elements/progress-report.html');
        assert.match(page, /<title>&lt;progress-report&gt; · back-exercise-elements<\/title>/);
        assert.ok(apiTable(page, 'attributes').includes('<code>weeks</code>'));
        assert.ok(apiTable(page, 'custom-properties').includes('<td><code>currentColor</code></td>'));
        assert.match(await readPage(grownSite.out, 'index.html'), /href="\.\/elements\/progress-report\.html"/);
      } finally {
        await grownSite.remove();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('pages and navigation', () => {
  it('gives every page a title, the navigation, and one h1', async () => {
    for (const path of await htmlFiles(site.out)) {
      const html = await readPage(site.out, path);
      assert.match(html, /<title>[^<]+<\/title>/, `${path} has a title`);
      assert.match(html, /<nav id="nav" aria-label="Documentation">/, `${path} has the navigation`);
      assert.equal(html.match(/<h1[ >]/g)?.length, 1, `${path} has one h1`);
    }
  });

  it('lists every page in the navigation of every page', async () => {
    const files = await htmlFiles(site.out);
    for (const path of files) {
      const html = await readPage(site.out, path);
      const nav = html.slice(html.indexOf('<nav id="nav"'), html.indexOf('</nav>'));
      const listed = new Set([...nav.matchAll(/href="([^"]+)"/g)].map((m) => posix.normalize(posix.join(posix.dirname(path), m[1]))));
      assert.deepEqual(files.filter((file) => !listed.has(file)), [], `pages missing from the navigation of ${path}`);
      assert.equal(nav.match(/aria-current="page"/g)?.length, 1, `${path} marks itself in the navigation`);
    }
  });

  it('lists a new markdown page without a list to edit: under its folder, or under Guides', async () => {
    const sources = await mkdtemp(join(tmpdir(), 'docs-sources-'));
    try {
      await cp(join(root, 'docs/site'), sources, { recursive: true });
      await writeFile(join(sources, 'guides/progress-reports.md'), '# Progress reports\n\nA new guide.\n');
      await mkdir(join(sources, 'teams'), { recursive: true });
      await writeFile(join(sources, 'teams/physios.md'), '# For physiotherapy teams\n\nSee [clinics](../guides/clinics.md).\n');
      const grown = await builtSite({ sources });
      try {
        const html = await readPage(grown.out, 'index.html');
        const guides = html.slice(html.indexOf('<h2>Guides</h2>'), html.indexOf('<h2>', html.indexOf('<h2>Guides</h2>') + 1));
        assert.match(guides, /href="\.\/guides\/progress-reports\.html">Progress reports</);
        assert.match(guides, /href="\.\/teams\/physios\.html">For physiotherapy teams</);
        assert.match(await readPage(grown.out, 'teams/physios.html'), /href="\.\.\/guides\/clinics\.html"/);
      } finally {
        await grown.remove();
      }
    } finally {
      await rm(sources, { recursive: true, force: true });
    }
  });

  it('resolves every link, picture, stylesheet and script between pages, fragments included', async () => {
    const broken = [];
    const pages = await htmlFiles(site.out);
    const idsByPage = new Map();
    for (const path of pages) idsByPage.set(path, idsOf(await readPage(site.out, path)));
    for (const path of pages) {
      for (const { url } of referencesOf(await readPage(site.out, path))) {
        if (/^(https?:|mailto:)/.test(url)) continue;
        if (url.startsWith('//')) {
          broken.push(`${path}: ${url} (another origin)`);
          continue;
        }
        const [address, fragment] = url.split('#');
        let target = address === '' ? path : posix.normalize(posix.join(posix.dirname(path), address));
        const onDisk = join(site.out, target);
        if (address !== '' && existsSync(onDisk) && statSync(onDisk).isDirectory()) target = posix.join(target, 'index.html');
        if (target.startsWith('..') || !existsSync(join(site.out, target))) {
          broken.push(`${path}: ${url}`);
          continue;
        }
        if (fragment && target.endsWith('.html') && !idsByPage.get(target)?.has(decodeURIComponent(fragment))) {
          broken.push(`${path}: ${url} (no id "${fragment}")`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it('loads nothing from another origin: every stylesheet, script and picture is the site\'s own', async () => {
    for (const path of await htmlFiles(site.out)) {
      for (const { tag, url } of referencesOf(await readPage(site.out, path))) {
        if (tag !== 'a') assert.doesNotMatch(url, /^(https?:)?\/\//, `${path} loads ${url}`);
      }
    }
  });

  it('keeps the recipes\' code blocks named by file, for the interop checks that extract them', async () => {
    for (const recipe of ['cdn', 'vite-react', 'nextjs', 'nuxt', 'svelte', 'astro']) {
      const markdown = await readFile(join(root, `docs/site/recipes/${recipe}.md`), 'utf8');
      assert.match(markdown, /^```\w+ file=\S+$/m, `${recipe}.md has a fence with file=`);
    }
  });
});

