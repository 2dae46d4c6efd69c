// Timing benchmark: our <hold-timer> against a setInterval countdown, a
// countdown whose ring is redrawn every animation frame, easytimer.js, and (for
// CPU) a bare once-a-second text update, all in one headless Chromium run.
//   (a) lateness of each hold end against the ideal time, visible page;
//   (b) the remaining time shown right after the page was hidden for minutes;
//   (c) main-thread time per second of a running timer (CDP TaskDuration).
// Prints a table with ratios and writes bench/results/timing.{json,md}.
import puppeteer from 'puppeteer-core';
import { serveRepository } from '../../scripts/serve.mjs';
import { writeFile, mkdir } from 'node:fs/promises';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.mjs';

const HIDDEN_SECONDS = Number(process.env.BENCH_HIDDEN_SECONDS ?? 150);
const CPU_SECONDS = Number(process.env.BENCH_CPU_SECONDS ?? 8);
const CPU_ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 3);
const HOLDS = Number(process.env.BENCH_HOLDS ?? 40);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const progress = (text) => process.stderr.write(`… ${text}\n`);

const server = await serveRepository();
const url = `${server.origin}/bench/timing/index.html`;

const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  // Let Chromium throttle hidden pages as it does for people: keep its
  // background throttling on, and start intensive throttling after 10 s, not 5 min.
  ignoreDefaultArgs: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  args: [...BROWSER_ARGS, '--enable-features=IntensiveWakeUpThrottling:grace_period_seconds/10'],
});

async function openBench() {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

const names = ['ours', 'setInterval countdown', 'per-frame ring', 'easytimer.js'];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));

// (a) Lateness of hold ends, visible page, each contender alone in its own page.
const lateness = {};
for (const name of names) {
  progress(`lateness: ${name}`);
  const page = await openBench();
  await page.bringToFront();
  await page.evaluate((n, holds) => window.bench.start([n], 1000, holds), name, HOLDS);
  await sleep(HOLDS * 1000 + 1500);
  const run = await page.evaluate((n) => window.bench.runs()[n], name);
  const late = run.ends.map((end, k) => end - (run.t0 + (k + 1) * run.holdMs));
  const third = Math.max(1, Math.floor(late.length / 3));
  if (process.env.BENCH_VERBOSE) progress(`${name}: ${late.map((ms) => ms.toFixed(1)).join(' ')}`);
  lateness[name] = {
    holds: late.length,
    medianMs: round(median(late)),
    worstMs: round(Math.max(...late)),
    // Drift: how much later the last third of hold ends come than the first third.
    driftMs: round(median(late.slice(-third)) - median(late.slice(0, third))),
  };
  await page.close();
}

// (b) Hidden for minutes: start everyone, hide the page behind another tab, come back, read at once.
const hiddenResult = {};
{
  progress(`hidden for ${HIDDEN_SECONDS} s`);
  const page = await openBench();
  await page.bringToFront();
  await page.evaluate((n) => window.bench.start(n, 600_000, 1), names);
  await sleep(2000);
  const cover = await browser.newPage();
  await cover.bringToFront();
  const state = await page.evaluate(() => document.visibilityState);
  if (state !== 'hidden') throw new Error(`the bench page should be hidden, but is ${state}`);
  await sleep(HIDDEN_SECONDS * 1000);
  await page.bringToFront();
  const read = await page.evaluate((n) => window.bench.read(n), names);
  for (const name of names) {
    const { shown, truth } = read[name];
    hiddenResult[name] = { shownSeconds: shown, trueSeconds: round(truth), errorSeconds: round(shown - truth) };
  }
  await cover.close();
  await page.close();
}

// (c) Main-thread time per second of one running timer, each alone in its own page.
// Shared machines are noisy: contenders take turns over several rounds and the median counts.
const cpuSamples = {};
const cpuNames = [...names, 'bare text (floor)'];
for (let pass = 1; pass <= CPU_ROUNDS; pass++) {
  for (const name of cpuNames) {
    progress(`CPU round ${pass}: ${name}`);
    const page = await openBench();
    await page.bringToFront();
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await page.evaluate((n) => window.bench.start([n], 600_000, 1), name);
    await sleep(2000);
    const task = async () => (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    const before = await task();
    await sleep(CPU_SECONDS * 1000);
    const after = await task();
    (cpuSamples[name] ??= []).push(((after - before) * 1000) / CPU_SECONDS);
    await page.close();
  }
}
const cpu = Object.fromEntries(cpuNames.map((name) => [name, { msPerSecond: round(median(cpuSamples[name]), 2), samples: cpuSamples[name].map((v) => round(v, 2)) }]));

await browser.close();
await server.stop();

const floor = cpu['bare text (floor)'].msPerSecond;
const ring = cpu['per-frame ring'].msPerSecond;
const rows = names.map((name) => ({
  name,
  ...lateness[name],
  hiddenErrorSeconds: hiddenResult[name].errorSeconds,
  cpuMsPerSecond: cpu[name].msPerSecond,
  cpuVsFloor: round(cpu[name].msPerSecond / floor, 2),
  cpuVsFrameRing: round(cpu[name].msPerSecond / ring, 3),
}));
rows.push({ name: 'bare text (floor)', cpuMsPerSecond: floor, cpuVsFloor: 1, cpuVsFrameRing: round(floor / ring, 3) });

const ours = rows[0];
const checks = {
  'median hold-end lateness ≤ 17 ms': ours.medianMs <= 17,
  'worst hold-end lateness < 50 ms': ours.worstMs < 50,
  'no cumulative drift (|drift| ≤ 2 ms)': Math.abs(ours.driftMs) <= 2,
  'remaining time right on return (|error| < 1 s)': Math.abs(ours.hiddenErrorSeconds) < 1,
  'CPU ≤ 1.5× the bare text floor': ours.cpuVsFloor <= 1.5,
  'CPU < 20% of the per-frame ring': ours.cpuVsFrameRing < 0.2,
};

const header = '| timer | holds | median late (ms) | worst late (ms) | drift (ms) | error after hidden (s) | CPU (ms/s) | × floor | × frame ring |';
const line = (r) =>
  `| ${r.name} | ${r.holds ?? '–'} | ${r.medianMs ?? '–'} | ${r.worstMs ?? '–'} | ${r.driftMs ?? '–'} | ${r.hiddenErrorSeconds ?? '–'} | ${r.cpuMsPerSecond} | ${r.cpuVsFloor} | ${r.cpuVsFrameRing} |`;
const table = [header, '|---|---|---|---|---|---|---|---|---|', ...rows.map(line)].join('\n');
const checkLines = Object.entries(checks).map(([label, ok]) => `- ${ok ? 'PASS' : 'FAIL'} ${label}`);
const when = new Date().toISOString();
const setup = `${HOLDS} holds of 1 s; hidden ${HIDDEN_SECONDS} s (intensive throttling after 10 s); CPU: median of ${CPU_ROUNDS} rounds of ${CPU_SECONDS} s`;

console.log(`\nTiming benchmark (${setup})\n`);
console.log(table);
console.log(`\n${checkLines.join('\n')}\n`);

await mkdir(new URL('../results/', import.meta.url), { recursive: true });
await writeFile(new URL('../results/timing.json', import.meta.url), JSON.stringify({ when, setup, rows, hidden: hiddenResult, cpu, checks }, null, 2) + '\n');
await writeFile(
  new URL('../results/timing.md', import.meta.url),
  `# Timing benchmark — last results\n\nRun ${when} with \`npm run bench:timing\` (${setup}).\n\n${table}\n\n${checkLines.join('\n')}\n`,
);
process.exit(Object.values(checks).every(Boolean) ? 0 : 1);
