// Size benchmark: the single-file bundle a page loads (every element, the
// catalog and Lit, as `npm run build` made it) against a trivial Lit element
// bundled with the same plugins. Prints minified, gzip and brotli sizes with
// ratios and writes bench/results/size.{json,md}. `npm run bench:size` builds first.
import { rollup } from 'rollup';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundlePlugins, onwarn } from '../../rollup.config.mjs';

/** Brotli budget for the whole library bundle, in kB. */
const BUDGET_BROTLI_KB = 24;

function measure(code) {
  const kB = (bytes) => Number((bytes / 1000).toFixed(1));
  return {
    minified: kB(code.length),
    gzip: kB(gzipSync(code, { level: 9 }).length),
    brotli: kB(brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
}

async function bundle(input) {
  const build = await rollup({ input: fileURLToPath(new URL(input, import.meta.url)), onwarn, plugins: bundlePlugins() });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return Buffer.from(output[0].code);
}

const ours = measure(await readFile(new URL('../../dist/back-exercise-elements.bundle.js', import.meta.url)));
const floor = measure(await bundle('./baseline.js'));
const rows = [
  { name: 'back-exercise-elements (all three elements, catalog, Lit)', ...ours },
  { name: 'trivial Lit element (floor)', ...floor },
];
const ratio = (key) => Number((ours[key] / floor[key]).toFixed(2));
const table = [
  '| bundle | minified (kB) | gzip (kB) | brotli (kB) |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.minified} | ${r.gzip} | ${r.brotli} |`),
  `| ratio | ${ratio('minified')}× | ${ratio('gzip')}× | ${ratio('brotli')}× |`,
].join('\n');
const ok = ours.brotli <= BUDGET_BROTLI_KB;
const check = `- ${ok ? 'PASS' : 'FAIL'} brotli ≤ ${BUDGET_BROTLI_KB} kB (library code on top of Lit: ${(ours.brotli - floor.brotli).toFixed(1)} kB)`;
console.log(`\nSize benchmark\n\n${table}\n\n${check}\n`);
await mkdir(new URL('../results/', import.meta.url), { recursive: true });
const when = new Date().toISOString();
await writeFile(new URL('../results/size.json', import.meta.url), JSON.stringify({ when, rows, budgetBrotliKb: BUDGET_BROTLI_KB }, null, 2) + '\n');
await writeFile(new URL('../results/size.md', import.meta.url), `# Size benchmark — last results\n\nRun ${when} with \`npm run bench:size\`.\n\n${table}\n\n${check}\n`);
process.exit(ok ? 0 : 1);
