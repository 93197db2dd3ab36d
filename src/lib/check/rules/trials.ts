/** Trials: arms test real treatments, a reported trial has its result, and an overdue trial flags its pages. */
import { concernsTrial, trialDueForCheck } from '../../model/trials.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export const trials: Rule = ({ content, spoiled, today }) => {
  const problems: Problem[] = [];
  for (const { id, file, data } of content.trials.values()) {
    for (const [i, arm] of data.arms.entries()) {
      if (!arm.topic || spoiled.has(arm.topic)) continue;
      const topic = content.topics.get(arm.topic);
      if (!topic) {
        problems.push({
          severity: 'error',
          file,
          field: `arms.${i}.topic`,
          message: `"${arm.topic}" is not a topic; link the arm to an existing treatment slug or leave "topic" out`,
        });
      } else if (topic.data.kind !== 'treatment') {
        problems.push({
          severity: 'error',
          file,
          field: `arms.${i}.topic`,
          message: `"${arm.topic}" is a ${topic.data.kind}; an arm tests a treatment`,
        });
      }
    }
    if (data.status === 'reported' && !data.result) {
      problems.push({
        severity: 'error',
        file,
        field: 'result',
        message: 'the trial is marked reported; summarise its result in "result"',
      });
    }
    if (trialDueForCheck(data, today)) {
      const pages = [...content.topics.values()].filter((t) => concernsTrial(t, id, data)).map((t) => t.file);
      problems.push({
        severity: 'warning',
        file,
        field: 'expectedCompletion',
        message: `the expected completion has passed without a recorded result; check the registry, update "status" and "checked", and review ${pages.length > 0 ? pages.join(', ') : 'the pages that name it'}`,
      });
    }
  }
  return problems;
};
