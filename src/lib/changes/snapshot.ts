/**
 * The badge snapshot: each topic's certainty and status and each trial's status as the last release had them,
 * committed as src/content/badges.snapshot.json and written by `npm run snapshot-badges`. The check compares the
 * content with it, so a badge can change only with a change entry that says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../model/collections.ts';
import type { Topic } from '../model/schema.ts';

export const SNAPSHOT_FILE = 'badges.snapshot.json';
export const SNAPSHOT_COMMAND = 'npm run snapshot-badges';

export interface BadgeValues {
  certainty?: string;
  status?: string;
}

export interface BadgeSnapshot {
  topics: Record<string, BadgeValues>;
  trials: Record<string, BadgeValues>;
}

export function topicBadgeValues(data: Topic): BadgeValues {
  if (!('evidence' in data)) return {};
  const values: BadgeValues = { certainty: data.evidence.certainty };
  if ('status' in data.evidence) values.status = data.evidence.status;
  return values;
}

/** The snapshot of a content set, keys sorted so the committed file diffs cleanly. */
export function makeSnapshot(content: Content): BadgeSnapshot {
  const topics: Record<string, BadgeValues> = {};
  for (const id of [...content.topics.keys()].sort()) {
    const topic = content.topics.get(id);
    if (!topic) continue;
    const values = topicBadgeValues(topic.data);
    if (values.certainty !== undefined) topics[id] = values;
  }
  const trials: Record<string, BadgeValues> = {};
  for (const id of [...content.trials.keys()].sort()) {
    const trial = content.trials.get(id);
    if (trial) trials[id] = { status: trial.data.status };
  }
  return { topics, trials };
}

export function serializeSnapshot(snapshot: BadgeSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** The committed snapshot beside a content root, or undefined when there is none (a new atlas, or a test tree). */
export function readSnapshot(root: string): BadgeSnapshot | undefined {
  const path = join(root, SNAPSHOT_FILE);
  if (!existsSync(path)) return undefined;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<BadgeSnapshot>;
  return { topics: parsed.topics ?? {}, trials: parsed.trials ?? {} };
}
