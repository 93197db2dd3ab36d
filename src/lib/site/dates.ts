/** Dates are ISO strings (YYYY-MM-DD or YYYY-MM) throughout: they compare as text. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "November 2026" or "23 November 2026" from an ISO month or date. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Today's date as YYYY-MM-DD in UTC. ATLAS_TODAY pins it, so builds and tests are repeatable. */
export function today(): string {
  const pinned = process.env.ATLAS_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
