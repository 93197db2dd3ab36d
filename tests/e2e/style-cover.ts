// Which pages must the theme-by-width matrix open so that, between them, they show every element and class the site
// uses? Colours come from the stylesheet by element and class (and from any colour set on an element itself, counted
// as its own token), so contrast is a property of theme, element and class, not of a page's words: checking it on a
// set of pages that covers every token, in every theme and width, covers it everywhere.

/** Tag names, class names and colours set on elements themselves, in a page's HTML. */
export function styleTokens(html: string): Set<string> {
  const tokens = new Set<string>();
  for (const [, tag, attributes = ''] of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/g)) {
    tokens.add(`<${tag}>`);
    const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1] ?? '';
    for (const name of classes.split(/\s+/)) if (name) tokens.add(`.${name}`);
    // Colour set on the element itself (inline style, SVG paint): each distinct value must be seen in every theme too.
    for (const [, name, value] of attributes.matchAll(/\s(style|fill|stroke|color)="([^"]*)"/g)) {
      tokens.add(`${name}=${value}`);
    }
  }
  return tokens;
}

export interface PageStyle {
  tokens: ReadonlySet<string>;
  /** What opening the page costs (its size): between two pages that add as much, the cheaper one is chosen. */
  cost: number;
}

/**
 * The given pages, then more (greedily, the page adding most new tokens per unit of cost first; ties in path order)
 * until every token used on any page is on one of them.
 */
export function coveringPages(pages: ReadonlyMap<string, PageStyle>, start: string[]): string[] {
  const chosen = start.filter((p) => pages.has(p));
  const covered = new Set(chosen.flatMap((p) => [...(pages.get(p)?.tokens ?? [])]));
  const inPathOrder = [...pages].sort(([a], [b]) => a.localeCompare(b));
  for (;;) {
    let best: string | undefined;
    let bestValue = 0;
    for (const [path, { tokens, cost }] of inPathOrder) {
      let gain = 0;
      for (const t of tokens) if (!covered.has(t)) gain++;
      const value = gain / Math.max(cost, 1);
      if (value > bestValue) [best, bestValue] = [path, value];
    }
    if (!best) return chosen;
    chosen.push(best);
    for (const t of pages.get(best)?.tokens ?? []) covered.add(t);
  }
}
