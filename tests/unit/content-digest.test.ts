import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDigest, whenContentChanges } from '../../src/lib/io/content-digest.ts';
import { fixtureTree } from '../helpers/fixtures.ts';

const SOURCE = join('sources', 'edited.yaml');

describe('the content digest', () => {
  it('is the same for the same files, wherever they are', () => {
    expect(contentDigest(fixtureTree())).toBe(contentDigest(fixtureTree()));
  });

  it('changes with an edit of the same length, a new file, a rename and a deletion', () => {
    const root = fixtureTree();
    const seen = new Set([contentDigest(root)]);
    const step = (change: () => void) => {
      change();
      const digest = contentDigest(root);
      expect(seen.has(digest)).toBe(false);
      seen.add(digest);
    };
    step(() => writeFileSync(join(root, SOURCE), 'title: one\n'));
    step(() => writeFileSync(join(root, SOURCE), 'title: two\n'));
    step(() => renameSync(join(root, SOURCE), join(root, 'sources', 'renamed.yaml')));
    const original = readdirSync(join(root, 'sources'))[0] ?? 'none';
    step(() => rmSync(join(root, 'sources', original)));
  });

  it('comes back to what it was when an edit is undone', () => {
    const root = fixtureTree();
    const before = contentDigest(root);
    writeFileSync(join(root, SOURCE), 'title: one\n');
    rmSync(join(root, SOURCE));
    expect(contentDigest(root)).toBe(before);
  });

  it('ignores dotfiles, as the content reader does (an editor’s swap file is not content)', () => {
    const root = fixtureTree();
    const before = contentDigest(root);
    writeFileSync(join(root, 'sources', '.edited.yaml.swp'), 'half-saved');
    expect(contentDigest(root)).toBe(before);
  });
});

describe('reading the content again only when it changes', () => {
  it('reads once for many requests, again after an edit, and again on a new day', () => {
    const root = fixtureTree();
    let reads = 0;
    const read = whenContentChanges((_root, today) => `read ${++reads} on ${today}`);
    expect(read(root, '2026-03-01')).toBe('read 1 on 2026-03-01');
    expect(read(root, '2026-03-01')).toBe('read 1 on 2026-03-01');
    writeFileSync(join(root, SOURCE), 'title: edited\n');
    expect(read(root, '2026-03-01')).toBe('read 2 on 2026-03-01');
    expect(read(root, '2026-03-02')).toBe('read 3 on 2026-03-02');
    expect(read(root, '2026-03-02')).toBe('read 3 on 2026-03-02');
  });

  it('keeps a failed check until the content changes: the same content fails the same way', async () => {
    const root = fixtureTree();
    let reads = 0;
    const read = whenContentChanges(() => {
      reads++;
      return Promise.reject(new Error('a content mistake'));
    });
    await expect(read(root, '2026-03-01')).rejects.toThrow('a content mistake');
    await expect(read(root, '2026-03-01')).rejects.toThrow('a content mistake');
    expect(reads).toBe(1);
    writeFileSync(join(root, SOURCE), 'title: fixed\n');
    await expect(read(root, '2026-03-01')).rejects.toThrow('a content mistake');
    expect(reads).toBe(2);
  });
});
