// Page benchmark: Lighthouse (CLI, phone emulation) on demo/blog.html, an ordinary
// blog article that loads only our script (the loader) and elements.css, and in the same
// run on a baseline: the same page without elements.css, i.e. what a page looked like
// before the stylesheet. Each page is measured twice: as served (gzipped, on
// Lighthouse's slow-4G phone), where the small bundle often defines the elements
// before the first paint anyway, and with the script arriving late (held back
// BENCH_PAGE_LATE_MS on the server, as from a slow CDN or a busy phone), where the page
// paints first. Prints CLS and the accessibility, best-practices and performance scores
// side by side, what moved, every audit not passed, and writes bench/results/page.{json,md}.
// Exits 1 when the blog page misses a target.
//   BENCH_PAGE_RUNS=3 (runs per page and condition; the median counts)
//   BENCH_PAGE_LATE_MS=3000
//   BENCH_PAGE_THROTTLING=devtools|simulate (default devtools: the network and CPU are
//   really slowed, so the page can paint before the script arrives, as on a phone)
import { startDevServer } from '@web/dev-server';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.mjs';
import { freePort } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const THROTTLING = process.env.BENCH_PAGE_THROTTLING ?? 'devtools';
const LATE_MS = Number(process.env.BENCH_PAGE_LATE_MS ?? 3000);
const TARGETS = { cls: 0.02, accessibility: 100, bestPractices: 95 };
const progress = (text) => process.stderr.write(`… ${text}\n`);

/** Newest modification time under `dir`, in ms. */
async function newest(dir) {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, (await stat(join(entry.parentPath ?? entry.path, entry.name))).mtimeMs);
  }
  return latest;
}

// The page loads the built files: build when they are missing or older than the sources.
const built = await Promise.all(['dist/back-exercise-elements.bundle.js', 'dist/elements/loader.js', 'dist/elements.css'].map((file) => stat(join(root, file)).catch(() => null)));
if (built.some((file) => !file) || Math.min(...built.map((file) => file.mtimeMs)) < (await newest(join(root, 'src')))) {
  progress('building (npm run build)');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const blogHtml = await readFile(join(root, 'demo/blog.html'), 'utf8');
// The page's script of ours: the loader (or the one-file bundle).
const BUNDLE = /<script type="module" src="(\/dist\/[^"]+\.js)"><\/script>/.exec(blogHtml)?.[1];
const stylesheetLink = /^\s*<link rel="stylesheet" href="\/dist\/elements\.css" \/>\n/m;
if (!stylesheetLink.test(blogHtml) || !BUNDLE) {
  throw new Error('demo/blog.html no longer loads /dist/elements.css and a script from /dist/ as this benchmark expects');
}
const withoutStylesheet = blogHtml.replace(stylesheetLink, '');
const lateScript = (html) => html.replace(`src="${BUNDLE}"`, `src="${BUNDLE}?late"`);

/** The pages measured, served beside demo/blog.html (its links are absolute). */
const pages = [
  { name: 'blog page (bundle + elements.css)', path: '/demo/blog.html', html: null, stylesheet: true, late: false },
  { name: 'baseline (same page without elements.css)', path: '/demo/bench-blog-without-css.html', html: withoutStylesheet, stylesheet: false, late: false },
  { name: 'blog page, script late', path: '/demo/bench-blog-late.html', html: lateScript(blogHtml), stylesheet: true, late: true },
  { name: 'baseline, script late', path: '/demo/bench-blog-without-css-late.html', html: lateScript(withoutStylesheet), stylesheet: false, late: true },
];

/** Gzips text as any web host does (the dev server does not): the bytes on the phone's slow network are real. */
async function gzipText(context, next) {
  await next();
  if (!context.acceptsEncodings('gzip') || !/html|css|javascript|json/.test(context.type ?? '')) return;
  let body = context.body;
  if (body && typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    body = Buffer.concat(chunks);
  }
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return;
  context.body = gzipSync(body);
  context.set('Content-Encoding', 'gzip');
  context.vary('Accept-Encoding');
}

// Not scripts/serve.mjs's serveRepository: its TypeScript plugin would re-emit the minified
// bundle, and a real host serves the built file as it is, compressed.
const server = await startDevServer({
  config: {
    rootDir: root,
    port: await freePort(),
    middleware: [
      gzipText,
      async (context, next) => {
        const variant = pages.find((page) => page.html && page.path === context.path);
        if (variant) {
          context.type = 'html';
          context.body = variant.html;
          return undefined;
        }
        if (context.path === BUNDLE && 'late' in context.query) await new Promise((resolve) => setTimeout(resolve, LATE_MS));
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://localhost:${server.config.port}`;

const chromeFlags = ['--headless=new', ...BROWSER_ARGS].join(' ');
const lighthouseCli = join(root, 'node_modules/.bin/lighthouse');
const workDir = await mkdtemp(join(tmpdir(), 'bench-page-'));

/** One Lighthouse CLI run: the report as an object. */
function lighthouse(path, run) {
  const output = join(workDir, `${path.replace(/\W+/g, '-')}-${run}.json`);
  const args = [
    `${origin}${path}`,
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices',
    `--throttling-method=${THROTTLING}`,
    `--chrome-flags=${chromeFlags}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    execFile(lighthouseCli, args, { env: { ...process.env, CHROME_PATH: findBrowser() }, maxBuffer: 1 << 26 }, async (error, _stdout, stderr) => {
      if (error) return reject(new Error(`lighthouse failed on ${path}: ${stderr || error.message}`));
      resolve(JSON.parse(await readFile(output, 'utf8')));
    });
  });
}

const round = (value, digits) => Number(value.toFixed(digits));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The audits of a category that are not passed, with the nodes they name. */
function notPassed(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      nodes: (audit.details?.items ?? [])
        .map((item) => item.node ?? item.subItems?.items?.[0]?.relatedNode)
        .filter(Boolean)
        .slice(0, 8)
        .map(where),
    }));
}

/** Where a node is: its selector, and the element whose shadow root holds it, if any. */
function where(node) {
  if (!node) return 'unknown';
  const parts = (node.path ?? '').split(',');
  const fragment = parts.lastIndexOf('#document-fragment');
  const host = fragment > 0 ? `in the shadow root of \`<${parts[fragment - 2].toLowerCase()}>\`: ` : '';
  const label = node.nodeLabel ? ` ("${node.nodeLabel.split('\n')[0]}")` : '';
  return `${host}\`${node.selector ?? ''}\` \`${node.snippet ?? ''}\`${label}`;
}

/** What moved: Lighthouse's layout-shifts audit, biggest first. */
function shifts(report) {
  return (report.audits['layout-shifts']?.details?.items ?? []).map((item) => ({ score: round(item.score, 4), node: where(item.node) }));
}

function summarize(reports) {
  const figure = (pick) => median(reports.map(pick));
  const middle = reports.toSorted((a, b) => a.audits['cumulative-layout-shift'].numericValue - b.audits['cumulative-layout-shift'].numericValue)[reports.length >> 1];
  return {
    cls: round(figure((r) => r.audits['cumulative-layout-shift'].numericValue), 4),
    clsRuns: reports.map((r) => round(r.audits['cumulative-layout-shift'].numericValue, 4)),
    accessibility: Math.round(figure((r) => r.categories.accessibility.score * 100)),
    bestPractices: Math.round(figure((r) => r.categories['best-practices'].score * 100)),
    performance: Math.round(figure((r) => r.categories.performance.score * 100)),
    fcpMs: Math.round(figure((r) => r.audits['first-contentful-paint'].numericValue)),
    lcpMs: Math.round(figure((r) => r.audits['largest-contentful-paint'].numericValue)),
    tbtMs: Math.round(figure((r) => r.audits['total-blocking-time'].numericValue)),
    shifts: shifts(middle),
    notPassed: {
      accessibility: notPassed(middle, 'accessibility'),
      bestPractices: notPassed(middle, 'best-practices'),
    },
  };
}

const reports = new Map(pages.map((page) => [page.path, []]));
let lighthouseVersion = '';
try {
  // Alternate the pages so that a slow moment of a shared machine does not favour one.
  for (let run = 1; run <= RUNS; run++) {
    for (const page of pages) {
      progress(`lighthouse ${run}/${RUNS}: ${page.path}`);
      const report = await lighthouse(page.path, run);
      lighthouseVersion = report.lighthouseVersion;
      reports.get(page.path).push(report);
    }
  }
} finally {
  await server.stop();
  await rm(workDir, { recursive: true, force: true });
}

const results = pages.map((page) => ({ ...page, ...summarize(reports.get(page.path)) }));
const blog = results[0];
const blogLate = results[2];
const checks = [
  [`CLS < ${TARGETS.cls}`, blog.cls < TARGETS.cls],
  [`CLS < ${TARGETS.cls} with the script late`, blogLate.cls < TARGETS.cls],
  [`accessibility ${TARGETS.accessibility}`, blog.accessibility >= TARGETS.accessibility],
  [`best practices ≥ ${TARGETS.bestPractices}`, blog.bestPractices >= TARGETS.bestPractices],
].map(([target, pass]) => ({ target, pass }));

const when = new Date().toISOString();
const setup = {
  lighthouse: lighthouseVersion,
  formFactor: 'mobile (Lighthouse default phone emulation)',
  throttling: THROTTLING,
  lateScriptMs: LATE_MS,
  compression: 'gzip',
  runsPerPage: RUNS,
  browser: execFileSync(findBrowser(), ['--version'], { encoding: 'utf8' }).trim().split('\n').pop(),
};

const table = [
  '| page | CLS | accessibility | best practices | performance | FCP | LCP | TBT |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.cls} | ${r.accessibility} | ${r.bestPractices} | ${r.performance} | ${(r.fcpMs / 1000).toFixed(2)} s | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs} ms |`,
  ),
];
const details = results.flatMap((r) => {
  const lines = [];
  const failing = [...r.notPassed.accessibility, ...r.notPassed.bestPractices];
  if (r.shifts.length > 0) {
    lines.push(`- ${r.name}, what moved: ${r.shifts.slice(0, 5).map((s) => `${s.node} (${s.score})`).join('; ')}`);
  }
  for (const audit of failing) {
    const nodes = audit.nodes.join('; ');
    lines.push(`- ${r.name}, not passed: \`${audit.id}\` (${audit.title})${nodes ? `: ${nodes}` : ''}`);
  }
  return lines;
});

console.log(table.join('\n'));
const perRun = results.map((r) => `${r.name}: ${r.clsRuns.join(', ')}`).join('; ');
console.log(`\nCLS per run: ${perRun}`);
if (details.length > 0) console.log(`\n${details.join('\n')}`);
console.log(`\n${checks.map((c) => `${c.pass ? 'PASS' : 'MISS'} ${c.target}`).join('\n')}`);

await writeFile(new URL('../results/page.json', import.meta.url), JSON.stringify({ when, setup, targets: TARGETS, results, checks }, null, 2) + '\n');
await writeFile(
  new URL('../results/page.md', import.meta.url),
  `# Page benchmark — last results

Run ${when} with \`npm run bench:page\`: Lighthouse ${setup.lighthouse}, ${setup.formFactor}, ${setup.throttling} throttling,
gzipped responses, median of ${RUNS} runs per page, ${setup.browser}. The baseline is the same blog page without
\`elements.css\`; "script late" holds the bundle back ${LATE_MS} ms on the server, so the page paints before the elements are defined.

${table.join('\n')}

CLS per run: ${perRun}.

${details.length > 0 ? `${details.join('\n')}\n\n` : ''}${checks.map((c) => `- ${c.pass ? 'PASS' : 'MISS'} ${c.target}`).join('\n')}
`,
);
process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
