/**
 * Sources: at least one identifier, where it was confirmed (a canonical page, or two agreeing mirrors), one file
 * per work, and every source cited somewhere.
 */
import { citationKeysIn } from '../../markdown/index.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';
import { citationUses } from './citations.ts';

/** An identifier as it compares: DOIs ignore case; an address ignores its scheme, "www." and a closing slash. */
function comparable(kind: 'doi' | 'pmid' | 'pmcid' | 'url', value: string): string {
  if (kind === 'doi') return value.toLowerCase();
  if (kind === 'url')
    return value
      .replace(/^https?:\/\/(www\.)?/i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return value;
}

export const sources: Rule = (context) => {
  const { content, raw } = context;
  const problems: Problem[] = [];
  const valid = new Set<string>();
  for (const source of content.sources.values()) {
    const { data, file } = source;
    if (Object.values(data.ids).every((v) => v === undefined)) {
      problems.push({
        severity: 'error',
        file,
        field: 'ids',
        message:
          'a source needs at least one identifier (pmid, pmcid, doi, nct or url) that you saw on the canonical page',
      });
      continue;
    }
    valid.add(source.id);
    const { confirmed } = data;
    if (!confirmed) {
      problems.push({
        severity: 'warning',
        file,
        field: 'confirmed',
        message:
          'record where you confirmed the identifiers: "confirmed: {on: pubmed, url: ...}" (see docs/CONTENT.md)',
      });
    } else if (confirmed.on === 'mirror') {
      problems.push(
        (confirmed.copies ?? []).length < 2
          ? {
              severity: 'error',
              file,
              field: 'confirmed.copies',
              message:
                'a source seen only on mirrors needs two independent copies that agree; list both under "copies"',
            }
          : {
              severity: 'warning',
              file,
              field: 'confirmed',
              message:
                'seen only on mirrors; confirm it on a canonical page (PubMed, PMC, publisher, registry) when you can',
            },
      );
    } else if (!confirmed.url) {
      problems.push({
        severity: 'error',
        file,
        field: 'confirmed.url',
        message: `give the address of the ${confirmed.on} page where you saw the identifiers`,
      });
    }
  }

  // The same work filed twice: one source per work, shared by every page. (An NCT number may rightly appear on
  // both a registration and a results paper, so only publication ids and addresses count.)
  const seenIds = new Map<string, string>();
  const duplicates = new Set<string>();
  for (const source of content.sources.values()) {
    if (!valid.has(source.id)) continue;
    for (const kind of ['doi', 'pmid', 'pmcid', 'url'] as const) {
      const value = source.data.ids[kind];
      if (value === undefined) continue;
      const id = `${kind} ${comparable(kind, value)}`;
      const first = seenIds.get(id);
      if (first) {
        duplicates.add(source.id);
        problems.push({
          severity: 'error',
          file: source.file,
          field: `ids.${kind}`,
          message: `${first} already has this ${kind.toUpperCase()} (${value}); cite that source's key instead and remove this file`,
        });
      } else {
        seenIds.set(id, source.file);
      }
    }
  }

  // Sources nobody cites. Topics that failed their schema still cite: a broken page does not orphan its sources.
  const cited = new Set(citationUses(context).map((use) => use.key));
  for (const entry of raw.entries) {
    if (entry.collection !== 'topics' || content.topics.get(entry.id)?.file === entry.file) continue;
    for (const key of citationKeysIn(JSON.stringify(entry.data ?? {}) + (entry.body ?? ''))) cited.add(key);
  }
  for (const source of content.sources.values()) {
    if (!valid.has(source.id) || cited.has(source.id) || duplicates.has(source.id)) continue;
    problems.push({
      severity: 'warning',
      file: source.file,
      field: 'source',
      message: 'no page or trial cites this source; cite it or remove the file',
    });
  }
  return problems;
};
