import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../src/lib/check/index.ts';
import { fixtureTree } from '../tests/helpers/fixtures.ts';

const run = (dir: string) =>
  spawnSync(process.execPath, ['tools/snapshot-badges.ts', dir], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_TODAY: '2026-03-01' },
  });

// Each case spawns Node and checks the fixture twice: on a loaded machine that can pass 5 s.
describe('npm run snapshot-badges', { timeout: 30_000 }, () => {
  it('records the badges a release shows, so a re-grading without an entry is caught next time', () => {
    const dir = fixtureTree('badge-changed-without-entry');
    const result = run(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 topics, 1 trials');
    const snapshot = JSON.parse(readFileSync(join(dir, 'badges.snapshot.json'), 'utf8'));
    expect(snapshot.topics['drug-a']).toEqual({ certainty: 'low', status: 'off-label' });
    expect(snapshot.trials['fixture-trial']).toEqual({ status: 'running' });
    expect(checkContentDir(dir, { today: '2026-03-01' }).problems).toEqual([]);
    // Re-grade the page without saying so: the check now names the badge, both values and the fix.
    const file = join(dir, 'topics', 'treatment', 'drug-a.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('certainty: low', 'certainty: moderate'));
    const messages = checkContentDir(dir, { today: '2026-03-01' }).problems.map((p) => p.message);
    expect(messages.join('\n')).toContain('the certainty badge changed from low (the last release');
  });

  it('refuses to record content that does not pass the check', () => {
    const dir = fixtureTree('change-dates');
    const before = readFileSync(join(dir, 'badges.snapshot.json'), 'utf8');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('not written: fix the content first');
    expect(readFileSync(join(dir, 'badges.snapshot.json'), 'utf8')).toBe(before);
  });
});
