/**
 * Test time against page count: the parts of `npm test` that grow with the content (content check, production
 * build, browser tests) at the real pages and with generated topics added, plus the fixed parts (typecheck, lint,
 * unit tests) once. The browser tests read dist/, so each count is built into dist/; the real site is rebuilt at the end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { allBuiltPages } from '../../src/lib/site/built-pages.ts';
import { parseTopicPath } from '../../src/lib/site/urls.ts';
import { median } from '../page-weight.ts';
import { contentWithGeneratedTopics } from './generate-topics.ts';

export const A11Y_FILE = 'tests/e2e/accessibility-pages-*.test.ts';

interface Run {
  seconds: number;
  status: number | null;
  output: string;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Run {
  const start = performance.now();
  const result = spawnSync(command, args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    seconds: (performance.now() - start) / 1000,
    status: result.status,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
  };
}

const node = (args: string[], env?: Record<string, string>) => run(process.execPath, args, env);

/** A production build into dist/ (what the browser tests read), with the bench config so no shared cache is written. */
function buildDist(contentDir: string | undefined): Run {
  const cache = mkdtempSync(join(tmpdir(), 'atlas-bench-cache-'));
  const result = node(['node_modules/astro/bin/astro.mjs', 'build', '--config', 'tools/bench/astro.config.bench.ts'], {
    ATLAS_BENCH_CACHE_DIR: cache,
    ...(contentDir ? { ATLAS_CONTENT_DIR: contentDir } : {}),
  });
  rmSync(cache, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  return result;
}

interface VitestJson {
  numTotalTests: number;
  numFailedTests: number;
  testResults: Array<{
    name: string;
    startTime: number;
    endTime: number;
    assertionResults: Array<{ title: string; status: string; duration: number | null }>;
  }>;
}

/** What a browser test checks, from its title: the groups the lead can act on. */
export function testGroup(file: string, title: string): string {
  const name = basename(file, '.test.ts');
  if (name.startsWith('accessibility-pages')) return 'accessibility-pages: axe, privacy and CSP, per page';
  if (name === 'accessibility-templates') {
    if (/has no axe violations/.test(title)) return 'accessibility-templates: axe, per template x width (every theme)';
    if (/200% text/.test(title)) return 'accessibility-templates: 200% text and spacing, per template';
  }
  if (name === 'anatomy') {
    if (/whole anatomy/.test(title)) return 'anatomy: anatomy, per topic page';
    if (/numbers citations/.test(title)) return 'anatomy: citations, per topic page';
    if (/is searched by what it says/.test(title)) return 'anatomy: search index, per topic page';
  }
  if (name === 'privacy-and-security' && /own origin only/.test(title)) return 'privacy-and-security: per page';
  return `${name}: once per run`;
}

export interface GroupCost {
  group: string;
  tests: number;
  seconds: number;
  failed: number;
}

export function groupCosts(report: VitestJson): GroupCost[] {
  const groups = new Map<string, GroupCost>();
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      const group = testGroup(file.name, test.title);
      const cost = groups.get(group) ?? { group, tests: 0, seconds: 0, failed: 0 };
      cost.tests++;
      cost.seconds += (test.duration ?? 0) / 1000;
      if (test.status === 'failed') cost.failed++;
      groups.set(group, cost);
    }
  }
  return [...groups.values()].sort((a, b) => a.group.localeCompare(b.group));
}

export interface CountResult {
  extra: number;
  pages: number;
  check: number[];
  build: number[];
  e2e: number[];
  tests: number;
  failed: number;
  a11ySkipped: boolean;
  topicPages: number;
  /** No browser tests ran: their time is projected from the last count where they all ran. */
  projected?: boolean;
  groups: GroupCost[];
  firstFailures: string[];
  /** One-minute load average after the browser tests. */
  load: number;
}

export interface TestTimeResult {
  fixed: { typecheck: number; lint: number; unit: number; unitStatus: number | null };
  counts: CountResult[];
}

function e2eRun(skipA11y: boolean): { run: Run; report: VitestJson } {
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-e2e-')), 'report.json');
  const result = node([
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    '--reporter=json',
    `--outputFile=${out}`,
    ...(skipA11y ? ['--exclude', A11Y_FILE] : []),
  ]);
  const report = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  rmSync(join(out, '..'), { recursive: true, force: true });
  return { run: result, report };
}

/** Time `npm test`'s content-dependent parts at each number of extra generated topics. */
export async function measureTestTime(
  counts: number[],
  options: {
    runs?: number;
    skipA11yOver?: number;
    seed?: number;
    /** Typecheck, lint and unit-test seconds already timed (they do not depend on the content): not timed again. */
    fixed?: TestTimeResult['fixed'];
    /** Above this many extra topics, run no browser tests: project them per group from the last full run. */
    projectOver?: number;
    /** Rows measured in an earlier run (same machine, same tests), reported first and usable as the projection base. */
    earlier?: CountResult[];
    /** Called after each count, so a long run leaves its finished rows behind. */
    onProgress?: (partial: TestTimeResult) => void;
  } = {},
): Promise<TestTimeResult> {
  const runs = options.runs ?? 1;
  let fixed = options.fixed;
  if (!fixed) {
    const typecheck = node(['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
    // `npm run lint` is Biome, then knip.
    const biome = node(['node_modules/@biomejs/biome/bin/biome', 'check', '--error-on-warnings', '.']);
    const knip = node(['node_modules/knip/bin/knip.js']);
    const lint = { seconds: biome.seconds + knip.seconds };
    const unit = node(['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.config.ts']);
    fixed = { typecheck: typecheck.seconds, lint: lint.seconds, unit: unit.seconds, unitStatus: unit.status };
  }
  console.log(
    `fixed parts: typecheck ${fixed.typecheck.toFixed(0)} s, lint ${fixed.lint.toFixed(0)} s, unit ${fixed.unit.toFixed(0)} s`,
  );
  const results: CountResult[] = [...(options.earlier ?? [])];
  try {
    for (const extra of counts) {
      const generated = extra > 0 ? contentWithGeneratedTopics({ count: extra, seed: options.seed ?? 1 }) : undefined;
      const contentDir = generated?.dir;
      const skipA11y = options.skipA11yOver !== undefined && extra > options.skipA11yOver;
      const row: CountResult = {
        extra,
        pages: 0,
        check: [],
        build: [],
        e2e: [],
        tests: 0,
        failed: 0,
        a11ySkipped: skipA11y,
        topicPages: 0,
        groups: [],
        firstFailures: [],
        load: 0,
      };
      for (let i = 0; i < runs; i++) {
        row.check.push(node(['tools/check-content.ts', ...(contentDir ? [contentDir] : [])]).seconds);
        row.build.push(buildDist(contentDir).seconds);
        const built = allBuiltPages('dist');
        row.pages = built.length;
        row.topicPages = built.filter((path) => parseTopicPath(path) !== undefined).length;
        const base = results.findLast((r) => !r.a11ySkipped && !r.projected);
        if (options.projectOver !== undefined && extra > options.projectOver && base) {
          Object.assign(row, projectRow(base, row));
          console.log(
            `+${extra} topics (${row.pages} pages): build ${row.build.at(-1)?.toFixed(0)} s, browser tests projected`,
          );
          continue;
        }
        const { run: e2e, report } = e2eRun(skipA11y);
        row.e2e.push(e2e.seconds);
        row.tests = report.numTotalTests;
        row.failed = report.numFailedTests;
        row.groups = groupCosts(report);
        row.load = loadavg()[0] ?? 0;
        row.firstFailures = report.testResults
          .flatMap((f) => f.assertionResults.filter((t) => t.status === 'failed').map((t) => t.title))
          .slice(0, 3);
        console.log(
          `+${extra} topics (${row.pages} pages), run ${i + 1}: build ${row.build.at(-1)?.toFixed(0)} s, ` +
            `browser tests ${e2e.seconds.toFixed(0)} s, ${row.tests} tests, ${row.failed} failed${skipA11y ? ' (accessibility file left out)' : ''}`,
        );
      }
      if (contentDir) rmSync(contentDir, { recursive: true, force: true });
      results.push(row);
      options.onProgress?.({ fixed, counts: results });
    }
  } finally {
    buildDist(undefined);
  }
  return { fixed, counts: results };
}

/** How a group's test count grows: with every page, with topic pages, or not at all. */
function scale(group: string, from: CountResult, to: { pages: number; topicPages: number }): number {
  if (group.includes('per topic page')) return to.topicPages / from.topicPages;
  if (group.includes('per page')) return to.pages / from.pages;
  return 1;
}

/** Browser-test groups and wall time at a larger count, from a count where every browser test ran. */
export function projectRow(
  base: CountResult,
  to: { pages: number; topicPages: number },
): Pick<CountResult, 'groups' | 'e2e' | 'tests' | 'failed' | 'projected' | 'firstFailures'> {
  const groups = base.groups.map((g) => {
    const k = scale(g.group, base, to);
    return { group: g.group, tests: Math.round(g.tests * k), seconds: g.seconds * k, failed: 0 };
  });
  const sum = (gs: GroupCost[]) => gs.reduce((total, g) => total + g.seconds, 0);
  // Wall time beyond the summed test durations (start-up, browser launches) is taken as fixed.
  const e2e = base.e2e.map((wall) => wall + sum(groups) - sum(base.groups));
  return {
    groups,
    e2e,
    tests: groups.reduce((n, g) => n + g.tests, 0),
    failed: 0,
    projected: true,
    firstFailures: [],
  };
}

const f0 = (n: number) => n.toFixed(0);

/** The accessibility file's time at a count where it was left out, from its cost per page where it ran. */
function projectedA11y(result: TestTimeResult, row: CountResult): number | undefined {
  const full = [...result.counts].reverse().find((r) => !r.a11ySkipped && r.pages > 0);
  if (!full) return undefined;
  const a11y = full.groups.filter((g) => g.group.startsWith('accessibility-pages')).reduce((s, g) => s + g.seconds, 0);
  return (a11y / full.pages) * row.pages;
}

export function testTimeSection(result: TestTimeResult, date: string): string {
  const { fixed } = result;
  const fixedTotal = fixed.typecheck + fixed.lint + fixed.unit;
  const lines = [
    '## Test time against page count (goal: the whole `npm test` under 10 minutes with 500 topic pages)',
    '',
    `Measured by \`npm run bench -- --test-time\` on ${date}, on this project's shared 2-core machine. ` +
      'Each row adds N generated topics with distinct bodies (tools/bench/generate-topics.ts) to the real content, ' +
      'builds it into dist/ (the browser tests read dist/) and runs the browser tests (`npm run test:e2e`). ' +
      `The parts of \`npm test\` that do not depend on the content were timed once: typecheck ${f0(fixed.typecheck)} s, ` +
      `lint ${f0(fixed.lint)} s, unit tests ${f0(fixed.unit)} s${fixed.unitStatus === 0 ? '' : fixed.unitStatus === null ? ' (timed in an earlier run)' : ' (some failed)'}; ` +
      `${f0(fixedTotal)} s in all, included in the last column.`,
    '',
    '| extra topics | pages | content check s | build s | browser tests s | tests (failed) | whole `npm test` s (estimate) | load average |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of result.counts) {
    const projected = row.a11ySkipped ? projectedA11y(result, row) : undefined;
    const e2e = median(row.e2e) + (projected ?? 0);
    const total = fixedTotal + median(row.check) + median(row.build) + e2e;
    const note = row.projected
      ? ' (projected, not run)'
      : row.a11ySkipped
        ? ` (+ ${f0(projected ?? 0)} s projected for the accessibility file, not run)`
        : '';
    lines.push(
      `| ${row.extra} | ${row.pages} | ${median(row.check).toFixed(1)} | ${f0(median(row.build))} | ${f0(median(row.e2e))}${note} | ` +
        `${row.projected ? `about ${row.tests}` : `${row.tests} (${row.failed})`} | ${f0(total)} (${(total / 60).toFixed(1)} min) | ` +
        `${row.projected ? '-' : row.load.toFixed(1)} |`,
    );
  }
  lines.push(
    '',
    'Where the browser-test time goes (summed test durations; two files at a time, one per core; tests within a file in order):',
    '',
    `| group | ${result.counts.map((r) => `+${r.extra}: tests, s, ms per test`).join(' | ')} |`,
    `| --- | ${result.counts.map(() => '---:').join(' | ')} |`,
  );
  const groups = [...new Set(result.counts.flatMap((r) => r.groups.map((g) => g.group)))].sort();
  for (const group of groups) {
    const cells = result.counts.map((r) => {
      const g = r.groups.find((x) => x.group === group);
      if (!g) return r.a11ySkipped && group.startsWith('accessibility-pages') ? 'not run' : '-';
      const cell = `${g.tests}, ${f0(g.seconds)}, ${f0((g.seconds / g.tests) * 1000)}${g.failed > 0 ? ` (${g.failed} failed)` : ''}`;
      return r.projected ? `${cell} (projected)` : cell;
    });
    lines.push(`| ${group} | ${cells.join(' | ')} |`);
  }
  const failures = result.counts.filter((r) => r.failed > 0);
  if (failures.length > 0) {
    lines.push(
      '',
      `Failures: ${failures.map((r) => `+${r.extra}: ${r.failed} (first: ${r.firstFailures.map((t) => `"${t}"`).join(', ')})`).join('; ')}.`,
    );
  }
  return lines.join('\n');
}
