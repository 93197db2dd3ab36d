/** The first pass: each file against its collection's schema, topic folders, and one file per slug. */
import type { z } from 'astro/zod';
import type { RawContent, RawEntry } from '../io/files.ts';
import {
  type CollectionName,
  type Content,
  type ContentEntry,
  collectionSpec,
  emptyContent,
} from '../model/collections.ts';
import type { Problem } from './problems.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Zod issues as editor-facing problems. */
function schemaProblems(entry: RawEntry, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      const symptomEvidence = entry.collection === 'topics' && keys.includes('evidence');
      message = symptomEvidence
        ? 'symptom pages have no evidence block; remove "evidence" (badges belong to treatments, tests and mechanisms)'
        : `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}; check the spelling against docs/CONTENT.md or remove ${keys.length > 1 ? 'them' : 'it'}`;
      return { severity: 'error', file: entry.file, field: issue.path.length > 0 ? field : keys.join(', '), message };
    }
    if (issue.code === 'invalid_type' && valueAt(entry.data, issue.path) === undefined) {
      message = `is missing; add it (${issue.message})`;
    }
    return { severity: 'error', file: entry.file, field, message };
  });
}

export function loadContent(raw: RawContent): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const content = emptyContent();
  for (const entry of raw.entries) {
    if (entry.unreadable) continue;
    const map = content[entry.collection] as Map<string, ContentEntry<CollectionName>>;
    const previous = map.get(entry.id);
    if (previous) {
      problems.push({
        severity: 'error',
        file: entry.file,
        field: 'slug',
        message: `the slug "${entry.id}" is already used by ${previous.file}; slugs are URLs and must be unique across all kinds, so rename one file`,
      });
      continue;
    }
    const parsed = collectionSpec(entry.collection).schema.safeParse(entry.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(entry, parsed.error));
      continue;
    }
    const data = parsed.data as ContentEntry<CollectionName>['data'];
    if (entry.folder !== undefined && 'kind' in data && data.kind !== entry.folder) {
      problems.push({
        severity: 'error',
        file: entry.file,
        field: 'kind',
        message: `the kind is "${data.kind}" but the file is in topics/${entry.folder}/; move the file or correct the kind`,
      });
      continue;
    }
    map.set(entry.id, { id: entry.id, file: entry.file, data, body: entry.body ?? '' });
  }
  return { content, problems };
}
