/**
 * Build time against topic count, beside plain Astro: the atlas and a minimal Astro project (glob loader, Astro's own
 * Markdown, one template) build the SAME generated topics, alternating, cold each time (fresh cache and output).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from '../page-weight.ts';
import { contentWithGeneratedTopics } from './generate-topics.ts';

const ASTRO_BIN = join('node_modules', 'astro', 'bin', 'astro.mjs');

/** Files of a minimal Astro project: the content collection holds `topics/<kind>/<slug>.md` with a one-page template. */
export const PLAIN_PROJECT: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'plain-astro-baseline', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  cacheDir: process.env.ATLAS_BENCH_CACHE_DIR ?? './.cache',
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { topics: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/topics' }) }) };
`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const topics = await getCollection('topics');
  return topics.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const data = entry.data as { title: string; lede: string };
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{data.title}</title>
    <meta name="description" content={data.lede} />
  </head>
  <body>
    <main>
      <article>
        <h1>{data.title}</h1>
        <p>{data.lede}</p>
        <Content />
      </article>
    </main>
  </body>
</html>
`,
};

/** Write the plain Astro project into a temporary folder, with the topics of `contentDir` as its collection. */
export function createPlainProject(contentDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-plain-'));
  for (const [file, text] of Object.entries(PLAIN_PROJECT)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  cpSync(join(contentDir, 'topics'), join(dir, 'content', 'topics'), { recursive: true });
  symlinkSync(realpathSync('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function countHtml(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countHtml(path) : name.endsWith('.html') ? 1 : 0);
  }, 0);
}

export interface TimedBuild {
  /** Wall time from spawn to exit. */
  seconds: number;
  /** Busy CPU time during the build, every process of it (see spawnTimed): less sensitive than wall time to noise. */
  cpuSeconds: number;
  pages: number;
  /** What the atlas's build log says its own steps took (absent for plain Astro, which has neither). */
  checkSeconds?: number;
  searchSeconds?: number;
}

/** The atlas integration's timings, read from its build log. */
export function stageSeconds(log: string): { checkSeconds?: number; searchSeconds?: number } {
  const check = /content check passed in ([\d.]+) s/.exec(log)?.[1];
  // The search index is fed while the pages render; what the build waits for is its last part, after the last page.
  const search = /search index written from \d+ topic pages in ([\d.]+) s after the last page/.exec(log)?.[1];
  return {
    ...(check ? { checkSeconds: Number(check) } : {}),
    ...(search ? { searchSeconds: Number(search) } : {}),
  };
}

/** Busy CPU seconds of the whole machine so far (Linux's /proc/stat: user, nice, system, irq, softirq), if readable. */
function machineBusySeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields;
    return (user + nice + system + irq + softirq) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Run a command under bash and measure its CPU time. Where the machine's counters are readable, this is the busy time
 * of the whole machine during the run: Pagefind's process, which the build starts and ends but does not wait for, is
 * not among the children that bash's `times` counts (it missed 60 CPU seconds of a 5,000-topic build), and nothing
 * else should be running during a benchmark. Elsewhere, bash's `times` (children's user and system time).
 */
function spawnTimed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const script = '"$0" "$@"; status=$?; times >&2; exit $status';
  const busyBefore = machineBusySeconds();
  const result = spawnSync('bash', ['-c', script, command, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const busyAfter = machineBusySeconds();
  const times = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(result.stderr ?? '');
  const childSeconds = times
    ? Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])
    : Number.NaN;
  const cpuSeconds = busyBefore !== undefined && busyAfter !== undefined ? busyAfter - busyBefore : childSeconds;
  return { ...result, cpuSeconds };
}

/**
 * One cold `astro build` (fresh cache folder and output folder), timed from spawn to exit.
 * `args` may add flags; `nodeArgs` go to node (e.g. --cpu-prof).
 */
export function timeBuild(
  cwd: string,
  options: {
    env?: Record<string, string>;
    args?: string[];
    nodeArgs?: string[];
    /** Run on the built output before it is removed (the Pagefind CLI over plain Astro's pages). */
    afterwards?: (out: string) => void;
  } = {},
): TimedBuild {
  const cache = mkdtempSync(join(tmpdir(), 'atlas-bench-cache-'));
  const out = mkdtempSync(join(tmpdir(), 'atlas-bench-out-'));
  const start = performance.now();
  const result = spawnTimed(
    process.execPath,
    [...(options.nodeArgs ?? []), ASTRO_BIN, 'build', '--outDir', out, ...(options.args ?? [])],
    cwd,
    { ...process.env, ...options.env, ATLAS_BENCH_CACHE_DIR: cache },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`astro build in ${cwd} failed:\n${result.stdout}\n${result.stderr}`);
  const pages = countHtml(out);
  options.afterwards?.(out);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  return { seconds, cpuSeconds: result.cpuSeconds, pages, ...stageSeconds(`${result.stdout}${result.stderr}`) };
}

/**
 * Pagefind's own command over a built site, timed: what search costs any static site of these pages, so the atlas's
 * build can also be set beside plain Astro with the same search added the usual way (after the build, from disk).
 */
export function timePagefindCli(site: string): { seconds: number; cpuSeconds: number } {
  const start = performance.now();
  const result = spawnTimed(
    process.execPath,
    [join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', site],
    resolve('.'),
    process.env,
  );
  if (result.status !== 0) throw new Error(`pagefind over ${site} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: result.cpuSeconds };
}

/** The atlas build with the bench config (site config, caches moved aside) over a content folder. */
export function timeAtlasBuild(contentDir: string, nodeArgs: string[] = []): TimedBuild {
  return timeBuild(resolve('.'), {
    env: { ATLAS_CONTENT_DIR: contentDir },
    args: ['--config', 'tools/bench/astro.config.bench.ts'],
    nodeArgs,
  });
}

export interface ScaleRow {
  topics: number;
  atlas: number[];
  plain: number[];
  /** CPU seconds of each build (absent in rows measured before CPU time was recorded). */
  atlasCpu?: number[];
  plainCpu?: number[];
  atlasPages: number;
  plainPages: number;
  /** One-minute load average after each build: how much else the shared machine was doing. */
  load?: number[];
  /** The atlas's content check and search index, per run, from its build log. */
  atlasCheck?: number[];
  atlasSearch?: number[];
  /** Pagefind's command over plain Astro's output after each plain build, wall and CPU seconds. */
  plainSearch?: number[];
  plainSearchCpu?: number[];
}

/** For each count: generate distinct topics, then build atlas and plain Astro alternately, `runs` times each. */
export function measureBuildScale(counts: number[], runs: number, seed = 1): ScaleRow[] {
  const rows: ScaleRow[] = [];
  for (const count of counts) {
    const { dir } = contentWithGeneratedTopics({ count, seed });
    const plain = createPlainProject(dir);
    const row: ScaleRow = {
      topics: count,
      atlas: [],
      plain: [],
      atlasCpu: [],
      plainCpu: [],
      atlasPages: 0,
      plainPages: 0,
      load: [],
      atlasCheck: [],
      atlasSearch: [],
      plainSearch: [],
      plainSearchCpu: [],
    };
    try {
      for (let run = 0; run < runs; run++) {
        const atlas = timeAtlasBuild(dir);
        row.atlas.push(atlas.seconds);
        row.atlasCpu?.push(atlas.cpuSeconds);
        row.atlasPages = atlas.pages;
        if (atlas.checkSeconds !== undefined) row.atlasCheck?.push(atlas.checkSeconds);
        if (atlas.searchSeconds !== undefined) row.atlasSearch?.push(atlas.searchSeconds);
        let search = { seconds: Number.NaN, cpuSeconds: Number.NaN };
        const baseline = timeBuild(plain, {
          afterwards: (out) => {
            search = timePagefindCli(out);
          },
        });
        row.plainSearch?.push(search.seconds);
        row.plainSearchCpu?.push(search.cpuSeconds);
        row.plain.push(baseline.seconds);
        row.plainCpu?.push(baseline.cpuSeconds);
        row.plainPages = baseline.pages;
        row.load?.push(loadavg()[0] ?? 0);
        console.log(
          `${count} topics, run ${run + 1}: atlas ${atlas.seconds.toFixed(1)} s, ${atlas.cpuSeconds.toFixed(1)} s CPU ` +
            `(${atlas.pages} pages); plain Astro ${baseline.seconds.toFixed(1)} s, ${baseline.cpuSeconds.toFixed(1)} s CPU ` +
            `(${baseline.pages} pages), then Pagefind over it ${search.seconds.toFixed(1)} s`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(plain, { recursive: true, force: true });
    }
    rows.push(row);
  }
  return rows;
}

const s = (values: number[]) => values.map((v) => v.toFixed(1)).join(', ');

/** The BENCHMARKS.md section for build scale. */
export function buildScaleSection(rows: ScaleRow[], date: string): string {
  const lines = [
    '## Build time against topic count, beside plain Astro (budget: at most 1.5 times plain Astro)',
    '',
    `Measured by \`npm run bench -- --build-scale\` on ${date}. Each count adds N generated topics with distinct bodies ` +
      '(tools/bench/generate-topics.ts: derived from the real pages of every kind, sentences shuffled, words swapped, a ' +
      'unique variant number in every section; each passes the content check) to the real content. The plain Astro ' +
      "baseline is a minimal project in a temporary folder (same installed astro, glob loader, Astro's own Markdown, " +
      'one template: title, lede, body) over the same topic files. The two builds alternate, each cold (fresh cache and ' +
      'output folder), timed from process start to exit; CPU time is given too: the busy time of the whole machine ' +
      "during each build (from /proc/stat, so Pagefind's own process counts; nothing else runs during the bench). " +
      'The atlas builds more pages than plain Astro: kind indexes, ' +
      'trials, about pages and 404.',
    '',
    '| topics | atlas median s | plain Astro median s | atlas / plain | atlas ms per topic | plain ms per topic | atlas runs s | plain runs s | CPU s median atlas / plain (ratio) | pages atlas / plain |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |',
  ];
  for (const row of rows) {
    const a = median(row.atlas);
    const p = median(row.plain);
    const cpuA = row.atlasCpu?.length ? median(row.atlasCpu) : undefined;
    const cpuP = row.plainCpu?.length ? median(row.plainCpu) : undefined;
    const cpu =
      cpuA !== undefined && cpuP !== undefined
        ? `${cpuA.toFixed(1)} / ${cpuP.toFixed(1)} (${(cpuA / cpuP).toFixed(2)})`
        : 'not recorded';
    lines.push(
      `| ${row.topics} | ${a.toFixed(1)} | ${p.toFixed(1)} | ${(a / p).toFixed(2)} | ${((a / row.topics) * 1000).toFixed(1)} | ` +
        `${((p / row.topics) * 1000).toFixed(1)} | ${s(row.atlas)} | ${s(row.plain)} | ${cpu} | ${row.atlasPages} / ${row.plainPages} |`,
    );
  }
  const staged = rows.filter((r) => r.atlasCheck?.length && r.atlasSearch?.length);
  if (staged.length > 0) {
    lines.push(
      '',
      "Two of the atlas's steps have no counterpart in plain Astro: the content check and the Pagefind search index " +
        "(times from the atlas's build log). Both run beside Astro's own work: the check on a worker thread while " +
        'Astro bundles the site and lists its pages (no page renders before it has passed), the index in ' +
        "Pagefind's own process while the pages render (topic pages first, so it is written while the other pages " +
        'render); the build waits only for what is left of it after the last page. Without that wait:',
      '',
      '| topics | content check median s (beside the bundling and listing) | search index after the last page, median s | atlas without that wait, median s | that / plain |',
      '| ---: | ---: | ---: | ---: | ---: |',
    );
    for (const row of staged) {
      const check = median(row.atlasCheck ?? []);
      const search = median(row.atlasSearch ?? []);
      const core = median(row.atlas.map((a, i) => a - (row.atlasSearch?.[i] ?? 0)));
      lines.push(
        `| ${row.topics} | ${check.toFixed(1)} | ${search.toFixed(1)} | ${core.toFixed(1)} | ${(core / median(row.plain)).toFixed(2)} |`,
      );
    }
  }
  const searched = rows.filter((r) => r.plainSearch?.some((x) => Number.isFinite(x)));
  if (searched.length > 0) {
    lines.push(
      '',
      "Plain Astro has no search. The same search added the usual way (Pagefind's own command over plain Astro's " +
        'output, after its build, timed in the same run) shows how much of the difference is the search index itself:',
      '',
      '| topics | Pagefind over plain Astro median s | plain Astro + Pagefind median s | atlas / (plain Astro + Pagefind) | CPU s median, plain Astro + Pagefind (atlas / that) |',
      '| ---: | ---: | ---: | ---: | ---: |',
    );
    for (const row of searched) {
      const search = median(row.plainSearch ?? []);
      const both = median(row.plain.map((p, i) => p + (row.plainSearch?.[i] ?? 0)));
      const bothCpu = median((row.plainCpu ?? []).map((p, i) => p + (row.plainSearchCpu?.[i] ?? 0)));
      const atlasCpu = median(row.atlasCpu ?? []);
      lines.push(
        `| ${row.topics} | ${search.toFixed(1)} | ${both.toFixed(1)} | ${(median(row.atlas) / both).toFixed(2)} | ` +
          `${bothCpu.toFixed(1)} (${(atlasCpu / bothCpu).toFixed(2)}) |`,
      );
    }
  }
  const load = rows.flatMap((r) => r.load ?? []);
  if (load.length > 0) {
    lines.push(
      '',
      `One-minute load average on the 2 cores after each pair of builds: ${Math.min(...load).toFixed(1)} to ` +
        `${Math.max(...load).toFixed(1)} (above 2, other work was competing for the machine).`,
    );
  }
  if (rows.length >= 2) {
    const [small, large] = [rows[0], rows.at(-1)];
    if (small && large && large.topics > small.topics) {
      const slope = (xs: (r: ScaleRow) => number[]) =>
        ((median(xs(large)) - median(xs(small))) / (large.topics - small.topics)) * 1000;
      lines.push(
        '',
        `Marginal cost between ${small.topics} and ${large.topics} topics: atlas ${slope((r) => r.atlas).toFixed(1)} ms ` +
          `per topic, plain Astro ${slope((r) => r.plain).toFixed(1)} ms per topic ` +
          `(${(slope((r) => r.atlas) / slope((r) => r.plain)).toFixed(2)} times).`,
      );
    }
  }
  return lines.join('\n');
}
