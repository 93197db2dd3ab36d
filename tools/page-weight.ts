/** Page weight: what a first visit fetches, compressed as a host would serve it. Pure, so it is unit-tested. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { inlineBodies } from '../src/lib/site/headers.ts';

/** ENGINEERING.md: everything a first visit fetches, gzip-compressed, and the JavaScript within it (bytes). */
export const BUDGET = { totalGzip: 30_000, jsGzip: 4_000 } as const;

/** How a page breaks the budget, in words naming the page; empty when it fits. JavaScript counts files and inline. */
export function overBudget(path: string, gzipBytes: number, jsGzipBytes: number): string[] {
  return [
    ...(gzipBytes > BUDGET.totalGzip
      ? [`${path}: ${kB(gzipBytes)} kB gzip in all (budget ${kB(BUDGET.totalGzip)})`]
      : []),
    ...(jsGzipBytes > BUDGET.jsGzip
      ? [`${path}: ${kB(jsGzipBytes)} kB gzip of JavaScript (budget ${kB(BUDGET.jsGzip)})`]
      : []),
  ];
}

export interface Fetched {
  url: string;
  type: string;
  bytes: Buffer;
}

export interface Weight {
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  jsGzipBytes: number;
}

export function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export function brotliSize(bytes: Buffer): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export function weigh(fetched: readonly Fetched[]): Weight {
  let rawBytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  let jsGzipBytes = 0;
  for (const f of fetched) {
    rawBytes += f.bytes.length;
    const gz = gzipSize(f.bytes);
    gzipBytes += gz;
    brotliBytes += brotliSize(f.bytes);
    if (f.type === 'script') jsGzipBytes += gz;
  }
  return { requests: fetched.length, rawBytes, gzipBytes, brotliBytes, jsGzipBytes };
}

/** Bytes of JavaScript inside inline <script> elements of an HTML page, gzipped. */
export function inlineScriptGzipBytes(html: string): number {
  // Only code counts as JavaScript: a JSON-LD data block is a <script> element, but nothing runs it.
  const dataBlocks = new Set(
    [...html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? ''),
  );
  const bodies = inlineBodies(html, 'script').filter((body) => !dataBlocks.has(body));
  return bodies.length === 0 ? 0 : gzipSize(Buffer.from(bodies.join('\n')));
}

/** Scripts that block rendering: external classic scripts in <head> without async or defer. */
export function renderBlockingScripts(html: string): string[] {
  const head = html.split(/<body[\s>]/)[0] ?? '';
  return [...head.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => /\bsrc=/.test(attrs) && !/\b(async|defer)\b|type="module"/.test(attrs));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/**
 * What a first visit to a built page fetches, read from the files rather than a browser: the page, its icon and
 * stylesheets, its scripts and every module they import up front (an `import()` on demand is not fetched until used).
 * The browser tests check this list against what Chromium fetches, so the budget test can weigh every page cheaply.
 */
export function firstVisit(html: string, read: (url: string) => Buffer): Fetched[] {
  const fetched: Fetched[] = [{ url: 'page', type: 'document', bytes: Buffer.from(html) }];
  const seen = new Set<string>();
  const add = (url: string, type: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const bytes = read(url);
    fetched.push({ url, type, bytes });
    if (type === 'script') for (const next of staticImports(bytes.toString('utf8'), url)) add(next, 'script');
  };
  for (const m of html.matchAll(/<link\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const rel = /\brel="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
    const href = /\bhref="(\/[^"]*)"/.exec(attrs)?.[1];
    if (href === undefined) continue;
    if (rel.includes('stylesheet')) add(href, 'stylesheet');
    else if (rel.includes('icon')) add(href, 'other');
    else if (rel.includes('modulepreload')) add(href, 'script');
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="(\/[^"]*)"/.exec(m[1] ?? '')?.[1];
    if (src !== undefined) add(src, 'script');
    else for (const next of staticImports(m[2] ?? '', '/')) add(next, 'script');
  }
  return fetched;
}

/** The modules a script imports up front (`import ... from "x"`, `import "x"`, `export ... from "x"`), as site paths. */
export function staticImports(code: string, from: string): string[] {
  const specifiers = [...code.matchAll(/(?:^|[\s;}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g)];
  return specifiers.map((m) => new URL(m[1] ?? '', `http://site${from}`).pathname);
}
