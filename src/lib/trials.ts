/** Trial status as it applies to one topic, and when a trial's page needs review. */
import type { Trial, TrialArm } from './content/schema.ts';
import type { TrialStatus } from './scales.ts';

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

/** The trial as it concerns a topic: the arm's own status and dates when it has them. */
export function trialForTopic(id: string, trial: Trial, slug: string, today: string): TopicTrial {
  const arm = trial.arms.find((a) => a.topic === slug);
  const status = arm?.status ?? trial.status;
  const expectedCompletion = arm?.expectedCompletion ?? trial.expectedCompletion;
  return { id, trial, arm, status, expectedCompletion, overdue: isOverdue(status, expectedCompletion, today) };
}

/** True when the expected completion (a month or a day) is before today and the result is not in. */
export function isOverdue(status: TrialStatus, expectedCompletion: string, today: string): boolean {
  if (status === 'reported') return false;
  // A month-only date counts as its last day: "2026-11" is not overdue until December.
  const end = expectedCompletion.length === 7 ? `${expectedCompletion}-31` : expectedCompletion;
  return end < today;
}

/** Topics a trial touches: arms' topics (and any topic that lists the trial is added by the caller). */
export function armTopics(trial: Trial): string[] {
  return trial.arms.flatMap((arm) => (arm.topic ? [arm.topic] : []));
}

/** A trial's own page. */
export function trialUrl(id: string): string {
  return `/trials/${id}/`;
}
