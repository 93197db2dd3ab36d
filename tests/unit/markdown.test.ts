import { toString as textOf } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { CitationRegistry, citationKeysIn } from '../../src/lib/markdown/citations.ts';
import {
  findUnsafeMarkdown,
  ParseCache,
  renderBlocks,
  renderInline,
  splitSections,
} from '../../src/lib/markdown/index.ts';
import { sentencesOf, sentencesOfText } from '../../src/lib/markdown/sentences.ts';

const cache = new ParseCache();
const parseMarkdown = (markdown: string) => cache.parse(markdown);

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
  it('turns citations into superscript links to the numbered references, hugging the word before, in order, left out of search', () => {
    const registry = new CitationRegistry();
    const html = renderBlocks(parseMarkdown('Helps [@x]. Also [@y; @x].').children, registry);
    expect(html).toBe(
      '<p>Helps<sup class="cite" data-pagefind-ignore="all"><a href="#ref-1" id="cite-1-1" aria-label="Reference 1">1</a></sup>. Also<sup class="cite" data-pagefind-ignore="all"><a href="#ref-1" id="cite-1-2" aria-label="Reference 1">1</a>,<a href="#ref-2" id="cite-2-1" aria-label="Reference 2">2</a></sup>.</p>',
    );
  });

  it('keeps one numbering across separately rendered pieces of a page', () => {
    const registry = new CitationRegistry();
    renderInline('Rationale [@later]', registry, cache);
    const html = renderBlocks(parseMarkdown('Body [@first] [@later]').children, registry);
    expect(html).toContain('href="#ref-2"');
    expect(html).toContain('id="cite-1-2"');
  });

  it('renders inline Markdown without a wrapping paragraph', () => {
    expect(renderInline('Is it *safe*?', new CitationRegistry(), cache)).toBe('Is it <em>safe</em>?');
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

describe('More detail disclosures', () => {
  it('render as a native details element, closed, with the label as its summary', () => {
    const md = ':::more-detail[How the trial was run]\nTwenty people [@x].\n:::';
    const html = renderBlocks(parseMarkdown(md).children, new CitationRegistry());
    expect(html).toMatch(
      /^<details class="more-detail"><summary>How the trial was run<\/summary>\n<p>Twenty people<sup/,
    );
    expect(html).not.toContain(' open');
  });

  it('fall back to the default label', () => {
    const html = renderBlocks(parseMarkdown(':::more-detail\nText.\n:::').children, new CitationRegistry());
    expect(html).toContain('<summary>More detail</summary>');
  });

  it('are checked: no headings inside, no nesting, no other directives', () => {
    const messages = (md: string) => findUnsafeMarkdown(parseMarkdown(md)).map((f) => f.message);
    expect(messages(':::more-detail\n### Sub\n\nText\n:::')).toEqual([
      'a heading inside ":::more-detail" is not allowed; use its [label] or bold text instead',
    ]);
    expect(messages(':::more-detail\n:::')).toEqual(['the "more-detail" block is empty; write its text or remove it']);
    expect(messages('Intro.\n\n:::more-detail\nText.\n\nMore text.')).toEqual([
      'the "more-detail" block is never closed, so everything after it would be hidden inside it; end it with a line of ":::"',
    ]);
    expect(findUnsafeMarkdown(parseMarkdown(':::more-detail\nText.\n::: Lost words.\n\nAfter.'))).toEqual([
      {
        line: 3,
        message:
          'the ":::" that closes the "more-detail" block has text after it ("Lost words."), which would be lost; put ":::" alone on its line',
      },
    ]);
    expect(messages(':::more-detail\nText.\n::::  \n\nAfter.')).toEqual([]);
    expect(messages(':::note\nText\n:::')).toEqual([
      '":::note" is not a known block; the only one is ":::more-detail[label]"',
    ]);
    // Everyday colons stay text: only the ":::" block form is a directive.
    for (const text of ['randomized 1:1 to drug', 'at 10:30 am', 'Note:this']) {
      expect(messages(text)).toEqual([]);
      expect(renderBlocks(parseMarkdown(text).children, new CitationRegistry())).toBe(`<p>${text}</p>`);
    }
  });
});

describe('the parse cache', () => {
  it('parses a text once and hands out a tree nobody can change', () => {
    const own = new ParseCache();
    const tree = own.parse('Some *text*.');
    expect(own.parse('Some *text*.')).toBe(tree);
    expect(own.size).toBe(1);
    expect(() => {
      (tree.children as unknown[]).push({ type: 'text', value: 'x' });
    }).toThrow(TypeError);
  });

  it('parses a text read once without keeping it, and serves a kept tree if there is one', () => {
    const own = new ParseCache();
    const once = own.parseOnce('A body read by one page.');
    expect(once.children[0]?.type).toBe('paragraph');
    expect(own.size).toBe(0);
    const kept = own.parse('A body read by one page.');
    expect(own.parseOnce('A body read by one page.')).toBe(kept);
  });
});

describe('the parser', () => {
  const shape = (markdown: string) =>
    JSON.parse(JSON.stringify(new ParseCache().parse(markdown), (k, v) => (k === 'position' ? undefined : v)));

  it('reads GFM tables, strikethrough and a leading rule the way CommonMark and GFM define them', () => {
    const tree = shape('---\n\n| a | b |\n| - | :-: |\n| 1 | ~~2~~ |\n');
    expect(tree.children.map((n: { type: string }) => n.type)).toEqual(['thematicBreak', 'table']);
    expect(tree.children[1].align).toEqual([null, 'center']);
    expect(tree.children[1].children[1].children[1].children[0].type).toBe('delete');
  });

  it('keeps the line of every block, so the check can point at it', () => {
    const tree = new ParseCache().parse('First.\n\n## Heading\n\n- item\n');
    expect(tree.children.map((n) => n.position?.start.line)).toEqual([1, 3, 5]);
  });

  it('reads a More detail container with its label and leaves colons in ordinary text as text', () => {
    const tree = shape(':::more-detail[Why]\nInside.\n:::\n\nRandomized 1:1 at 10:30 and text:name.');
    expect(tree.children[0].type).toBe('moreDetail');
    expect(tree.children[1].type).toBe('paragraph');
    expect(tree.children[1].children.every((n: { type: string }) => n.type === 'text')).toBe(true);
    expect(textOf(tree.children[1])).toBe('Randomized 1:1 at 10:30 and text:name.');
  });
});

describe('sentences and their citations', () => {
  const cited = (markdown: string) => sentencesOf(parseMarkdown(markdown)).map((s) => [s.text, s.cited, s.line]);

  it('splits a paragraph into sentences, each knowing whether it cites', () => {
    expect(cited('In 40 people it helped. It was not blinded [@a].\nMost finished [@b; @c].')).toEqual([
      ['In 40 people it helped.', false, 1],
      ['It was not blinded.', true, 1],
      ['Most finished.', true, 2],
    ]);
  });

  it('keeps a citation written after the full stop with its sentence', () => {
    expect(cited('In 40 people it helped. [@a] Then it stopped.')).toEqual([
      ['In 40 people it helped.', true, 1],
      ['Then it stopped.', false, 1],
    ]);
  });

  it('does not end a sentence at an abbreviation, and reads lists and More detail boxes but not tables', () => {
    const markdown = [
      '- Adults, e.g. 40 people with POTS, et al. 2021 [@a]. Next one.',
      '',
      ':::more-detail[Details]',
      'Twenty people? Yes [@b].',
      ':::',
      '',
      '| a | b |',
      '| - | - |',
      '| 40 people | 12% |',
    ].join('\n');
    expect(cited(markdown)).toEqual([
      ['Adults, e.g. 40 people with POTS, et al. 2021.', true, 1],
      ['Next one.', false, 1],
      ['Twenty people?', false, 4],
      ['Yes.', true, 4],
    ]);
  });

  it('reads frontmatter text with its [@key] citations', () => {
    expect(sentencesOfText('A trial [@a]. Then 12% more.').map((s) => [s.text, s.cited])).toEqual([
      ['A trial.', true],
      ['Then 12% more.', false],
    ]);
  });
});
