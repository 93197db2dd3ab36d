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
  /** Expected completion has passed and no result is recorded: the page needs review. */
  overdue: boolean;
  /** Overdue, but the registry was checked since the expected completion, recently: waiting for a result. */
  awaitingResults: boolean;
}

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
  const { status, expectedCompletion } = armState(trial, arm);
  const overdue = isOverdue(status, expectedCompletion, today);
  return {
    id,
    trial,
    arm,
    status,
    expectedCompletion,
    overdue,
    awaitingResults: overdue && checkedSince(trial.checked, expectedCompletion, today),
  };
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
  return [undefined, ...trial.arms].some((arm) => {
    const { status, expectedCompletion } = armState(trial, arm);
    return isOverdue(status, expectedCompletion, today);
  });
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
  return [undefined, ...trial.arms].some((arm) => {
    const { status, expectedCompletion } = armState(trial, arm);
    return isOverdue(status, expectedCompletion, today) && !checkedSince(trial.checked, expectedCompletion, today);
  });
}
