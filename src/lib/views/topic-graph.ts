/** Relations between topics: declared once, shown on both pages. */
import { KINDS, type Kind } from '../model/vocabulary.ts';

export interface GraphNode {
  slug: string;
  kind: Kind;
  title: string;
  related: readonly string[];
}

/** Every topic's neighbours, whichever side declared the relation, sorted by kind then title. */
export function relatedTopics(nodes: readonly GraphNode[]): Map<string, string[]> {
  const bySlug = new Map(nodes.map((n) => [n.slug, n]));
  const links = new Map<string, Set<string>>(nodes.map((n) => [n.slug, new Set<string>()]));
  for (const node of nodes) {
    for (const other of node.related) {
      if (other === node.slug || !bySlug.has(other)) continue;
      links.get(node.slug)?.add(other);
      links.get(other)?.add(node.slug);
    }
  }
  const order = (slug: string) => {
    const n = bySlug.get(slug);
    return n ? KINDS.indexOf(n.kind) : KINDS.length;
  };
  const result = new Map<string, string[]>();
  for (const [slug, set] of links) {
    result.set(
      slug,
      [...set].sort(
        (a, b) => order(a) - order(b) || (bySlug.get(a)?.title ?? a).localeCompare(bySlug.get(b)?.title ?? b),
      ),
    );
  }
  return result;
}
