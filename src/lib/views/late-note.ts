/** The reader's note on a late trial, shared by topic pages, trial pages and the trials list. */
import { dictionary } from '../../i18n/index.ts';
import type { Lateness } from '../model/trials.ts';
import { formatDate } from '../site/dates.ts';
import { fill } from '../site/fill.ts';

/** Why a trial past its expected completion has no result here, in the reader's words; none when it is not late. */
export function lateNote(lateness: Lateness, checked: string): string | undefined {
  if (lateness === 'on-time') return undefined;
  const t = dictionary();
  return lateness === 'awaiting-results'
    ? fill(t.ui.trialAwaitingResults, { date: formatDate(checked) })
    : t.ui.trialOverdue;
}
