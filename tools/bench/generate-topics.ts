/**
 * Generated topics for benchmarks and scale tests: N pages derived from the real topic pages (every kind), each
 * with its own text, so that no cache can serve two pages from one parse. Deterministic for a given seed.
 *
 * Each generated page keeps its template's anatomy (headings, `:::` blocks and tables untouched), frontmatter
 * fields and citations (to sources that exist); sentences within each paragraph and list item are shuffled, a few
 * plain words swapped, and every section carries a unique variant number. Relations and claims point at other
 * generated pages (a bounded number each), so the real pages do not grow with N.
 *
 * Write into a copy of the content folder and point the build at it with ATLAS_CONTENT_DIR; never into src/content.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export interface GeneratedTopic {
  slug: string;
  kind: string;
  /** Path of the written file. */
  file: string;
  /** The real page it was derived from. */
  template: string;
}

export interface GenerateOptions {
  /** How many topics to write. */
  count: number;
  /** Same seed, same pages. */
  seed?: number;
  /** Only every n-th generated page keeps its template's tracked trials (so trial pages stay a realistic size). */
  trialsEvery?: number;
}

interface Template {
  kind: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A small seeded generator (mulberry32): the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Split prose into sentences at ". " before a capital, a bold mark or a link; keeps citations and links whole. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z*[])/);
}

const PLAIN_WORD = /^[a-z]{2,}$/;

/** Swap a few pairs of neighbouring plain lower-case words (never markup, citations or links). */
function swapWords(sentence: string, random: () => number): string {
  const words = sentence.split(' ');
  const swaps = Math.max(1, Math.floor(words.length / 12));
  for (let n = 0; n < swaps; n++) {
    const i = Math.floor(random() * (words.length - 1));
    const [a, b] = [words[i], words[i + 1]];
    if (a !== undefined && b !== undefined && PLAIN_WORD.test(a) && PLAIN_WORD.test(b)) {
      words[i] = b;
      words[i + 1] = a;
    }
  }
  return words.join(' ');
}

function rewriteProse(text: string, random: () => number): string {
  return shuffle(sentences(text), random)
    .map((s) => swapWords(s, random))
    .join(' ');
}

const LIST_ITEM = /^(\s*(?:[-*+]|\d+\.)\s+)(.*)$/;

const STRUCTURE = /^\s*(#|:::|\||>|```|~~~|\[[^\]]+\]:)/;

/**
 * Joins the wrapped lines of each paragraph and list item, so that sentences are shuffled whole: a sentence that gives
 * a number keeps its citation, as the content check asks.
 */
function unwrap(body: string): string[] {
  const lines: string[] = [];
  let fenced = false;
  let open = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const prose = !fenced && line.trim() !== '' && !STRUCTURE.test(line);
    if (prose && open && !LIST_ITEM.test(line)) {
      lines[lines.length - 1] += ` ${line.trim()}`;
    } else {
      lines.push(line);
    }
    open = prose;
  }
  return lines;
}

/** The body with every prose line rewritten; headings, `:::` fences, tables, quotes and code stay as they are. */
export function rewriteBody(body: string, index: number, random: () => number): string {
  const out: string[] = [];
  let section = 0;
  let marked = true;
  let fenced = false;
  for (const line of unwrap(body)) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || /^(```|~~~)/.test(line)) {
      out.push(line);
      continue;
    }
    if (/^##\s/.test(line)) {
      section++;
      marked = false;
      out.push(line);
      continue;
    }
    if (line.trim() === '' || STRUCTURE.test(line)) {
      out.push(line);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    const [prefix, text] = item ? [item[1] ?? '', item[2] ?? ''] : ['', line];
    let rewritten = rewriteProse(text, random);
    // The first prose line of each section says which variant it is: no two generated sections are equal.
    if (!marked && section > 0) {
      rewritten += ` This is generated variant ${index}, section ${section}.`;
      marked = true;
    }
    out.push(prefix + rewritten);
  }
  return out.join('\n');
}

/** The real topic pages under a content folder, every kind, in a stable order that takes the kinds in turn (so even
 * a handful of generated topics covers every kind). */
export function readTemplates(contentDir: string): Template[] {
  const topicsDir = join(contentDir, 'topics');
  const templates: Template[] = [];
  for (const kind of readdirSync(topicsDir).sort()) {
    const dir = join(topicsDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      const text = readFileSync(join(dir, name), 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) throw new Error(`${join(dir, name)} has no frontmatter`);
      templates.push({
        kind,
        slug: name.slice(0, -3),
        data: parse(match[1] ?? '') as Record<string, unknown>,
        body: text.slice(match[0].length),
      });
    }
  }
  if (templates.length === 0) throw new Error(`no topics in ${topicsDir}`);
  const byKind = new Map<string, Template[]>();
  for (const t of templates) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
  const queues = [...byKind.values()];
  const interleaved: Template[] = [];
  for (let i = 0; interleaved.length < templates.length; i++) {
    for (const queue of queues) {
      const next = queue[i];
      if (next) interleaved.push(next);
    }
  }
  return interleaved;
}

/** The generated pages page i links to as "see also": two neighbours, never itself. */
function forward(i: number, count: number): number[] {
  return [...new Set([(i + 1) % count, (i + 5) % count])].filter((j) => j !== i);
}

/** The slug of generated page i (stable, unique, and never a real page's slug). */
export function generatedSlug(template: string, index: number): string {
  return `${template}-g${index}`;
}

/**
 * Write `count` generated topics into `contentDir/topics/<kind>/`, derived from the real topics already there.
 * Returns what was written, in order.
 */
export function writeGeneratedTopics(contentDir: string, options: GenerateOptions): GeneratedTopic[] {
  const { count, seed = 1, trialsEvery = 10 } = options;
  const templates = readTemplates(contentDir);
  const plan = Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length] as Template;
    return { template, slug: generatedSlug(template.slug, i), kind: template.kind };
  });
  // For claims: the generated pages of each kind, so a claim can point at a page of the kind it needs.
  const byKind = new Map<string, number[]>();
  for (const [i, p] of plan.entries()) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), i]);

  const written: GeneratedTopic[] = [];
  for (const [i, { template, slug, kind }] of plan.entries()) {
    const random = seededRandom((seed * 1_000_003 + i) >>> 0);
    const data: Record<string, unknown> = structuredClone(template.data);
    // Named apart from the real page it copies: 500 pages called "Paxlovid (variant n)" would crowd the real page out
    // of its own search results, which no real growth of the atlas would do.
    data.title = `Generated ${kind} page ${i}`;
    data.aliases = [];
    // Inside the lede's last sentence: a third sentence would draw the check's warning on every generated page.
    data.lede = String(data.lede).replace(/\.?\s*$/, ` (generated variant ${i}).`);
    if (Array.isArray(data.unknowns)) data.unknowns = shuffle(data.unknowns, random);
    if (Array.isArray(data.questions)) data.questions = shuffle(data.questions, random);
    if (Array.isArray(data.trials) && i % trialsEvery !== 0) {
      data.trials = [];
      // A change record about a trial needs the trial on the page.
      if (Array.isArray(data.changes))
        data.changes = (data.changes as Array<{ trial?: unknown }>).filter((c) => !c.trial);
    }
    // Two "see also" links to neighbouring generated pages; a pair is declared once, never on both pages.
    data.related = forward(i, count)
      .filter((j) => !(j < i && forward(j, count).includes(i)))
      .map((j) => plan[j]?.slug);
    if (Array.isArray(data.claims)) {
      data.claims = (data.claims as Array<Record<string, unknown>>).flatMap((claim) => {
        const targetKind = templates.find((t) => t.slug === claim.topic)?.kind;
        const candidates = (targetKind ? byKind.get(targetKind) : undefined) ?? [];
        const target = candidates.find((j) => j !== i && j >= i) ?? candidates.find((j) => j !== i);
        return target === undefined ? [] : [{ ...claim, topic: plan[target]?.slug }];
      });
      // Several claims may land on the same generated page: keep one of each type and page, as the check asks.
      const seen = new Set<string>();
      data.claims = (data.claims as Array<Record<string, unknown>>).filter((claim) => {
        const pair = `${String(claim.type)} ${String(claim.topic)}`;
        if (seen.has(pair)) return false;
        seen.add(pair);
        return true;
      });
      // A generated page is never both a claim target and a "see also" of the same page.
      const claimed = new Set((data.claims as Array<Record<string, unknown>>).map((c) => String(c.topic)));
      data.related = (data.related as string[]).filter((s) => !claimed.has(s));
    }
    const body = rewriteBody(template.body, i, random);
    const dir = join(contentDir, 'topics', kind);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${slug}.md`);
    writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
    written.push({ slug, kind, file, template: template.slug });
  }
  return written;
}

/** A fresh temporary copy of a content folder (default src/content) with `count` generated topics added. */
export function contentWithGeneratedTopics(options: GenerateOptions & { from?: string; into?: string }): {
  dir: string;
  topics: GeneratedTopic[];
} {
  const dir = options.into ?? mkdtempSync(join(tmpdir(), 'atlas-content-'));
  cpSync(resolve(options.from ?? 'src/content'), dir, { recursive: true });
  return { dir, topics: writeGeneratedTopics(dir, options) };
}

// `node tools/bench/generate-topics.ts <count> [dir] [seed]`: print the folder to use as ATLAS_CONTENT_DIR.
if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? '100');
  const into = process.argv[3];
  const seed = Number(process.argv[4] ?? '1');
  const { dir, topics } = contentWithGeneratedTopics({ count, seed, ...(into ? { into } : {}) });
  console.log(`wrote ${topics.length} generated topics; ATLAS_CONTENT_DIR=${dir}`);
}
