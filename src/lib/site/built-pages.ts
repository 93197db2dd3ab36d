/** The pages of a built site, as URL paths. Shared by the benchmark and the browser tests. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function allBuiltPages(dist: string): string[] {
  return htmlFiles(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML file behind a page path. */
export function builtFile(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * One name for a page however it is written: Astro names a page "/a/b" before it renders, "/a/b/" while it renders,
 * and the built folder has "/a/b/" (index.html) or "/404.html".
 */
export function pagePath(path: string): string {
  const bare = path.endsWith('.html') ? path.slice(0, -'.html'.length) : path;
  return bare.length > 1 && bare.endsWith('/') ? bare.slice(0, -1) : bare;
}
