/**
 * Summarise V8 CPU profiles (`node --cpu-prof`): the functions and files that cost the most, by self time and by
 * total time (a function's own time plus everything it called, counted once per stack).
 *
 *   node tools/bench/cpu-profile.ts <profile.cpuprofile | folder> [top]
 *   node tools/bench/cpu-profile.ts --build <topics>   profile one atlas build of N generated topics, then summarise
 *   node tools/bench/cpu-profile.ts --build <topics> --plain   the same for the plain Astro baseline over those topics
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlainProject, timeAtlasBuild, timeBuild } from './build-scale.ts';
import { contentWithGeneratedTopics } from './generate-topics.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  key: string;
  ms: number;
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^\/work\/[^/]+\/[^/]+\//, '')
    .replace(/\?.*$/, '');
}

/** Self and total time per function and total time per file, in milliseconds, largest first. */
export function summarise(profile: Profile): { self: Cost[]; total: Cost[]; files: Cost[]; ms: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const fn = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  let all = 0;
  for (const [id, us] of selfUs) {
    all += us;
    const node = byId.get(id);
    if (!node) continue;
    self.set(fn(node), (self.get(fn(node)) ?? 0) + us);
    const seenFn = new Set<string>();
    const seenFile = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      seenFn.add(fn(n));
      if (n.callFrame.url) seenFile.add(shortUrl(n.callFrame.url));
    }
    for (const key of seenFn) total.set(key, (total.get(key) ?? 0) + us);
    for (const key of seenFile) files.set(key, (files.get(key) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) =>
    [...m].map(([key, us]) => ({ key, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
  return { self: sorted(self), total: sorted(total), files: sorted(files), ms: all / 1000 };
}

function profilesIn(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(path, f))
    : [path];
}

function print(file: string, top: number): void {
  const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  const rows = (title: string, costs: Cost[]) => {
    console.log(`\n${title}`);
    for (const c of costs.slice(0, top)) console.log(`${c.ms.toFixed(0).padStart(8)} ms  ${c.key}`);
  };
  console.log(`\n== ${file}: ${(s.ms / 1000).toFixed(1)} s sampled`);
  rows('total time by function (self + callees)', s.total);
  rows('self time by function', s.self);
  rows('total time by file', s.files);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--build') {
    const plain = args.includes('--plain');
    const [count, top] = args
      .slice(1)
      .filter((a) => a !== '--plain')
      .map(Number);
    const { dir } = contentWithGeneratedTopics({ count: count ?? 1000 });
    const out = mkdtempSync(join(tmpdir(), 'atlas-prof-'));
    const profiling = ['--cpu-prof', `--cpu-prof-dir=${out}`];
    const build = plain ? timeBuild(createPlainProject(dir), { nodeArgs: profiling }) : timeAtlasBuild(dir, profiling);
    console.log(`profiled build: ${build.seconds.toFixed(1)} s, ${build.pages} pages; profiles in ${out}`);
    for (const file of profilesIn(out)) print(file, top ?? 40);
  } else {
    for (const file of profilesIn(args[0] ?? '.')) print(file, Number(args[1] ?? 40));
  }
}
