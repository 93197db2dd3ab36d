import { describe, expect, it } from 'vitest';
import { replaceSection, sectionNames } from './bench/sections.ts';

const doc = [
  '# Benchmarks',
  '',
  'Written by hand.',
  '',
  '<!-- bench:page-weight -->',
  'old weight',
  '<!-- /bench:page-weight -->',
  '',
  'Between sections, by hand.',
  '',
  '<!-- bench:build-scale -->',
  'old scale',
  '<!-- /bench:build-scale -->',
  '',
].join('\n');

describe('BENCHMARKS.md sections', () => {
  it('rewrites only the named section and leaves every other byte alone', () => {
    const next = replaceSection(doc, 'build-scale', 'new scale\n');
    expect(next).toBe(doc.replace('old scale', 'new scale'));
    expect(next).toContain('old weight');
  });

  it('appends a section that is not there yet, with its markers', () => {
    const next = replaceSection(doc, 'test-time', 'times');
    expect(next.startsWith(doc.trimEnd())).toBe(true);
    expect(next.endsWith('<!-- bench:test-time -->\ntimes\n<!-- /bench:test-time -->\n')).toBe(true);
    expect(sectionNames(next)).toEqual(['page-weight', 'build-scale', 'test-time']);
  });

  it('gives the same document when run twice with the same content', () => {
    const once = replaceSection(doc, 'page-weight', 'w');
    expect(replaceSection(once, 'page-weight', 'w')).toBe(once);
  });
});

describe('printed sheets', () => {
  it('counts the pages of a PDF, not its page tree', async () => {
    const { pdfPageCount } = await import('./bench/printed-sheets.ts');
    const pdf = Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page >>', 'latin1');
    expect(pdfPageCount(pdf)).toBe(2);
  });
});
