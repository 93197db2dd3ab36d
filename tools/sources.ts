// `npm run sources`: every source with its type, year, where its identifiers were confirmed, and the pages and
// trials that cite it. Mirror-only and unconfirmed sources are listed first: they are the ones to firm up.
import { relative } from 'node:path';
import { bodyReader, checkContentDir } from '../src/lib/check/index.ts';
import { citationUses } from '../src/lib/check/rules/citations.ts';
import { contentRoot } from '../src/lib/io/paths.ts';
import { ParseCache } from '../src/lib/markdown/index.ts';
import type { Content } from '../src/lib/model/collections.ts';
import { today } from '../src/lib/site/dates.ts';

export interface SourceRow {
  key: string;
  type: string;
  year: string;
  confirmed: string;
  citedBy: string[];
}

/** One row per source, mirror-only and unconfirmed first, then by key. */
export function sourceRows(content: Content, cache: ParseCache): SourceRow[] {
  const raw = { entries: [], problems: [] };
  const uses = citationUses({
    raw,
    content,
    today: today(),
    body: bodyReader(content, cache),
    missing: () => false,
    spoiled: new Set(),
    rawTopic: () => undefined,
  });
  const citedBy = new Map<string, Set<string>>();
  for (const use of uses) {
    const name = use.file.replace(/^.*\/(topics\/[^/]+|trials|glossary|figures)\//, '$1/').replace(/\.(md|yaml)$/, '');
    const set = citedBy.get(use.key) ?? new Set<string>();
    set.add(name);
    citedBy.set(use.key, set);
  }
  const rank = (confirmed: string) => (confirmed === 'unconfirmed' ? 0 : confirmed === 'mirror' ? 1 : 2);
  return [...content.sources.values()]
    .map(({ id, data }) => ({
      key: id,
      type: data.type,
      year: data.year === undefined ? '' : String(data.year),
      confirmed: data.confirmed?.on ?? 'unconfirmed',
      citedBy: [...(citedBy.get(id) ?? [])].sort(),
    }))
    .sort((a, b) => rank(a.confirmed) - rank(b.confirmed) || a.key.localeCompare(b.key));
}

export function formatRows(rows: readonly SourceRow[]): string {
  const header = ['key', 'type', 'year', 'confirmed on', 'cited by'];
  const lines = rows.map((r) => [r.key, r.type, r.year, r.confirmed, r.citedBy.join(', ') || '(nothing)']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const pad = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const counts = ['unconfirmed', 'mirror'].map((c) => `${rows.filter((r) => r.confirmed === c).length} ${c}`);
  return [pad(header), ...lines.map(pad), '', `${rows.length} sources: ${counts.join(', ')}, the rest canonical`].join(
    '\n',
  );
}

if (import.meta.main) {
  const root = process.argv[2] ?? contentRoot();
  const cache = new ParseCache();
  const { content } = checkContentDir(root, { today: today(), cache });
  console.log(formatRows(sourceRows(content, cache)));
  console.log(`(from ${relative(process.cwd(), root) || root})`);
}
