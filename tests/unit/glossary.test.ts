import { describe, expect, it } from 'vitest';
import { CitationRegistry, ParseCache, renderBlocks } from '../../src/lib/markdown/index.ts';
import type { GlossaryOnPage } from '../../src/lib/markdown/render.ts';
import {
  GlossaryMarker,
  glossaryLinksIn,
  parseGlossaryPath,
  TermMatcher,
  termsUsedIn,
} from '../../src/lib/markdown/transforms/glossary.ts';

const cache = new ParseCache();
const matcher = new TermMatcher([
  { id: 'placebo', forms: ['Placebo', 'placebos'] },
  { id: 'randomized-trial', forms: ['Randomized trial', 'randomised trial', 'RCT'] },
  { id: 'small-fiber-neuropathy', forms: ['Small fiber neuropathy', 'SFN'] },
  { id: 'neuropathy', forms: ['Neuropathy'] },
  { id: 'pots', forms: ['POTS'] },
]);
const ENTRIES: Record<string, { term: string; plain: string }> = {
  placebo: { term: 'Placebo', plain: 'A dummy treatment.' },
  'randomized-trial': { term: 'Randomized trial', plain: 'Groups by chance.' },
  pots: { term: 'POTS', plain: 'A racing heart on standing.' },
};
const onPage = (skip: string[] = []): GlossaryOnPage => {
  const marker = new GlossaryMarker(matcher, skip);
  return {
    marker,
    entry: (id) => {
      const e = ENTRIES[id];
      return e ? { ...e, url: `/glossary/${id}/` } : undefined;
    },
  };
};
const render = (markdown: string, glossary: GlossaryOnPage) =>
  renderBlocks(cache.parse(markdown).children, new CitationRegistry(), undefined, glossary);
/** The terms a rendered piece offers in place, in order. */
const offered = (html: string) => [...html.matchAll(/popovertarget="term-([a-z-]+)"/g)].map((m) => m[1]);

describe('matching glossary terms in text', () => {
  it('matches whole words in any case, the longest form first', () => {
    expect(matcher.matches('A Placebo, then small fiber neuropathy and neuropathy.').map((m) => m.id)).toEqual([
      'placebo',
      'small-fiber-neuropathy',
      'neuropathy',
    ]);
  });

  it('never matches inside a word or a hyphenated word', () => {
    expect(matcher.matches('placebogenic, non-randomized trial, SFNs')).toEqual([]);
  });

  it('still finds a term that starts just after a place inside a word was turned down', () => {
    // "xneuropathy" is turned down at its "n"; the search goes on from the next letter, as a lookbehind would.
    expect(matcher.matches('xneuropathy neuropathy 𝒜SFN SFN').map((m) => [m.id, m.start])).toEqual([
      ['neuropathy', 12],
      ['small-fiber-neuropathy', 29],
    ]);
  });

  it('matches a form in capitals only as written', () => {
    expect(matcher.matches('pots and pans').map((m) => m.id)).toEqual([]);
    expect(matcher.matches('POTS and pans').map((m) => m.id)).toEqual(['pots']);
  });

  it('matches a term broken across lines', () => {
    expect(matcher.matches('a randomised\ntrial').map((m) => m.id)).toEqual(['randomized-trial']);
  });
});

describe('offering glossary terms in place', () => {
  it('offers each term once per page, at its first use, across separately rendered pieces', () => {
    const glossary = onPage();
    const first = render('A placebo and a randomized trial. Another placebo.', glossary);
    const second = render('The RCT used placebos.', glossary);
    expect(offered(first)).toEqual(['placebo', 'randomized-trial']);
    expect(offered(second)).toEqual([]);
  });

  it('renders a button that opens the plain definition as a popover, with a link to the term page, left out of search', () => {
    const html = render('It is POTS: a racing heart.', onPage());
    expect(html).toBe(
      '<p>It is <span class="term"><button type="button" class="term-button" popovertarget="term-pots" aria-label="POTS (what this means)">POTS</button><span id="term-pots" popover="auto" class="term-pop" data-pagefind-ignore="all"><span class="term-pop-title">POTS</span> A racing heart on standing. <a href="/glossary/pots/">More about POTS</a></span>:</span> a racing heart.</p>',
    );
  });

  it('never marks text in links, headings, citations or code', () => {
    const html = render(
      '## Placebo\n\n[a placebo](/treatment/x/) and `placebo` and [@placebo-2020].\n\nThen placebo.',
      onPage(),
    );
    expect(offered(html)).toEqual(['placebo']);
    expect(html).toContain('<h2>Placebo</h2>');
    expect(html).toContain('<a href="/treatment/x/">a placebo</a>');
    expect(html).toContain('Then <span class="term">');
  });

  it('skips the terms a page covers in full itself', () => {
    expect(offered(render('POTS and a placebo.', onPage(['pots'])))).toEqual(['placebo']);
  });

  it('leaves the shared parse tree untouched', () => {
    const tree = cache.parse('A placebo here.');
    const before = JSON.stringify(tree);
    render('A placebo here.', onPage());
    expect(JSON.stringify(cache.parse('A placebo here.'))).toBe(before);
  });

  it('renders an unknown term as the words the author wrote', () => {
    expect(render('Small fiber neuropathy, then.', onPage())).toBe('<p>Small fiber neuropathy, then.</p>');
  });
});

describe('finding glossary use', () => {
  it('lists the terms a page uses and the glossary pages it links to', () => {
    const root = cache.parse('An RCT with placebos. See [POTS](/glossary/pots/) and [x](/glossary/nope/#a).');
    expect(termsUsedIn(root.children, matcher)).toEqual(['randomized-trial', 'placebo']);
    expect(glossaryLinksIn(root).map((l) => l.id)).toEqual(['pots', 'nope']);
    expect(parseGlossaryPath('/treatment/ivig/')).toBeUndefined();
  });
});
