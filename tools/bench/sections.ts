/** BENCHMARKS.md is written in marked sections, one per part of `npm run bench`; each part rewrites only its own. */

const start = (name: string) => `<!-- bench:${name} -->`;
const end = (name: string) => `<!-- /bench:${name} -->`;

/**
 * Replace the text between `<!-- bench:name -->` and `<!-- /bench:name -->` (markers kept), or append a new marked
 * section at the end when there is none yet. Everything outside the markers is left exactly as it was.
 */
export function replaceSection(document: string, name: string, content: string): string {
  const open = start(name);
  const close = end(name);
  const body = `${open}\n${content.trim()}\n${close}`;
  const from = document.indexOf(open);
  const to = document.indexOf(close);
  if (from === -1 || to === -1 || to < from) {
    return `${document.replace(/\s*$/, '')}\n\n${body}\n`;
  }
  return document.slice(0, from) + body + document.slice(to + close.length);
}

/** The names of the marked sections in a document, in order. */
export function sectionNames(document: string): string[] {
  return [...document.matchAll(/<!-- bench:([a-z-]+) -->/g)].map((m) => m[1] ?? '');
}
