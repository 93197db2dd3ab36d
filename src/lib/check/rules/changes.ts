/**
 * Change history: every topic and trial lists its meaningful changes newest first, ending with its first version;
 * no change is dated in the future or before that first version; a re-grading names the badge, the old and the new
 * value and why. And a badge may differ from the last release's snapshot only with a change entry that explains it.
 */
import { SNAPSHOT_COMMAND, SNAPSHOT_FILE, topicBadgeValues } from '../../changes/snapshot.ts';
import type { Change } from '../../model/schema.ts';
import {
  CERTAINTIES,
  type ChangeBadge,
  TEST_STATUSES,
  TREATMENT_STATUSES,
  TRIAL_STATUSES,
} from '../../model/vocabulary.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

interface Page {
  file: string;
  changes: readonly Change[];
  /** The values each badge may take on this page (a badge the page lacks is absent). */
  scales: Partial<Record<ChangeBadge, readonly string[]>>;
  current: Partial<Record<ChangeBadge, string>>;
  /** Trial ids the page may say it added. */
  trials: ReadonlySet<string> | undefined;
}

const PUBLISHED_EXAMPLE = '{date: YYYY-MM-DD, type: published}';

function checkPage(page: Page, today: string): Problem[] {
  const problems: Problem[] = [];
  const error = (field: string, message: string) =>
    problems.push({ severity: 'error', file: page.file, field, message });
  const { changes } = page;
  if (changes.length === 0) {
    error(
      'changes',
      `list the page's changes, newest first, ending with its first version: changes: [${PUBLISHED_EXAMPLE}]`,
    );
    return problems;
  }
  const first = changes.at(-1);
  if (first?.type !== 'published') {
    error(
      'changes',
      `end the list with the page's first version, ${PUBLISHED_EXAMPLE}: changes are listed newest first`,
    );
  }
  const publishedOn = first?.type === 'published' ? first.date : undefined;
  const latest = new Map<ChangeBadge, Change>();
  changes.forEach((change, i) => {
    const at = `changes.${i}`;
    if (change.date > today) {
      error(
        `${at}.date`,
        `the change date ${change.date} is in the future (today is ${today}); date it the day it was made`,
      );
    } else if (publishedOn && change.date < publishedOn) {
      error(
        `${at}.date`,
        `the change date ${change.date} is before the page's first version (${publishedOn}); correct the date`,
      );
    }
    const newer = changes[i - 1];
    if (newer && change.date > newer.date) {
      error(`${at}.date`, `list changes newest first: ${change.date} comes after ${newer.date}; move it up`);
    }
    if (change.type === 'published' && i !== changes.length - 1) {
      error(`${at}.type`, 'only the last (oldest) change is the first version; use "revised" for a later change');
    }
    if ((change.type === 'regraded' || change.type === 'revised') && change.text === undefined) {
      error(`${at}.text`, `say in plain words what changed and why (a ${change.type} change needs "text")`);
    }
    if (change.type === 'trial-added') {
      if (change.trial === undefined) error(`${at}.trial`, 'name the trial the page added (its id)');
      else if (!page.trials?.has(change.trial)) {
        error(
          `${at}.trial`,
          `"${change.trial}" is not a trial this page names; list it under "trials" or correct the id`,
        );
      }
    }
    if (change.type === 'regraded') {
      const scale = change.badge ? page.scales[change.badge] : undefined;
      if (change.badge === undefined || scale === undefined) {
        error(
          `${at}.badge`,
          `name the badge that changed: ${Object.keys(page.scales).join(' or ') || 'this page has none'}`,
        );
        return;
      }
      for (const side of ['from', 'to'] as const) {
        const value = change[side];
        if (value === undefined || !scale.includes(value)) {
          error(
            `${at}.${side}`,
            `write the ${side === 'from' ? 'old' : 'new'} ${change.badge} as one of: ${scale.join(', ')}`,
          );
        }
      }
      if (change.from !== undefined && change.from === change.to) {
        error(`${at}.to`, `"from" and "to" are both ${change.from}; a re-grading changes the badge`);
      }
      if (!latest.has(change.badge)) latest.set(change.badge, change);
    } else if (change.badge !== undefined || change.from !== undefined || change.to !== undefined) {
      error(`${at}.type`, 'only a "regraded" change names a badge, "from" and "to"; remove them or change the type');
    }
  });
  // The newest re-grading of a badge must land on the value the page shows now.
  for (const [badge, change] of latest) {
    const now = page.current[badge];
    if (change.to !== undefined && now !== undefined && change.to !== now && page.scales[badge]?.includes(change.to)) {
      const i = changes.indexOf(change);
      error(
        `changes.${i}.to`,
        `the latest re-grading says the ${badge} became ${change.to}, but the page's ${badge} is ${now}; add a newer change entry or correct it`,
      );
    }
  }
  return problems;
}

export const changes: Rule = ({ content, today, snapshot, spoiled }) => {
  const problems: Problem[] = [];
  for (const topic of content.topics.values()) {
    const { data } = topic;
    const current = topicBadgeValues(data);
    const scales: Page['scales'] = {};
    if (current.certainty !== undefined) scales.certainty = CERTAINTIES;
    if (data.kind === 'treatment') scales.status = TREATMENT_STATUSES;
    if (data.kind === 'test') scales.status = TEST_STATUSES;
    problems.push(
      ...checkPage({ file: topic.file, changes: data.changes, scales, current, trials: new Set(data.trials) }, today),
    );
    const before = spoiled.has(topic.id) ? undefined : snapshot?.topics[topic.id];
    if (before) problems.push(...unexplained(topic.file, data.changes, before, current, today, 'evidence.'));
  }
  for (const trial of content.trials.values()) {
    const current = { status: trial.data.status };
    problems.push(
      ...checkPage(
        {
          file: trial.file,
          changes: trial.data.changes,
          scales: { status: TRIAL_STATUSES },
          current,
          trials: undefined,
        },
        today,
      ),
    );
    const before = snapshot?.trials[trial.id];
    if (before) problems.push(...unexplained(trial.file, trial.data.changes, before, current, today, ''));
  }
  return problems;
};

/** A badge that differs from the last release's snapshot with no re-grading entry from the old value to the new. */
function unexplained(
  file: string,
  changes: readonly Change[],
  before: Partial<Record<ChangeBadge, string>>,
  now: Partial<Record<ChangeBadge, string>>,
  today: string,
  fieldPrefix: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const badge of ['certainty', 'status'] as const) {
    const old = before[badge];
    const value = now[badge];
    if (old === undefined || value === undefined || old === value) continue;
    const explained = changes.some(
      (c) => c.type === 'regraded' && c.badge === badge && c.from === old && c.to === value,
    );
    if (explained) continue;
    problems.push({
      severity: 'error',
      file,
      field: `${fieldPrefix}${badge}`,
      message:
        `the ${badge} badge changed from ${old} (the last release, ${SNAPSHOT_FILE}) to ${value} with no change entry that explains it; ` +
        `add a change entry dated ${today} or earlier, {date: YYYY-MM-DD, type: regraded, badge: ${badge}, from: ${old}, to: ${value}, text: why}, ` +
        `or, if the release already showed ${value}, update the snapshot with ${SNAPSHOT_COMMAND}`,
    });
  }
  return problems;
}
