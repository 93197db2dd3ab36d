/** Trial status as it applies to one topic, and when a trial's page needs review. */
import type { Trial, TrialArm } from './schema.ts';
import type { TrialStatus } from './vocabulary.ts';

export interface TopicTrial {
  id: string;
  trial: Trial;
  /** The arm that tests this topic, if the topic is an arm of the trial. */
  arm: TrialArm | undefined;
  status: TrialStatus;
  expectedCompletion: string;
  /** Expected completion has passed and no result is recorded: the page needs review. */
  overdue: boolean;
}

/** An arm's status and expected completion: its own when it has them, the trial's otherwise. */
export function armState(trial: Trial, arm: TrialArm | undefined): { status: TrialStatus; expectedCompletion: string } {
  return {
    status: arm?.status ?? trial.status,
    expectedCompletion: arm?.expectedCompletion ?? trial.expectedCompletion,
  };
}

/** The trial as it concerns a topic: the arm's own status and dates when it has them. */
export function trialForTopic(id: string, trial: Trial, slug: string, today: string): TopicTrial {
  const arm = trial.arms.find((a) => a.topic === slug);
  const { status, expectedCompletion } = armState(trial, arm);
  return { id, trial, arm, status, expectedCompletion, overdue: isOverdue(status, expectedCompletion, today) };
}

/** A page concerns a trial when it names it or when one of the trial's arms tests it. */
export function concernsTrial(
  topic: { slug: string; data: { trials: readonly string[] } },
  id: string,
  trial: Trial,
): boolean {
  return topic.data.trials.includes(id) || trial.arms.some((arm) => arm.topic === topic.slug);
}

/** The trial, or any of its arms, is past its expected completion without a result. */
export function trialOverdue(trial: Trial, today: string): boolean {
  return [undefined, ...trial.arms].some((arm) => {
    const { status, expectedCompletion } = armState(trial, arm);
    return isOverdue(status, expectedCompletion, today);
  });
}

/** True when the expected completion (a month or a day) is before today and the result is not in. */
export function isOverdue(status: TrialStatus, expectedCompletion: string, today: string): boolean {
  if (status === 'reported') return false;
  // A month-only date counts as its last day: "2026-11" is not overdue until December.
  const end = expectedCompletion.length === 7 ? `${expectedCompletion}-31` : expectedCompletion;
  return end < today;
}
