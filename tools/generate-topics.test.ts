import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../src/lib/check/index.ts';
import { today } from '../src/lib/site/dates.ts';
import { contentWithGeneratedTopics, readTemplates } from './bench/generate-topics.ts';

const made: string[] = [];
function generate(count: number, seed = 1) {
  const result = contentWithGeneratedTopics({ count, seed });
  made.push(result.dir);
  return result;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const headings = (text: string) => text.split('\n').filter((line) => /^#{2,3}\s/.test(line));
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
/** The text of each level-2 section of a body. */
const sections = (text: string) => body(text).split(/^## /m).slice(1);

describe('generated topics for benchmarks', () => {
  const { dir, topics } = generate(12);
  const texts = topics.map((t) => readFileSync(t.file, 'utf8'));

  it('pass the content check alongside the real pages', () => {
    // Checked on the day, as `npm run check` checks the real pages: a fixed day would call today's edits future ones.
    const { problems, content } = checkContentDir(dir, { today: today() });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Nothing at all is reported about a generated page (a build at scale would log it once per page): sentences are
    // shuffled whole, so each number keeps its citation, and the lede keeps two sentences.
    const generated = new Set(topics.map((t) => basename(t.file)));
    expect(problems.filter((p) => generated.has(basename(p.file)))).toEqual([]);
    expect(content.topics.size).toBe(readTemplates('src/content').length + 12);
  }, 60_000);

  it('are derived from real pages of every kind and keep their anatomy', () => {
    const templates = readTemplates('src/content');
    expect(new Set(topics.map((t) => t.kind))).toEqual(new Set(templates.map((t) => t.kind)));
    for (const [i, topic] of topics.entries()) {
      const template = readFileSync(join('src/content/topics', topic.kind, `${topic.template}.md`), 'utf8');
      expect(headings(texts[i] ?? ''), topic.slug).toEqual(headings(template));
    }
  });

  it('have distinct bodies: no two pages, and no two sections anywhere, have the same text', () => {
    expect(new Set(texts.map(body)).size).toBe(texts.length);
    const all = texts.flatMap(sections);
    expect(new Set(all).size).toBe(all.length);
  });

  it('cite only the sources their template cites, and change the prose', () => {
    for (const [i, topic] of topics.entries()) {
      const template = readFileSync(join('src/content/topics', topic.kind, `${topic.template}.md`), 'utf8');
      const keys = (text: string) => [...body(text).matchAll(/@([a-z0-9-]+)/g)].map((m) => m[1]).sort();
      expect(keys(texts[i] ?? '')).toEqual(keys(template));
      expect(body(texts[i] ?? '')).not.toBe(body(template));
    }
  });

  it('are the same for the same seed and differ for another', () => {
    const again = generate(12);
    const other = generate(12, 2);
    expect(again.topics.map((t) => readFileSync(t.file, 'utf8'))).toEqual(texts);
    expect(readFileSync(other.topics[7]?.file ?? '', 'utf8')).not.toBe(texts[7]);
  }, 30_000);

  it('write only into the copy, never into src/content', () => {
    for (const topic of topics) expect(topic.file.startsWith(dir)).toBe(true);
    const real = readdirSync('src/content/topics', { recursive: true }).map(String);
    expect(real.some((name) => /-g\d+\.md$/.test(name))).toBe(false);
  });
});
