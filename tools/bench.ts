// `npm run bench`: each part measures one thing and rewrites only its own marked section of BENCHMARKS.md.
//   --weight       page weight of every built page as a first visit fetches it (Debian's Chromium); the default
//   --sheets       A4 sheets each topic page prints to (Chromium's PDF of the print styles)
//   --lighthouse   Lighthouse on one page of each type
//   --build-scale  build time at 1,000 and 5,000 distinct generated topics, beside plain Astro on the same topics
//   --test-time    `npm run build` and the browser tests at the real pages, +100 and +500 generated topics
//   --all          every part, in that order (the dist/ of the real content is rebuilt at the end)
// Options: --quick (build scale: 1,000 topics, 1 run), --runs=N, --counts=1000,5000, --test-counts=0,100,500,
// --skip-a11y-over=N (test time: leave the accessibility file out above N extra topics and project it),
// --project-e2e-over=N (test time: above N extra topics, build and check only; project the browser tests per group),
// --fixed=TYPECHECK,LINT,UNIT (test time: seconds already timed for the parts that do not depend on the content).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { allBuiltPages, builtFile } from '../src/lib/site/built-pages.ts';
import { parseTopicPath } from '../src/lib/site/urls.ts';
import { buildScaleSection, measureBuildScale } from './bench/build-scale.ts';
import { measurePrintedSheets } from './bench/printed-sheets.ts';
import { replaceSection } from './bench/sections.ts';
import { measureTestTime, testTimeSection } from './bench/test-time.ts';
import {
  BUDGET,
  type Fetched,
  inlineScriptGzipBytes,
  kB,
  median,
  overBudget,
  renderBlockingScripts,
  type Weight,
  weigh,
} from './page-weight.ts';
import { serveDist } from './serve.ts';

const execFileAsync = promisify(execFile);

async function measurePages(): Promise<string[]> {
  const server = await serveDist('dist', 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const rows: Array<{ path: string; weight: Weight; inlineJs: number; blocking: number; fonts: number }> = [];
  for (const path of allBuiltPages('dist')) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: Promise<Fetched | undefined>[] = [];
    page.on('response', (response) => {
      fetched.push(
        response
          .body()
          .then((bytes) => ({ url: response.url(), type: response.request().resourceType(), bytes }))
          .catch(() => undefined),
      );
    });
    // The load event, then network idle: see tests/e2e/page-weight.test.ts for why network idle alone can be early.
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const all = (await Promise.all(fetched)).filter((f): f is Fetched => f !== undefined);
    const html = readFileSync(builtFile('dist', path), 'utf8');
    rows.push({
      path,
      weight: weigh(all),
      inlineJs: inlineScriptGzipBytes(html),
      blocking: renderBlockingScripts(html).length,
      fonts: all.filter((f) => f.type === 'font').length,
    });
    await context.close();
  }
  await browser.close();
  server.close();

  const lines = [
    '| page | requests | raw kB | gzip kB | brotli kB | JS gzip kB (files + inline) | render-blocking scripts | web fonts |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.path} | ${r.weight.requests} | ${kB(r.weight.rawBytes)} | ${kB(r.weight.gzipBytes)} | ${kB(r.weight.brotliBytes)} | ${kB(r.weight.jsGzipBytes + r.inlineJs)} | ${r.blocking} | ${r.fonts} |`,
    );
  }
  const topics = rows.filter((r) => parseTopicPath(r.path) !== undefined);
  const medianTotal = median(topics.map((r) => r.weight.gzipBytes));
  const maxTotal = Math.max(...topics.map((r) => r.weight.gzipBytes));
  const maxJs = Math.max(...rows.map((r) => r.weight.jsGzipBytes + r.inlineJs));
  lines.push(
    '',
    `Topic pages: median ${kB(medianTotal)} kB gzip for everything a first visit fetches, largest ${kB(maxTotal)} kB ` +
      `(${((maxTotal / BUDGET.totalGzip) * 100).toFixed(0)}% of the 30 kB budget). ` +
      `Most JavaScript on any page: ${kB(maxJs)} kB gzip (${((maxJs / BUDGET.jsGzip) * 100).toFixed(0)}% of the 4 kB budget).`,
  );
  const over = rows.filter((r) => overBudget(r.path, r.weight.gzipBytes, r.weight.jsGzipBytes + r.inlineJs).length > 0);
  if (over.length > 0) lines.push('', `**Over budget:** ${over.map((r) => r.path).join(', ')}`);
  return lines;
}

const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse (mobile defaults, Debian's Chromium) on one page of each type, median of `runs` scores per category. */
async function measureLighthouse(runs: number): Promise<string[]> {
  const server = await serveDist('dist', 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pages = allBuiltPages('dist');
  const pick = (pattern: RegExp) => pages.find((p) => pattern.test(p));
  const types: Array<[string, string | undefined]> = [
    ['home', '/'],
    ['treatment', pick(/^\/treatment\/[^/]+\/$/)],
    ['test', pick(/^\/test\/[^/]+\/$/)],
    ['symptom', pick(/^\/symptom\/[^/]+\/$/)],
    ['kind index', '/treatment/'],
    ['trial', pick(/^\/trials\/[^/]+\/$/)],
    ['evidence legend', '/about/evidence/'],
  ];
  const lines = [
    `| page type | page | ${LIGHTHOUSE_CATEGORIES.join(' | ')} |`,
    `| --- | --- | ${LIGHTHOUSE_CATEGORIES.map(() => '---:').join(' | ')} |`,
  ];
  for (const [type, path] of types) {
    if (!path) continue;
    const scores = new Map<string, number[]>(LIGHTHOUSE_CATEGORIES.map((c) => [c, []]));
    for (let run = 0; run < runs; run++) {
      // Fetched from the npm registry on first use; not a dependency of the site or its tests.
      // Asynchronous: the page server runs in this process and must keep answering.
      const result = await execFileAsync(
        'npx',
        [
          '--yes',
          'lighthouse@13',
          `${base}${path}`,
          '--chrome-path=/usr/bin/chromium',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
          `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      try {
        const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number | null }> };
        for (const c of LIGHTHOUSE_CATEGORIES) {
          const score = report.categories[c]?.score;
          if (typeof score === 'number') scores.get(c)?.push(score * 100);
        }
      } catch {
        console.warn(`lighthouse run ${run + 1} on ${path} gave no report`);
      }
    }
    const cells = LIGHTHOUSE_CATEGORIES.map((c) => {
      const values = scores.get(c) ?? [];
      return values.length === 0 ? 'n/a' : `${median(values).toFixed(0)} (${values.length} runs)`;
    });
    lines.push(`| ${type} | ${path} | ${cells.join(' | ')} |`);
    console.log(`lighthouse ${path}: ${cells.join(', ')}`);
  }
  server.close();
  return lines;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const numbers = (value: string | undefined, fallback: number[]) =>
  value === undefined ? fallback : value.split(',').map(Number);
const PARTS = ['weight', 'sheets', 'lighthouse', 'build-scale', 'test-time'] as const;
const asked = PARTS.filter((p) => args.includes('--all') || args.includes(`--${p}`));
const parts = asked.length > 0 ? asked : (['weight'] as const);
const date = new Date().toISOString().slice(0, 10);
const MACHINE = "on this project's 2-core machine (shared, so times are noisy: medians are quoted)";

/** Rewrite one marked section of BENCHMARKS.md, leaving the rest as it was. */
function writeSection(name: string, content: string): void {
  const file = 'BENCHMARKS.md';
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  writeFileSync(file, replaceSection(before, name, content));
  console.log(content);
}

for (const part of parts) {
  if (part === 'weight') {
    writeSection(
      'page-weight',
      [
        '## Page weight (budget: 30 kB compressed in total, 4 kB of JavaScript, no web fonts, no render-blocking script)',
        '',
        `Measured by \`npm run bench -- --weight\` on ${date}, ${MACHINE}, with Debian's Chromium. Sizes are everything ` +
          'the browser fetched on a first visit (HTML with its inline CSS, scripts, icon), compressed here with gzip -9 ' +
          'and brotli 11 as a host would serve them; they are exact.',
        '',
        ...(await measurePages()),
      ].join('\n'),
    );
  } else if (part === 'sheets') {
    writeSection(
      'printed-sheets',
      [
        '## Printed sheets per topic page (goal: half the 10 to 12 sheets of the first pages)',
        '',
        `Measured by \`npm run bench -- --sheets\` on ${date}: each topic page printed to A4 by Debian's Chromium ` +
          'with the print styles (no backgrounds), sheets counted from the PDF.',
        '',
        ...(await measurePrintedSheets()),
      ].join('\n'),
    );
  } else if (part === 'lighthouse') {
    writeSection(
      'lighthouse',
      [
        '## Lighthouse (budget: 100 in every category on every page type)',
        '',
        `Measured by \`npm run bench -- --lighthouse\` on ${date}, ${MACHINE}. ` +
          'Mobile defaults (simulated slow 4G, 4x CPU slowdown); the median of three runs per page, ' +
          'served gzipped by `tools/serve.ts` with the same headers as `dist/_headers`. ' +
          'Scores of 99 have come only from Total Blocking Time, which swings from run to run on this shared machine ' +
          '(40 to 140 ms for the same page on 2026-11-23, with 0.7 kB of script on the page).',
        '',
        ...(await measureLighthouse(3)),
      ].join('\n'),
    );
  } else if (part === 'build-scale') {
    const quick = args.includes('--quick');
    const counts = numbers(option('counts'), quick ? [1000] : [1000, 5000]);
    const runs = Number(option('runs') ?? (quick ? 1 : 3));
    writeSection('build-scale', buildScaleSection(measureBuildScale(counts, runs), date));
  } else {
    const counts = numbers(option('test-counts'), [0, 100, 500]);
    const skip = option('skip-a11y-over');
    const projectOver = option('project-e2e-over');
    const fixed = option('fixed')?.split(',').map(Number);
    const result = await measureTestTime(counts, {
      runs: Number(option('runs') ?? 1),
      ...(skip === undefined ? {} : { skipA11yOver: Number(skip) }),
      ...(projectOver === undefined ? {} : { projectOver: Number(projectOver) }),
      ...(fixed?.length === 3
        ? { fixed: { typecheck: fixed[0] ?? 0, lint: fixed[1] ?? 0, unit: fixed[2] ?? 0, unitStatus: null } }
        : {}),
      onProgress: (partial) => writeSection('test-time', testTimeSection(partial, date)),
    });
    writeSection('test-time', testTimeSection(result, date));
  }
}
