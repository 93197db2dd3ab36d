/**
 * Badges: the evidence scales of EDITORIAL.md as words a reader sees, each with what it means and a link to its
 * entry on the legend page. One badge per scale and page: two pending trials make one trial badge naming both.
 */
import { dictionary } from '../../i18n/index.ts';
import {
  CERTAINTIES,
  type Certainty,
  type ClaimFlag,
  type Kind,
  type TestStatus,
  type TreatmentStatus,
  type TrialStatus,
} from '../model/vocabulary.ts';

export type BadgeScale = 'certainty' | 'status' | 'trial' | 'flag';

export interface Badge {
  scale: BadgeScale;
  /** Level key, for styling: certainty levels are the one coloured (ordered) scale. */
  level: string;
  label: string;
  /** What the level means in general. */
  meaning: string;
  /** Certainty only: which way the best evidence points, shown beside the badge. */
  direction?: string;
  /** Certainty only: GRADE-style marks filled out of four (high 4 ... not yet studied 0). */
  marks?: number;
  /** The badge's entry on the legend page. */
  href: string;
}

export const LEGEND_URL = '/about/evidence/';

export function certaintyBadge(certainty: Certainty, direction?: string, locale?: string): Badge {
  const words = dictionary(locale).certainty[certainty];
  return {
    scale: 'certainty',
    level: certainty,
    label: words.label,
    meaning: words.meaning,
    ...(direction === undefined ? {} : { direction }),
    marks: 4 - CERTAINTIES.indexOf(certainty),
    href: `${LEGEND_URL}#certainty-${certainty}`,
  };
}

export function statusBadge(kind: Extract<Kind, 'treatment' | 'test'>, status: string, locale?: string): Badge {
  const t = dictionary(locale);
  const words =
    kind === 'treatment' ? t.treatmentStatus[status as TreatmentStatus] : t.testStatus[status as TestStatus];
  return {
    scale: 'status',
    level: status,
    label: words.label,
    meaning: words.meaning,
    href: `${LEGEND_URL}#${kind}-status-${status}`,
  };
}

/** One trial badge for a page: the most hopeful shared status first, naming every trial that has it. */
export function trialBadge(
  status: TrialStatus,
  hasArm: boolean,
  trialNames: readonly string[],
  locale?: string,
): Badge {
  const words = dictionary(locale).trialStatus[status];
  return {
    scale: 'trial',
    level: status,
    label: words[hasArm ? 'arm' : 'named'],
    meaning: `${trialNames.join(' and ')}: ${words.meaning}`,
    href: `${LEGEND_URL}#trial-${status}`,
  };
}

export function flagBadge(flag: ClaimFlag, locale?: string): Badge {
  const words = dictionary(locale).claimFlags[flag];
  return { scale: 'flag', level: flag, label: words.label, meaning: words.meaning, href: `${LEGEND_URL}#flag-${flag}` };
}

/** Trials a page concerns, folded into one badge per status (a page never shows the same badge twice). */
export function trialBadges(
  trials: ReadonlyArray<{ name: string; status: TrialStatus; hasArm: boolean }>,
  locale?: string,
): Badge[] {
  const byLabel = new Map<string, { status: TrialStatus; hasArm: boolean; names: string[] }>();
  for (const trial of trials) {
    const label = dictionary(locale).trialStatus[trial.status][trial.hasArm ? 'arm' : 'named'];
    const group = byLabel.get(label) ?? { status: trial.status, hasArm: trial.hasArm, names: [] };
    group.names.push(trial.name);
    byLabel.set(label, group);
  }
  return [...byLabel.values()].map((g) => trialBadge(g.status, g.hasArm, g.names, locale));
}
