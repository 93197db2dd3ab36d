/** Heart rate lying and then standing for ten minutes, with the POTS threshold and the orthostatic hypotension window. */
import type { Figure } from '../model/figure-schema.ts';
import { fill } from '../site/fill.ts';
import { el, hatch, path, scale, svg, text, WIDTH, wrap } from './svg.ts';

type Data = Extract<Figure, { type: 'standing-heart-rate' }>;
export interface StandingWords {
  illustration: string;
  lying: string;
  standing: string;
  yAxis: string;
  xAxis: string;
  potsLine: string;
  ohNote: string;
}

/** Dash styles for up to three lines, so they differ without colour. */
const LINE_CLASSES = ['fig-line fig-line--1', 'fig-line fig-line--2', 'fig-line fig-line--3'];

/** The lying rate the threshold is measured from: the first line's value at minute 0 (or its first point). */
export function lyingRate(data: Data): number {
  const first = data.lines[0]?.points ?? [];
  const atZero = first.filter(([x]) => x <= 0).at(-1) ?? first[0];
  return atZero?.[1] ?? 0;
}

export function standingHeartRateSvg(data: Data, words: StandingWords, id: string): string {
  const top = 68;
  const bottom = 238;
  const left = 40;
  const right = WIDTH - 10;
  const xs = data.lines.flatMap((l) => l.points.map(([x]) => x));
  const ys = data.lines.flatMap((l) => l.points.map(([, y]) => y));
  const baseline = lyingRate(data);
  const threshold = baseline + data.pots.rise;
  const xMin = Math.min(...xs, -2);
  const xMax = Math.max(...xs, data.pots.within);
  const yMin = Math.floor((Math.min(...ys, baseline) - 10) / 20) * 20;
  const yMax = Math.ceil((Math.max(...ys, threshold) + 10) / 20) * 20;
  const x = scale([xMin, xMax], [left, right]);
  const y = scale([yMin, yMax], [bottom, top]);
  const parts: string[] = [];

  // Lying and standing: a tinted band with a word, so the change of posture reads without colour.
  parts.push(el('rect', { x: x(xMin), y: top, width: x(0) - x(xMin), height: bottom - top, class: 'fig-band' }));
  parts.push(text(x(xMin) + 4, top - 8, words.lying, { cls: 'fig-text fig-muted' }));
  parts.push(text(x(0) + 4, top - 8, words.standing, { cls: 'fig-text fig-muted' }));
  parts.push(text(left - 36, 18, words.yAxis, { cls: 'fig-text fig-strong' }));

  // Axes with ticks every 20 beats and every 2 minutes.
  for (let v = yMin; v <= yMax; v += 20) {
    parts.push(el('line', { x1: left, x2: right, y1: y(v), y2: y(v), class: 'fig-grid' }));
    parts.push(text(left - 4, y(v) + 5, String(v), { cls: 'fig-text fig-muted', anchor: 'end' }));
  }
  for (let m = Math.ceil(xMin / 2) * 2; m <= xMax; m += 2) {
    parts.push(text(x(m), bottom + 18, String(m), { cls: 'fig-text fig-muted', anchor: 'middle' }));
  }
  parts.push(el('path', { d: `M${left} ${top}V${bottom}H${right}`, class: 'fig-axis' }));
  parts.push(text(right, bottom + 38, words.xAxis, { cls: 'fig-text fig-muted', anchor: 'end' }));

  // The POTS threshold: a dashed line at the lying rate plus the rise, across the standing minutes it applies to.
  parts.push(
    el('line', { x1: x(0), x2: x(data.pots.within), y1: y(threshold), y2: y(threshold), class: 'fig-threshold' }),
  );
  parts.push(
    text(right, y(threshold) + 18, fill(words.potsLine, { rise: data.pots.rise }), {
      cls: 'fig-text fig-strong',
      anchor: 'end',
    }),
  );

  // The illustrative traces, each labelled at its end, with its own dash style.
  data.lines.forEach((line, i) => {
    const pts = line.points.map(([px, py]) => [x(px), y(py)] as const);
    parts.push(path(pts, LINE_CLASSES[i] ?? 'fig-line'));
    const last = pts.at(-1);
    if (last) {
      parts.push(
        text(last[0] - 2, last[1] + (i === 0 ? -8 : 20), line.label, {
          cls: 'fig-text fig-strong',
          anchor: 'end',
        }),
      );
    }
  });

  // Orthostatic hypotension is about blood pressure: its time window is bracketed under the axis, in words.
  const ohY = bottom + 58;
  parts.push(
    el('rect', {
      x: x(0),
      y: ohY - 10,
      width: x(data.orthostaticHypotension.within) - x(0),
      height: 10,
      fill: `url(#${id}-hatch)`,
      class: 'fig-window',
    }),
  );
  const note = fill(words.ohNote, {
    within: data.orthostaticHypotension.within,
    systolic: data.orthostaticHypotension.systolicFall,
    diastolic: data.orthostaticHypotension.diastolicFall,
  });
  const noteLines = wrap(note, 36);
  noteLines.forEach((line, i) => {
    parts.push(text(4, ohY + 22 + i * 20, line, { cls: 'fig-text fig-muted' }));
  });
  parts.push(text(WIDTH - 10, 40, words.illustration, { cls: 'fig-text fig-tag', anchor: 'end' }));

  const height = ohY + 22 + (noteLines.length - 1) * 20 + 10;
  return svg(height, data.alt, parts.join(''), hatch(`${id}-hatch`));
}
