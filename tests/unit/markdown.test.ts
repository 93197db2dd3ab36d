import { describe, expect, it } from 'vitest';
import { CitationRegistry, citationKeysIn } from '../../src/lib/markdown/citations.ts';
import {
  findUnsafeMarkdown,
  parseMarkdown,
  renderBlocks,
  renderInline,
  splitSections,
} from '../../src/lib/markdown/index.ts';

describe('citations', () => {
  it('reads one key or several from a group', () => {
    expect(citationKeysIn('A [@a-2020] and [@b-2021; @c-2022].')).toEqual(['a-2020', 'b-2021', 'c-2022']);
  });

  it('numbers keys in order of first citation and reuses numbers', () => {
    const registry = new CitationRegistry();
    expect(registry.cite('b').number).toBe(1);
    expect(registry.cite('a').number).toBe(2);
    const again = registry.cite('b');
    expect(again).toEqual({ key: 'b', number: 1, id: 'cite-1-2' });
    expect(registry.orderedKeys()).toEqual(['b', 'a']);
  });
});

describe('rendering topic Markdown', () => {
  it('turns citations into superscript links to the numbered references, hugging the word before', () => {
    const registry = new CitationRegistry();
    const html = renderBlocks(parseMarkdown('Helps [@x]. Also [@y; @x].').children, registry);
    expect(html).toBe(
      '<p>Helps<sup class="cite"><a href="#ref-1" id="cite-1-1" aria-label="Reference 1">1</a></sup>. Also<sup class="cite"><a href="#ref-2" id="cite-2-1" aria-label="Reference 2">2</a>,<a href="#ref-1" id="cite-1-2" aria-label="Reference 1">1</a></sup>.</p>',
    );
  });

  it('keeps one numbering across separately rendered pieces of a page', () => {
    const registry = new CitationRegistry();
    renderInline('Rationale [@later]', registry);
    const html = renderBlocks(parseMarkdown('Body [@first] [@later]').children, registry);
    expect(html).toContain('href="#ref-2"');
    expect(html).toContain('id="cite-1-2"');
  });

  it('renders inline Markdown without a wrapping paragraph', () => {
    expect(renderInline('Is it *safe*?', new CitationRegistry())).toBe('Is it <em>safe</em>?');
  });

  it('refuses raw HTML, images and script links even if the check were skipped', () => {
    for (const md of [
      '<script>alert(1)</script>',
      'a <b onclick="x()">b</b>',
      '![x](/a.png)',
      '[x](javascript:alert(1))',
    ]) {
      expect(() => renderBlocks(parseMarkdown(md).children, new CitationRegistry())).toThrow(/unsafe Markdown/);
    }
  });

  it('finds every unsafe construct with its line', () => {
    const findings = findUnsafeMarkdown(
      parseMarkdown('ok\n\n<div>x</div>\n\n[a](data:text/html,x)\n\n[^1]\n\n[^1]: n'),
    );
    expect(findings.map((f) => f.line)).toEqual([3, 5, 7, 9]);
  });

  it('splits a body into its level-2 sections', () => {
    const { preamble, sections } = splitSections(parseMarkdown('intro\n\n## One\n\na\n\n### Sub\n\n## Two\n\nb'));
    expect(preamble).toHaveLength(1);
    expect(sections.map((s) => [s.heading, s.nodes.length])).toEqual([
      ['One', 2],
      ['Two', 1],
    ]);
  });
});
