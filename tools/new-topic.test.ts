import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../src/lib/check/index.ts';
import { FIXTURE_TODAY, fixtureTree } from '../tests/helpers/fixtures.ts';
import { sixMonthsAfter } from './new-topic.ts';

function newTopic(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['tools/new-topic.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CONTENT_DIR: dir, ATLAS_TODAY: FIXTURE_TODAY },
  });
}

describe('npm run new-topic', () => {
  it('starts a file with the headings of its kind, which the check then asks to be written', () => {
    const dir = fixtureTree();
    const result = newTopic(dir, 'treatment', 'midodrine', 'autonomic', 'Midodrine');
    expect(result.status).toBe(0);
    const text = readFileSync(join(dir, 'topics', 'treatment', 'midodrine.md'), 'utf8');
    expect(text).toMatch(/^---\nkind: treatment\ntitle: "Midodrine"\nsystem: autonomic\n/);
    expect(text).toContain(
      'reviewed: 2026-03-01\nnextReview: 2026-09-01\nchanges:\n  - {date: 2026-03-01, type: published}',
    );
    expect(text.match(/^## .+$/gm)).toEqual([
      '## Start here',
      '## What it targets',
      '## What the evidence actually shows',
      '## The strongest case, and its gap',
      '## What to weigh',
      '## What this means for you',
    ]);
    const problems = checkContentDir(dir, { today: FIXTURE_TODAY }).problems.filter((p) =>
      p.file.endsWith('midodrine.md'),
    );
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['lede', 'short', 'evidence.certainty']));
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('refuses an unknown kind, a bad slug, and an existing file', () => {
    const dir = fixtureTree();
    expect(newTopic(dir, 'remedy', 'x', 'autonomic', 'X').status).toBe(2);
    expect(newTopic(dir, 'treatment', 'Not A Slug', 'autonomic', 'X').stderr).toMatch(/not a slug/);
    expect(newTopic(dir, 'treatment', 'drug-a', 'autonomic', 'Drug A').stderr).toMatch(/already exists/);
  });

  it('sets the first review six months on', () => {
    expect(sixMonthsAfter('2026-11-23')).toBe('2027-05-23');
  });
});
