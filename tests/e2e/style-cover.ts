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

/**
 * The given pages, then the fewest more (greedily, the page adding most first; ties in path order) until every token
 * used on any page is on one of them.
 */
export function coveringPages(tokensByPage: ReadonlyMap<string, ReadonlySet<string>>, start: string[]): string[] {
  const chosen = start.filter((p) => tokensByPage.has(p));
  const covered = new Set(chosen.flatMap((p) => [...(tokensByPage.get(p) ?? [])]));
  const inPathOrder = [...tokensByPage].sort(([a], [b]) => a.localeCompare(b));
  for (;;) {
    let best: string | undefined;
    let bestGain = 0;
    for (const [path, tokens] of inPathOrder) {
      let gain = 0;
      for (const t of tokens) if (!covered.has(t)) gain++;
      if (gain > bestGain) [best, bestGain] = [path, gain];
    }
    if (!best) return chosen;
    chosen.push(best);
    for (const t of tokensByPage.get(best) ?? []) covered.add(t);
  }
}
