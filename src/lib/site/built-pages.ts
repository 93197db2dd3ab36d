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
