import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixtures.ts';

describe('the production build', () => {
  it('stops on a content mistake with the same report as the check, and writes no page', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, ATLAS_CONTENT_DIR: fixtureTree('javascript-link'), ATLAS_TODAY: '2026-03-01' },
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/drug-a\.md:53 \[body\] the link "javascript:alert\(1\)" is not allowed/);
    expect(output).not.toContain('Complete!');
    // The check runs beside the bundling, but no page is rendered before it has passed.
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 60_000);
});
