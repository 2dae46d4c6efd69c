// Lighthouse benchmark (issue 25): the cost of our script on a blogger's page, as Lighthouse's
// phone sees it. Runs Lighthouse (CLI, mobile emulation, DevTools throttling: the network and the
// CPU are really slowed) on demo/blog.html and, in the same run, on a baseline: the same page with
// its script tags removed (the loader and the page's own print-button script), so the page shows
// the elements' authored content and reserved room but runs none of our code; and, for comparison
// only, the same page with the one-file bundle in place of the loader. The pages alternate,
// BENCH_LIGHTHOUSE_RUNS times each (default 3), and the medians count. Prints the performance score
// and total blocking time side by side with PASS/FAIL against the targets (TBT at most 100 ms over
// the baseline; performance ≥ 97) and writes bench/results/lighthouse.{json,md}.
// Exit code 1 when a target fails (a benchmark, not a test). Needs `npm run build` first
// (`npm run bench:lighthouse` builds).
import { startDevServer } from '@web/dev-server';
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.mjs';
import { freePort } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const TARGETS = { tbtOverBaselineMs: 100, performance: 97 };
const progress = (text) => process.stderr.write(`… ${text}\n`);

const blogHtml = await readFile(join(root, 'demo/blog.html'), 'utf8');
const scripts = /^[ \t]*<script\b[\s\S]*?<\/script>\n/gm;
if (!scripts.test(blogHtml)) throw new Error('demo/blog.html has no script tag: nothing to compare');
const baselineHtml = blogHtml.replace(scripts, '');

// For comparison, not judged: the same page with the one-file bundle in place of the loader.
const bundleHtml = blogHtml.replace('src="/dist/elements/loader.js"', 'src="/dist/back-exercise-elements.bundle.js"');
const pages = [
  { name: 'blog page (demo/blog.html)', path: '/demo/blog.html', html: null },
  { name: 'baseline (the same page, script tags removed)', path: '/demo/bench-blog-no-script.html', html: baselineHtml },
  ...(bundleHtml === blogHtml ? [] : [{ name: 'for comparison: the same page with the one-file bundle', path: '/demo/bench-blog-bundle.html', html: bundleHtml }]),
];

/** Gzips text as any web host does (the dev server does not). */
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

const server = await startDevServer({
  config: {
    rootDir: root,
    port: await freePort(),
    middleware: [
      gzipText,
      async (context, next) => {
        const variant = pages.find((page) => page.html && page.path === context.path);
        if (!variant) return next();
        context.type = 'html';
        context.body = variant.html;
        return undefined;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://localhost:${server.config.port}`;
const lighthouseCli = join(root, 'node_modules/.bin/lighthouse');
const workDir = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));

/** One Lighthouse CLI run (performance only): the report as an object. */
function lighthouse(path, run) {
  const output = join(workDir, `${path.replace(/\W+/g, '-')}-${run}.json`);
  const args = [
    `${origin}${path}`,
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance',
    '--throttling-method=devtools',
    `--chrome-flags=${['--headless=new', ...BROWSER_ARGS].join(' ')}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    execFile(lighthouseCli, args, { env: { ...process.env, CHROME_PATH: findBrowser() }, maxBuffer: 1 << 26 }, async (error, _stdout, stderr) => {
      if (error) return reject(new Error(`lighthouse failed on ${path}: ${stderr || error.message}`));
      resolve(JSON.parse(await readFile(output, 'utf8')));
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const reports = new Map(pages.map((page) => [page.path, []]));
// DevTools throttling slows the machine's real CPU time: a busy machine inflates blocking time.
const loadBefore = loadavg()[0];
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

const load = `load average ${loadBefore.toFixed(1)} before the runs, ${loadavg()[0].toFixed(1)} after`;
const figures = (list) => {
  const pick = (audit) => list.map((report) => Math.round(report.audits[audit].numericValue));
  return {
    performance: Math.round(median(list.map((report) => report.categories.performance.score * 100))),
    performanceRuns: list.map((report) => Math.round(report.categories.performance.score * 100)),
    tbtMs: median(pick('total-blocking-time')),
    tbtRuns: pick('total-blocking-time'),
    fcpMs: median(pick('first-contentful-paint')),
    lcpMs: median(pick('largest-contentful-paint')),
    cls: median(list.map((report) => report.audits['cumulative-layout-shift'].numericValue)),
  };
};
const [blog, baseline, bundle] = pages.map((page) => ({ name: page.name, ...figures(reports.get(page.path)) }));
const tbtOver = blog.tbtMs - baseline.tbtMs;
const checks = [
  { target: `TBT at most ${TARGETS.tbtOverBaselineMs} ms over the baseline`, value: `${tbtOver} ms over`, pass: tbtOver <= TARGETS.tbtOverBaselineMs },
  { target: `performance ≥ ${TARGETS.performance}`, value: String(blog.performance), pass: blog.performance >= TARGETS.performance },
];

const table = [
  '| page | performance | total blocking time | first contentful paint | largest contentful paint | CLS |',
  '|---|---|---|---|---|---|',
  ...[blog, baseline, bundle].filter(Boolean).map(
    (row) => `| ${row.name} | ${row.performance} (${row.performanceRuns.join(', ')}) | ${row.tbtMs} ms (${row.tbtRuns.join(', ')}) | ${row.fcpMs} ms | ${row.lcpMs} ms | ${row.cls.toFixed(3)} |`,
  ),
].join('\n');
const verdicts = ['| target | blog page | |', '|---|---|---|', ...checks.map((check) => `| ${check.target} | ${check.value} | ${check.pass ? 'PASS' : 'FAIL'} |`)].join('\n');
const browserVersion = execFileSync(findBrowser(), ['--version'], { encoding: 'utf8' }).trim().split('\n').pop();
console.log(table);
console.log();
console.log(verdicts);
console.log(`\n${load}`);

const date = new Date().toISOString().slice(0, 10);
await mkdir(join(root, 'bench/results'), { recursive: true });
await writeFile(
  join(root, 'bench/results/lighthouse.json'),
  `${JSON.stringify({ date, lighthouse: lighthouseVersion, browser: browserVersion, runs: RUNS, load, blog, baseline, bundle, checks }, null, 2)}\n`,
);
await writeFile(
  join(root, 'bench/results/lighthouse.md'),
  `# Lighthouse benchmark (${date})

\`npm run bench:lighthouse\`: Lighthouse ${lighthouseVersion} on demo/blog.html and on the same page with its script tags
removed (the baseline) and, for comparison only, with the one-file bundle in place of the loader, in the same run, alternating; phone emulation, DevTools throttling (slow 4G, 4× CPU
slowdown), text gzipped as a host serves it; median of ${RUNS} runs each (each run in brackets). ${browserVersion}, on a
shared 2-core machine (${load}: DevTools throttling slows the real CPU time, so a busy machine inflates the blocking time).

${table}

${verdicts}
`,
);
process.exitCode = checks.every((check) => check.pass) ? 0 : 1;
