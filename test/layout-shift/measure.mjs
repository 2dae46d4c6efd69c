// Measures how tall each element is once defined (drawings and nested timers loaded)
// at container widths from 256 to 1300 px in headless Chromium, and how much room
// src/elements.css reserves for it before definition. Prints the worst gap per element.
//   node test/layout-shift/measure.mjs           report only
//   node test/layout-shift/measure.mjs --write   also rewrite the measured block of src/elements.css
// Run it with --write when test/layout-shift/reserve.test.ts says a reserved size no
// longer fits (after a restyle), look at the diff, and commit the stylesheet.
import puppeteer from 'puppeteer-core';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.mjs';
import { serveRepository } from '../../scripts/serve.mjs';
import { SUBJECTS } from './subjects.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const stylesheet = `${root}/src/elements.css`;
const BEGIN = '/* measured: begin (written by test/layout-shift/measure.mjs --write) */';
const END = '/* measured: end */';
/** Largest gap, in px, between the reserved and the real height inside one width range. */
const TOLERANCE = 6;
/** Container widths measured: dense where phones and sidebars are, sparse on wide screens. */
const WIDTHS = [
  ...Array.from({ length: 69 }, (_, k) => 256 + 8 * k), // 256 … 800
  328, 344, 1248,
  ...Array.from({ length: 13 }, (_, k) => 840 + 40 * k), // 840 … 1320
].sort((a, b) => a - b).filter((width, k, all) => width !== all[k - 1]);

const server = await serveRepository();
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
const page = await browser.newPage();
// Wider than every box (they stack one under another); `vw` sizes inside the elements see a desktop.
await page.setViewport({ width: 1400, height: 900 });
await page.goto(`${server.origin}/test/layout-shift/stage.html`);

/** Renders `markup` at every width; returns each element's height and the height its spacer adds. */
const render = (markup, widths, defined) =>
  page.evaluate(
    async (markup, widths, defined) => {
      const boxes = widths.map((width) => {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        box.innerHTML = markup;
        document.body.append(box);
        return box;
      });
      const elements = boxes.map((box) => box.firstElementChild);
      if (defined) {
        const settle = async (element) => {
          await element.updateComplete;
          const nested = [...(element.shadowRoot?.querySelectorAll('hold-timer') ?? [])];
          await Promise.all(nested.map((timer) => timer.updateComplete));
        };
        await Promise.all(elements.map(settle));
        // The drawings are a lazy chunk: wait until a drawing shows where one is expected.
        const wantsDrawing = (element) =>
          !element.hasAttribute('no-drawings') && (element.hasAttribute('exercise') || element.localName === 'routine-player');
        for (let i = 0; i < 200 && elements.some((e) => wantsDrawing(e) && !e.shadowRoot.querySelector('svg.back-exercise-drawing')); i++) {
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await Promise.all(elements.map(settle));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      const out = elements.map((element) => {
        // An empty element is as tall as its ::before float; a card in plain HTML adds its ::after below its text.
        const spacers = ['::before', '::after'].map((pseudo) => getComputedStyle(element, pseudo));
        const spacer = Math.max(...spacers.map((style) => (style.content !== 'none' && style.display !== 'none' ? parseFloat(style.height) || 0 : 0)));
        return { height: element.getBoundingClientRect().height, spacer };
      });
      for (const box of boxes) box.remove();
      return out;
    },
    markup,
    widths,
    defined,
  );

const undefinedRuns = {};
for (const subject of SUBJECTS) undefinedRuns[subject.name] = await render(subject.markup, WIDTHS, false);
await page.evaluate(() => import('/src/define.ts'));
const definedRuns = {};
for (const subject of SUBJECTS) definedRuns[subject.name] = await render(subject.markup, WIDTHS, true);

/** The straight line a + b·width closest to `points` (least squares), and its worst miss. */
function line(points) {
  const n = points.length;
  const meanW = points.reduce((sum, [w]) => sum + w, 0) / n;
  const meanH = points.reduce((sum, [, h]) => sum + h, 0) / n;
  const spread = points.reduce((sum, [w]) => sum + (w - meanW) ** 2, 0);
  const slope = spread ? points.reduce((sum, [w, h]) => sum + (w - meanW) * (h - meanH), 0) / spread : 0;
  const intercept = meanH - slope * meanW;
  const worst = Math.max(...points.map(([w, h]) => Math.abs(intercept + slope * w - h)));
  return { intercept, slope, worst };
}

/**
 * Splits the widths into ranges inside which a straight line of the width stays within
 * the tolerance of every needed value (greedy, narrow to wide). A drawing grows with its
 * width, text wraps less: a line per range needs far fewer ranges than a constant.
 */
function fit(needed, tolerance = TOLERANCE) {
  const ranges = [];
  let start = 0;
  while (start < needed.length) {
    let end = start;
    let best = line([[WIDTHS[start], needed[start]]]);
    while (end + 1 < needed.length) {
      const wider = line(WIDTHS.slice(start, end + 2).map((w, k) => [w, needed[start + k]]));
      if (wider.worst > tolerance) break;
      best = wider;
      end += 1;
    }
    ranges.push({ maxWidth: end + 1 < needed.length ? WIDTHS[end] : Infinity, ...best });
    start = end + 1;
  }
  return ranges;
}

/** A length for the line: px where it is flat, else px plus a share of the element's width (cqi). */
function cssLength({ intercept, slope }) {
  const perCqi = Math.round(slope * 100 * 100) / 100;
  if (Math.abs(perCqi) < 0.01) return `${Math.round(intercept)}px`;
  const sign = perCqi < 0 ? '-' : '+';
  return `calc(${Math.round(intercept * 10) / 10}px ${sign} ${Math.abs(perCqi)}cqi)`;
}

const report = [];
const rules = new Map(); // max width → [selector, property, value][]
for (const subject of SUBJECTS) {
  const defined = definedRuns[subject.name];
  const before = undefinedRuns[subject.name];
  // The room the spacer must add: the defined height less what shows before definition without it.
  const needed = defined.map((run, k) => run.height - (before[k].height - before[k].spacer));
  const worstNow = Math.max(...defined.map((run, k) => Math.abs(run.height - before[k].height)));
  const at = (width) => {
    const k = WIDTHS.indexOf(width);
    return `${Math.round(defined[k].height)} (reserved ${Math.round(before[k].height)})`;
  };
  report.push(`| ${subject.name} | ${at(328)} | ${at(344)} | ${at(640)} | ${at(1248)} | ${worstNow.toFixed(1)} |`);
  if (!subject.property) continue;
  const base = subject.relativeTo ? definedRuns[subject.relativeTo] : null;
  const values = base ? defined.map((run, k) => base[k].height - run.height) : needed;
  for (const range of fit(values, subject.tolerance)) {
    if (!rules.has(range.maxWidth)) rules.set(range.maxWidth, []);
    rules.get(range.maxWidth).push([subject.selector, subject.pseudo ?? ['::before'], subject.property, cssLength(range)]);
  }
}

console.log('| element | at 328 px | at 344 px | at 640 px | at 1248 px | worst gap now (px) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const line of report) console.log(line);

if (process.argv.includes('--write')) {
  const block = [BEGIN];
  const byWidth = [...rules.keys()].sort((a, b) => b - a);
  for (const maxWidth of byWidth) {
    const lines = rules
      .get(maxWidth)
      .map(([selector, pseudos, property, value]) => `${pseudos.map((pseudo) => `${selector}:not(:defined)${pseudo}`).join(', ')} { ${property}: ${value}; }`);
    if (maxWidth === Infinity) block.push(...lines);
    else block.push(`@container (max-width: ${maxWidth}px) {`, ...lines.map((line) => `  ${line}`), '}');
  }
  block.push(END);
  const css = await readFile(stylesheet, 'utf8');
  const from = css.indexOf(BEGIN);
  const to = css.indexOf(END);
  if (from < 0 || to < 0) throw new Error(`src/elements.css lacks the markers ${BEGIN} … ${END}`);
  await writeFile(stylesheet, css.slice(0, from) + block.join('\n') + css.slice(to + END.length));
  console.log(`\nsrc/elements.css: ${[...rules.values()].flat().length} measured rules in ${rules.size} width ranges`);
}

await browser.close();
await server.stop();
