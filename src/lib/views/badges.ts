/** The evidence scales of EDITORIAL.md as words a reader sees: labels and what each level means. */
import type { Certainty, Kind, TestStatus, TreatmentStatus, TrialStatus } from '../model/vocabulary.ts';

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  high: 'High certainty',
  moderate: 'Moderate certainty',
  low: 'Low certainty',
  'very-low': 'Very low certainty',
  none: 'Not yet studied in long COVID',
};

export const CERTAINTY_MEANINGS: Record<Certainty, string> = {
  high: 'Consistent randomized trials in people with long COVID.',
  moderate: 'At least one good randomized trial in long COVID, or consistent strong studies.',
  low: 'Small or flawed controlled studies, or consistent observational data.',
  'very-low':
    'Case series, uncontrolled reports or anecdotes in long COVID; or only evidence borrowed from a related condition.',
  none: 'No human studies in long COVID or a closely related condition: a rationale only.',
};

export const TREATMENT_STATUS_LABELS: Record<TreatmentStatus, string> = {
  'standard-care': 'Standard care',
  'off-label': 'Off-label',
  experimental: 'Experimental',
  'not-recommended': 'Not recommended',
};

export const TREATMENT_STATUS_MEANINGS: Record<TreatmentStatus, string> = {
  'standard-care': 'Recommended in major guidelines for this symptom, or for a condition long COVID overlaps with.',
  'off-label': 'Approved for other conditions; some clinicians use it for long COVID, with some supportive evidence.',
  experimental: 'Only in trials, case series or anecdote; not a standard option.',
  'not-recommended': 'Evidence of no benefit, or of harm, in long COVID or a closely related condition.',
};

export const TEST_STATUS_LABELS: Record<TestStatus, string> = {
  routine: 'Routine test',
  specialist: 'Specialist test',
  'research-only': 'Research only',
  'not-recommended': 'Not recommended',
};

export const TEST_STATUS_MEANINGS: Record<TestStatus, string> = {
  routine: 'A standard part of a clinical work-up when symptoms fit.',
  specialist: 'Useful in selected people, usually through a specialist.',
  'research-only': 'Not validated for clinical decisions.',
  'not-recommended': 'Misleading, or its risks outweigh its use.',
};

/** How a trial's status reads on a page that has an arm in it, and on one that only names it. */
export const TRIAL_STATUS_LABELS: Record<TrialStatus, { arm: string; named: string }> = {
  recruiting: { arm: 'Trial arm recruiting', named: 'Trial recruiting' },
  running: { arm: 'Trial arm pending', named: 'Trial pending' },
  completed: { arm: 'Trial arm done, unreported', named: 'Trial done, unreported' },
  reported: { arm: 'Trial arm reported', named: 'Trial reported' },
};

export const TRIAL_STATUS_MEANINGS: Record<TrialStatus, string> = {
  recruiting: 'The trial is enrolling participants.',
  running: 'The trial is under way; results are pending.',
  completed: 'The trial has finished but has not yet reported its results.',
  reported: 'The trial has reported its results.',
};

/** What certainty measures on each kind of page. */
export const CERTAINTY_QUESTION: Record<Exclude<Kind, 'symptom' | 'guide'>, string> = {
  treatment: 'How sure can we be that it helps people with long COVID?',
  test: 'How sure can we be that the result helps decisions in long COVID?',
  mechanism: 'How strong is the evidence that this happens in long COVID?',
};

export type BadgeScale = 'certainty' | 'status' | 'trial';

export interface Badge {
  scale: BadgeScale;
  /** Level key, for styling: certainty levels are the one coloured scale. */
  level: string;
  label: string;
  /** What the level means in general. */
  meaning: string;
  /** Certainty only: which way the best evidence points, shown beside the badge. */
  direction?: string;
}

export function certaintyBadge(certainty: Certainty, direction?: string): Badge {
  return {
    scale: 'certainty',
    level: certainty,
    label: CERTAINTY_LABELS[certainty],
    meaning: CERTAINTY_MEANINGS[certainty],
    ...(direction === undefined ? {} : { direction }),
  };
}

export function statusBadge(kind: 'treatment' | 'test', status: string): Badge {
  if (kind === 'treatment') {
    const s = status as TreatmentStatus;
    return { scale: 'status', level: s, label: TREATMENT_STATUS_LABELS[s], meaning: TREATMENT_STATUS_MEANINGS[s] };
  }
  const s = status as TestStatus;
  return { scale: 'status', level: s, label: TEST_STATUS_LABELS[s], meaning: TEST_STATUS_MEANINGS[s] };
}

export function trialBadge(status: TrialStatus, hasArm: boolean, trialName: string): Badge {
  const label = TRIAL_STATUS_LABELS[status][hasArm ? 'arm' : 'named'];
  return { scale: 'trial', level: status, label, meaning: `${trialName}: ${TRIAL_STATUS_MEANINGS[status]}` };
}
