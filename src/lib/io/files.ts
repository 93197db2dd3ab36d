/** Reading the content folder from disk: topics (Markdown with YAML frontmatter), sources and trials (YAML). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';
import type { Problem } from '../check/problems.ts';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../model/collections.ts';
import { KINDS } from '../model/vocabulary.ts';

export type { CollectionName };

export interface RawEntry {
  collection: CollectionName;
  /** Topics: the slug. Sources and trials: the file name without .yaml. */
  id: string;
  /** The folder a topic is in (its kind, if the folder is right). */
  folder?: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  data: unknown;
  /** The file could not be parsed (already reported); it exists, so references to it are not errors. */
  unreadable?: true;
  body?: string;
  /** Line in the file where the body starts (1-based), so body lines map back to the file. */
  bodyStartLine?: number;
}

export interface RawContent {
  entries: RawEntry[];
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

/**
 * YAML 1.2 (core schema: dates stay text) read by js-yaml, six to eight times faster than `yaml` on our files and with
 * the same result on every one of them. A file js-yaml refuses is read again by `yaml`, whose messages say more.
 */
function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (fast) {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    // Later YAML errors usually follow from the first; one clear message is more use than five.
    const error = doc.errors[0];
    const line = error ? error.linePos?.[0]?.line : yamlErrorLine(fast);
    const reason = error
      ? error.message.split(' at line')[0]?.split('\n')[0]
      : String((fast as { reason?: string }).reason ?? fast);
    problems.push({
      severity: 'error',
      file,
      field: 'yaml',
      line: line === undefined ? undefined : line + lineOffset,
      message: `the YAML cannot be read (${reason}); check indentation and quotes`,
    });
    return undefined;
  }
}

/** js-yaml's 1-based line for its error, if it gave one. */
function yamlErrorLine(error: unknown): number | undefined {
  const line = (error as { mark?: { line?: number } }).mark?.line;
  return line === undefined ? undefined : line + 1;
}

function fileId(path: string, extension: string): string {
  return basename(path, extension);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}

/** Read every entry below a content root. Unreadable files become problems, never silent skips. */
export function readContent(root: string): RawContent {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const spec of COLLECTIONS) {
    const read = spec.format === 'markdown' ? readMarkdownCollection : readYamlCollection;
    read(spec, join(root, spec.folder), entries, problems);
  }
  return { entries, problems };
}

/** Markdown collections keep one folder per kind: topics/treatment/ivig.md. */
function readMarkdownCollection(spec: CollectionSpec, dir: string, entries: RawEntry[], problems: Problem[]): void {
  const collection = spec.name as CollectionName;
  for (const folderPath of listFiles(dir)) {
    const folder = basename(folderPath);
    if (!statSync(folderPath).isDirectory()) {
      problems.push({
        severity: 'error',
        file: display(folderPath),
        field: 'file',
        message: `${spec.folder} go in a folder named for their kind (${KINDS.join(', ')}); move this file into one`,
      });
      continue;
    }
    if (!(KINDS as readonly string[]).includes(folder)) {
      problems.push({
        severity: 'error',
        file: display(folderPath),
        field: 'folder',
        message: `"${folder}" is not a kind; ${spec.folder.replace(/s$/, '')} folders are ${KINDS.join(', ')}`,
      });
      continue;
    }
    for (const path of listFiles(folderPath)) {
      const file = display(path);
      if (!path.endsWith('.md')) {
        problems.push({
          severity: 'error',
          file,
          field: 'file',
          message: `${spec.folder.replace(/s$/, '')} files are Markdown and end in .md; rename or remove this file`,
        });
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({
          severity: 'error',
          file,
          field: 'frontmatter',
          message: 'the file must start with YAML frontmatter between two "---" lines (see docs/CONTENT.md)',
        });
        continue;
      }
      const data = parseYaml(match[1] ?? '', file, 1, problems);
      entries.push({
        collection,
        id: fileId(path, '.md'),
        folder,
        file,
        data,
        ...(data === undefined ? { unreadable: true as const } : {}),
        body: text.slice(match[0].length),
        bodyStartLine: match[0].split('\n').length,
      });
    }
  }
}

function readYamlCollection(spec: CollectionSpec, dir: string, entries: RawEntry[], problems: Problem[]): void {
  for (const path of listFiles(dir)) {
    const file = display(path);
    if (!path.endsWith('.yaml')) {
      problems.push({
        severity: 'error',
        file,
        field: 'file',
        message: `${spec.folder} are YAML files ending in .yaml; rename or remove this file`,
      });
      continue;
    }
    const data = parseYaml(readFileSync(path, 'utf8'), file, 0, problems);
    entries.push({
      collection: spec.name as CollectionName,
      id: fileId(path, '.yaml'),
      file,
      data,
      ...(data === undefined ? { unreadable: true as const } : {}),
    });
  }
}
