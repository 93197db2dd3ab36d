// Reading YAML: js-yaml reads what is valid (fast), and anything it refuses is reported with the file and line.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/io/files.ts';

function contentWith(file: string, text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-read-'));
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
  return root;
}

describe('reading YAML', () => {
  it('keeps dates as the text written (YAML 1.2 core schema), and reads lists and numbers', () => {
    const root = contentWith('trials/t.yaml', 'checked: 2026-11-30\nenrolment: 120\nsources: [a, b]\n');
    const { entries, problems } = readContent(root);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.id === 't')?.data).toEqual({
      checked: '2026-11-30',
      enrolment: 120,
      sources: ['a', 'b'],
    });
  });

  it('reports a repeated key with its line, never keeping one of the two silently', () => {
    const root = contentWith('sources/s.yaml', 'title: One\nyear: 2020\ntitle: Two\n');
    const { problems } = readContent(root);
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['yaml', 3, 'the YAML cannot be read (Map keys must be unique); check indentation and quotes'],
    ]);
  });
});
