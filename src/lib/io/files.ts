/** Reading the content folder from disk: topics (Markdown with YAML frontmatter), sources and trials (YAML). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { KINDS } from '../model/vocabulary.ts';
import type { Problem } from '../check/problems.ts';

export type CollectionName = 'topics' | 'sources' | 'trials';

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

function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  // Later YAML errors usually follow from the first; one clear message is more use than five.
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    problems.push({
      severity: 'error',
      file,
      field: 'yaml',
      line: line === undefined ? undefined : line + lineOffset,
      message: `the YAML cannot be read (${error.message.split(' at line')[0]?.split('\n')[0]}); check indentation and quotes`,
    });
  }
  return doc.errors.length > 0 ? undefined : doc.toJS();
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

  for (const folderPath of listFiles(join(root, 'topics'))) {
    const folder = basename(folderPath);
    if (!statSync(folderPath).isDirectory()) {
      problems.push({
        severity: 'error',
        file: display(folderPath),
        field: 'file',
        message: `topics go in a folder named for their kind (${KINDS.join(', ')}); move this file into one`,
      });
      continue;
    }
    if (!(KINDS as readonly string[]).includes(folder)) {
      problems.push({
        severity: 'error',
        file: display(folderPath),
        field: 'folder',
        message: `"${folder}" is not a kind; topic folders are ${KINDS.join(', ')}`,
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
          message: 'topic files are Markdown and end in .md; rename or remove this file',
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
      const bodyStartLine = match[0].split('\n').length;
      entries.push({
        collection: 'topics',
        id: fileId(path, '.md'),
        folder,
        file,
        data,
        ...(data === undefined ? { unreadable: true as const } : {}),
        body: text.slice(match[0].length),
        bodyStartLine,
      });
    }
  }

  for (const collection of ['sources', 'trials'] as const) {
    for (const path of listFiles(join(root, collection))) {
      const file = display(path);
      if (!path.endsWith('.yaml')) {
        problems.push({
          severity: 'error',
          file,
          field: 'file',
          message: `${collection} are YAML files ending in .yaml; rename or remove this file`,
        });
        continue;
      }
      const data = parseYaml(readFileSync(path, 'utf8'), file, 0, problems);
      entries.push({
        collection,
        id: fileId(path, '.yaml'),
        file,
        data,
        ...(data === undefined ? { unreadable: true as const } : {}),
      });
    }
  }
  return { entries, problems };
}
