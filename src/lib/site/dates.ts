import { dictionary } from '../../i18n/index.ts';

/** Dates are ISO strings (YYYY-MM-DD or YYYY-MM) throughout: they compare as text. */

/** "November 2026" or "23 November 2026" from an ISO month or date. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = dictionary().months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** An expected completion as words, saying so when the registry record gave none. */
export function formatCompletion(iso: string | undefined, notGiven: string): string {
  return iso === undefined ? notGiven : formatDate(iso);
}

/** Today's date as YYYY-MM-DD in UTC. ATLAS_TODAY pins it, so builds and tests are repeatable. */
export function today(): string {
  const pinned = process.env.ATLAS_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
