/**
 * A digest of everything the content reader could read below a root: every file's path and bytes (dotfiles aside, as
 * the reader skips them). It changes with any edit, new file, deletion or rename, whatever the file system's clock
 * does, and costs about 25 ms over the real content where a check costs about a second.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function contentDigest(root: string): string {
  const hash = createHash('sha1');
  if (existsSync(root)) addFolder(hash, root, '');
  return hash.digest('hex');
}

function addFolder(hash: Hash, dir: string, prefix: string): void {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      hash.update(`${path}/\0`);
      addFolder(hash, join(dir, entry.name), path);
    } else {
      const bytes = readFileSync(join(dir, entry.name));
      // The length first, so no two sets of files can run together into the same stream.
      hash.update(`${path}\0${bytes.length}\0`);
      hash.update(bytes);
    }
  }
}

/**
 * Read something from the content only when the content or the day has changed since the last read: the dev server
 * checks the content for every page it serves, and most requests follow no edit. Whatever the read returns is kept,
 * a rejected promise included: the same content fails the same way.
 */
export function whenContentChanges<T>(read: (root: string, today: string) => T): (root: string, today: string) => T {
  let last: { key: string; value: T } | undefined;
  return (root, today) => {
    const key = `${root}\n${today}\n${contentDigest(root)}`;
    if (last?.key !== key) last = { key, value: read(root, today) };
    return last.value;
  };
}
