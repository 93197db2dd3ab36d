import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../tests/helpers/fixtures.ts';

describe('npm run sources', () => {
  it('lists every source with its type, year, where it was confirmed and who cites it', () => {
    const result = spawnSync(process.execPath, ['tools/sources.ts', fixtureTree('mirror-source-one-copy')], {
      encoding: 'utf8',
      env: { ...process.env, ATLAS_TODAY: '2026-03-01' },
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^key\s+type\s+year\s+confirmed on\s+cited by$/);
    // Mirror-only sources come first: they are the ones to firm up.
    expect(lines[1]).toMatch(
      /^review-2020\s+review\s+2020\s+mirror\s+figures\/fixture-standing, glossary\/heart-rate, topics\/guide\/guide-e, topics\/mechanism\//,
    );
    expect(result.stdout).toMatch(
      /^trial-2021\s+randomized-trial\s+2021\s+pubmed\s+figures\/fixture-standing, topics\/treatment\/drug-a$/m,
    );
    expect(result.stdout).toMatch(/^registry-2024\s+.*\s+trials\/fixture-trial$/m);
    expect(result.stdout).toContain('3 sources: 0 unconfirmed, 1 mirror, the rest canonical');
  });
});
