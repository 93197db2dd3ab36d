/** A trial in time, from its own record: expected completion, the day we last checked, today, and any result. */
import { el, escapeXml, n, svg, text, WIDTH, wrap } from './svg.ts';

export type Marker = 'circle' | 'square' | 'diamond' | 'triangle';
export interface TimelineEvent {
  /** YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** What happens then, in words, with its date. */
  label: string;
  marker: Marker;
}

/** Days since 1970 of an ISO month or date (a month counts from its middle). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 15) / 86_400_000;
}

function marker(kind: Marker, x: number, cy: number): string {
  const cx = Number(n(x));
  const cls = `fig-marker fig-marker--${kind}`;
  if (kind === 'circle') return el('circle', { cx, cy, r: 6, class: cls });
  if (kind === 'square') return el('rect', { x: cx - 5.5, y: cy - 5.5, width: 11, height: 11, class: cls });
  if (kind === 'diamond')
    return el('path', { d: `M${cx} ${cy - 8}L${cx + 8} ${cy}L${cx} ${cy + 8}L${cx - 8} ${cy}Z`, class: cls });
  return el('path', { d: `M${cx} ${cy - 7}L${cx + 7} ${cy + 6}L${cx - 7} ${cy + 6}Z`, class: cls });
}

/** Events in date order, one row each above a year axis, each tied to its place on the axis by a leader line. */
export function trialTimelineSvg(events: readonly TimelineEvent[], alt: string): string {
  const left = 16;
  const right = WIDTH - 16;
  const sorted = [...events].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const days = sorted.map((e) => dayNumber(e.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  // At least three years of axis, so a single date still has a place in time around it.
  const endYear = new Date(last * 86_400_000).getUTCFullYear() + 1;
  const startYear = Math.min(new Date(first * 86_400_000).getUTCFullYear(), endYear - 3);
  const d0 = Date.UTC(startYear, 0, 1) / 86_400_000;
  const d1 = Date.UTC(endYear, 0, 1) / 86_400_000;
  const x = (d: number) => left + ((d - d0) / (d1 - d0)) * (right - left);

  const parts: string[] = [];
  let rowY = 20;
  const rows: Array<{ x: number; y: number; e: TimelineEvent }> = [];
  for (const e of sorted) {
    const ex = x(dayNumber(e.date));
    const lines = wrap(e.label, 28);
    const anchor = ex > WIDTH / 2 ? 'end' : 'start';
    const tx = anchor === 'end' ? ex + 6 : ex - 6;
    lines.forEach((line, i) => {
      parts.push(
        el(
          'text',
          {
            x: Math.min(Math.max(tx, 4), WIDTH - 4),
            y: rowY + i * 20,
            class: 'fig-text',
            'text-anchor': anchor === 'end' ? 'end' : undefined,
          },
          escapeXml(line),
        ),
      );
    });
    rows.push({ x: ex, y: rowY + (lines.length - 1) * 20 + 8, e });
    rowY += lines.length * 20 + 14;
  }
  const axisY = rowY + 10;
  for (const row of rows) {
    parts.push(el('line', { x1: row.x, x2: row.x, y1: row.y, y2: axisY, class: 'fig-leader' }));
    parts.push(marker(row.e.marker, row.x, axisY));
  }
  parts.unshift(el('line', { x1: left, x2: right, y1: axisY, y2: axisY, class: 'fig-axis' }));
  const span = endYear - startYear;
  const step = span > 8 ? 2 : 1;
  for (let year = startYear; year <= endYear; year += step) {
    const tx = x(Date.UTC(year, 0, 1) / 86_400_000);
    parts.unshift(el('line', { x1: tx, x2: tx, y1: axisY - 4, y2: axisY + 4, class: 'fig-axis' }));
    // The first and last ticks sit at the edges: label them inward so they stay inside the viewBox.
    parts.push(
      text(tx, axisY + 24, String(year), {
        cls: 'fig-text fig-muted',
        anchor: year === startYear ? 'start' : year === endYear ? 'end' : 'middle',
      }),
    );
  }
  return svg(axisY + 34, alt, parts.join(''));
}
