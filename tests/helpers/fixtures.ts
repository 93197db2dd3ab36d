// Builds a content tree from the good fixture plus one bad overlay, so each bad fixture holds only its mistake.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/problems.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** A date at which the good fixture has no review or trial due. */
export const FIXTURE_TODAY = '2026-03-01';

export function fixtureTree(badCase?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  cpSync(join(FIXTURES, 'good'), dir, { recursive: true });
  if (badCase) cpSync(join(FIXTURES, 'bad', badCase), dir, { recursive: true });
  return dir;
}

/** The check's report lines for a fixture, with the temporary folder shown as "content". */
export function checkFixture(badCase?: string, today = FIXTURE_TODAY): string[] {
  const dir = fixtureTree(badCase);
  const prefix = relative(process.cwd(), dir);
  return checkContentDir(dir, { today }).problems.map((p) => formatProblem(p).replaceAll(prefix, 'content'));
}
