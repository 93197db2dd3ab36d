/** Review dates: not in the future, the next after the last, and a warning once a review is due. */
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';

export const reviewDates: Rule = ({ content, today }) => {
  const problems: Problem[] = [];
  for (const { data, file } of content.topics.values()) {
    if (data.reviewed > today) {
      problems.push({
        severity: 'error',
        file,
        field: 'reviewed',
        message: `the review date ${data.reviewed} is in the future (today is ${today}); use the day the evidence was actually reviewed`,
      });
    }
    if (data.nextReview <= data.reviewed) {
      problems.push({
        severity: 'error',
        file,
        field: 'nextReview',
        message: 'the next review must fall after the last review',
      });
    } else if (data.nextReview < today) {
      problems.push({
        severity: 'warning',
        file,
        field: 'nextReview',
        message: `the review was due on ${data.nextReview}; review the evidence and update "reviewed" and "nextReview"`,
      });
    }
  }
  return problems;
};
