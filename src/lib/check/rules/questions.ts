/** A clinician question may invite joining a trial only while the trial's record says it is recruiting. */
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

const ENROL_WORDS = /\b(join|enrol|enroll|take part|sign up|eligible|open to me|open to people)/i;

export const questions: Rule = ({ content }) => {
  const problems: Problem[] = [];
  for (const { data, file } of content.topics.values()) {
    for (const [i, question] of (data.questions ?? []).entries()) {
      if (!ENROL_WORDS.test(question)) continue;
      for (const id of data.trials) {
        const trial = content.trials.get(id);
        if (!trial || trial.data.status === 'recruiting' || !question.includes(trial.data.name)) continue;
        problems.push({
          severity: 'error',
          file,
          field: `questions.${i}`,
          message: `the question invites joining ${trial.data.name}, whose record says "${trial.data.status}", not recruiting; ask which trials are open now instead`,
        });
      }
    }
  }
  return problems;
};
