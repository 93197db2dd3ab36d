/** Trial status as it applies to one topic, and when a trial's page needs review. */
import type { Trial, TrialArm } from './schema.ts';
import type { TrialStatus } from './vocabulary.ts';

export interface TopicTrial {
  id: string;
  trial: Trial;
  /** The arm that tests this topic, if the topic is an arm of the trial. */
  arm: TrialArm | undefined;
  status: TrialStatus;
  expectedCompletion: string | undefined;
  /** On time, or past its expected completion with no result: due for a registry check, or awaiting the result. */
  lateness: Lateness;
}

/**
 * Where a trial (or arm) stands against its expected completion: on time; late with nobody having checked its
 * registry since (due for a check); or late, checked recently, and simply awaiting its result.
 */
export type Lateness = 'on-time' | 'due-for-check' | 'awaiting-results';

/** An arm's status and expected completion: its own when it has them, the trial's otherwise. */
export function armState(
  trial: Trial,
  arm: TrialArm | undefined,
): { status: TrialStatus; expectedCompletion: string | undefined } {
  return {
    status: arm?.status ?? trial.status,
    expectedCompletion: arm?.expectedCompletion ?? trial.expectedCompletion,
  };
}

/** The trial as it concerns a topic: the arm's own status and dates when it has them. */
export function trialForTopic(id: string, trial: Trial, slug: string, today: string): TopicTrial {
  const arm = trial.arms.find((a) => a.topic === slug);
  const state = armState(trial, arm);
  return { id, trial, arm, ...state, lateness: lateness(trial.checked, state, today) };
}

/** Lateness from an arm's state (or the trial's own): the one rule behind every "late" note and check warning. */
function lateness(
  checked: string,
  { status, expectedCompletion }: ReturnType<typeof armState>,
  today: string,
): Lateness {
  if (!isOverdue(status, expectedCompletion, today)) return 'on-time';
  return checkedSince(checked, expectedCompletion, today) ? 'awaiting-results' : 'due-for-check';
}

/** The trial as a whole: due for a check if any arm is, else awaiting results if any arm is late. */
export function trialLateness(trial: Trial, today: string): Lateness {
  const each = [undefined, ...trial.arms].map((arm) => lateness(trial.checked, armState(trial, arm), today));
  if (each.includes('due-for-check')) return 'due-for-check';
  return each.includes('awaiting-results') ? 'awaiting-results' : 'on-time';
}

/** A page concerns a trial when it names it or when one of the trial's arms tests it. */
export function concernsTrial(
  topic: { id: string; data: { trials: readonly string[] } },
  id: string,
  trial: Trial,
): boolean {
  return topic.data.trials.includes(id) || trial.arms.some((arm) => arm.topic === topic.id);
}

/** The trial, or any of its arms, is past its expected completion without a result. */
export function trialOverdue(trial: Trial, today: string): boolean {
  return trialLateness(trial, today) !== 'on-time';
}

/** A month-only date counts as its last day: "2026-11" is not overdue until December. */
function endOf(expectedCompletion: string): string {
  return expectedCompletion.length === 7 ? `${expectedCompletion}-31` : expectedCompletion;
}

/** True when the expected completion (a month or a day) is before today and the result is not in. */
export function isOverdue(status: TrialStatus, expectedCompletion: string | undefined, today: string): boolean {
  // A reported or stopped trial has nothing more to wait for; a record without a date cannot be overdue.
  if (status === 'reported' || status === 'stopped' || expectedCompletion === undefined) return false;
  return endOf(expectedCompletion) < today;
}

/** How long a check of an overdue trial's registry stands before it is due again. */
export const RECHECK_DAYS = 92;

/**
 * The registry was checked after the expected completion, and within RECHECK_DAYS of today: an editor has looked,
 * the result is simply not out yet, and nothing is due until the next check.
 */
function checkedSince(checked: string, expectedCompletion: string | undefined, today: string): boolean {
  if (expectedCompletion === undefined || checked < endOf(expectedCompletion)) return false;
  const age = (Date.parse(today) - Date.parse(checked)) / 86_400_000;
  return age <= RECHECK_DAYS;
}

/** The trial, or one of its arms, is overdue and nobody has checked its registry since: its pages need review. */
export function trialDueForCheck(trial: Trial, today: string): boolean {
  return trialLateness(trial, today) === 'due-for-check';
}
