/**
 * The content collections, declared once. The file reader, the content check and the site all
 * iterate this table: a new collection (a glossary, say) is a row here plus its schema.
 */
import type { z } from 'astro/zod';
import { figureSchema } from './figure-schema.ts';
import { glossarySchema, sourceSchema, topicSchema, trialSchema } from './schema.ts';

export interface CollectionSpec {
  /** Its name in Astro and in messages. */
  name: string;
  /** Its folder under the content root. */
  folder: string;
  /** Markdown with YAML frontmatter (one folder per kind inside), or plain YAML files. */
  format: 'markdown' | 'yaml';
  schema: z.ZodType;
  /** What a file of it is called in messages, and how its id is made. */
  noun: string;
}

export const COLLECTIONS = [
  {
    name: 'topics',
    folder: 'topics',
    format: 'markdown',
    schema: topicSchema,
    noun: 'topic (its slug is the file name, unique across kinds)',
  },
  {
    name: 'sources',
    folder: 'sources',
    format: 'yaml',
    schema: sourceSchema,
    noun: 'source (its key is the file name)',
  },
  { name: 'trials', folder: 'trials', format: 'yaml', schema: trialSchema, noun: 'trial (its id is the file name)' },
  {
    name: 'glossary',
    folder: 'glossary',
    format: 'yaml',
    schema: glossarySchema,
    noun: 'glossary term (its id is the file name)',
  },
  {
    name: 'figures',
    folder: 'figures',
    format: 'yaml',
    schema: figureSchema,
    noun: 'figure (its id is the file name)',
  },
] as const satisfies readonly CollectionSpec[];

type Row = (typeof COLLECTIONS)[number];
export type CollectionName = Row['name'];
export const COLLECTION_NAMES = COLLECTIONS.map((c) => c.name) as readonly CollectionName[];

/** The checked data of one collection's entries. */
export type DataOf<N extends CollectionName> = z.infer<Extract<Row, { name: N }>['schema']>;

export interface ContentEntry<N extends CollectionName> {
  /** Topics: the slug. Sources: the key. Trials: the id. Always the file name without its extension. */
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  data: DataOf<N>;
  /** Markdown body (topics only; empty for YAML collections). */
  body: string;
}

/** Everything the atlas knows, after the check: one map per collection, by id. */
export type Content = { [N in CollectionName]: Map<string, ContentEntry<N>> };

export type TopicEntry = ContentEntry<'topics'>;

export function collectionSpec(name: CollectionName): Row {
  const spec = COLLECTIONS.find((c) => c.name === name);
  if (!spec) throw new Error(`no collection "${name}"`);
  return spec;
}

export function emptyContent(): Content {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Map()])) as Content;
}
