// `npm run snapshot-badges`: record every topic's and trial's badges as this release shows them, in
// src/content/badges.snapshot.json. Run it when a release goes out (commit the file with it); until the next run, the
// check fails on any badge that changes without a change entry explaining it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSnapshot, SNAPSHOT_FILE, serializeSnapshot } from '../src/lib/changes/snapshot.ts';
import { checkContent } from '../src/lib/check/index.ts';
import { formatReport } from '../src/lib/check/problems.ts';
import { readContent } from '../src/lib/io/files.ts';
import { contentRoot } from '../src/lib/io/paths.ts';
import { today } from '../src/lib/site/dates.ts';

const root = process.argv[2] ?? contentRoot();
// Compared with no snapshot: the point is to replace it, but only with content that is otherwise sound.
const { content, problems } = checkContent(readContent(root), { today: today() });
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  console.log(formatReport(errors));
  console.log('not written: fix the content first, so the snapshot records a release that builds');
  process.exitCode = 1;
} else {
  const snapshot = makeSnapshot(content);
  writeFileSync(join(root, SNAPSHOT_FILE), serializeSnapshot(snapshot));
  console.log(
    `wrote ${join(root, SNAPSHOT_FILE)}: ${Object.keys(snapshot.topics).length} topics, ${Object.keys(snapshot.trials).length} trials`,
  );
}
