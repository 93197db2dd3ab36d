import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../tests/helpers/fixtures.ts';

const run = (dir: string) =>
  spawnSync(process.execPath, ['tools/check-content.ts', dir], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_TODAY: '2026-03-01' },
  });

describe('npm run check', () => {
  it('exits 0 and says what it checked when the content is sound', () => {
    const result = run(fixtureTree());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 errors, 0 warnings');
    expect(result.stdout).toMatch(/checked 5 topics, 3 sources, 1 trials/);
  });

  it('exits 1 and names the file, field and fix when it is not', () => {
    const result = run(fixtureTree('raw-html'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/error: .*topics\/treatment\/drug-a\.md:49 \[body\] raw HTML is not allowed/);
    expect(result.stdout).toContain('3 errors, 0 warnings (see docs/CONTENT.md for the format)');
  });
});
