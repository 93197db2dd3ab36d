/** A crash after effort: the effort, the delayed onset the sources report, and the slow climb back (an illustration). */
import type { Figure } from '../model/figure-schema.ts';
import { fill } from '../site/fill.ts';
import { el, hatch, path, scale, svg, text, WIDTH } from './svg.ts';

type Data = Extract<Figure, { type: 'pem-timeline' }>;
export interface PemWords {
  illustration: string;
  effort: string;
  yAxis: string;
  xAxis: string;
  usual: string;
  onsetLabel: string;
  recoveryLabel: string;
}

export function pemTimelineSvg(data: Data, words: PemWords, id: string): string {
  const top = 92;
  const bottom = 250;
  const left = 4;
  const right = WIDTH - 10;
  // Days before the effort leave room to name it; the usual level sits clear of the axis for its label.
  const x = scale([-3.5, data.days], [left, right]);
  const y = scale([-1.5, 10], [bottom, top]);
  const usual = data.curve[0]?.[1] ?? 1;
  const parts: string[] = [];
  parts.push(text(WIDTH - 10, 40, words.illustration, { cls: 'fig-text fig-tag', anchor: 'end' }));
  parts.push(text(left, 18, words.yAxis, { cls: 'fig-text fig-strong' }));

  // The onset window the sources report: a hatched band, named above the plot.
  const x0 = x(data.onset.from / 24);
  const x1 = x(data.onset.to / 24);
  parts.push(
    el('rect', { x: x0, y: top, width: x1 - x0, height: bottom - top, fill: `url(#${id}-hatch)`, class: 'fig-window' }),
  );
  parts.push(
    text(x0, top - 10, fill(words.onsetLabel, { from: data.onset.from, to: data.onset.to }), {
      cls: 'fig-text fig-strong',
    }),
  );
  parts.push(el('line', { x1: x0, x2: x0, y1: top - 4, y2: top, class: 'fig-axis' }));

  // The effort itself: a solid bar at day 0.
  parts.push(el('rect', { x: x(0) - 3, y: y(6), width: 6, height: bottom - y(6), class: 'fig-effort' }));
  parts.push(text(x(0) - 6, y(6) + 12, words.effort, { cls: 'fig-text fig-strong', anchor: 'end' }));

  // The usual level, then the illustrative curve.
  parts.push(
    el('line', {
      x1: left,
      x2: right,
      y1: y(data.curve[0]?.[1] ?? 1),
      y2: y(data.curve[0]?.[1] ?? 1),
      class: 'fig-grid',
    }),
  );
  parts.push(
    path(
      data.curve.map(([d, v]) => [x(d), y(v)] as const),
      'fig-line fig-line--1',
    ),
  );
  parts.push(el('path', { d: `M${left} ${top}V${bottom}H${right}`, class: 'fig-axis' }));
  for (let d = 0; d <= data.days; d += 2) {
    parts.push(text(x(d), bottom + 18, String(d), { cls: 'fig-text fig-muted', anchor: 'middle' }));
  }
  parts.push(text(right, bottom + 38, words.xAxis, { cls: 'fig-text fig-muted', anchor: 'end' }));
  parts.push(text(right, y(usual) + 18, words.usual, { cls: 'fig-text fig-muted', anchor: 'end' }));

  // Recovery: a bracket from the worst point to the end of the axis, with the sources' own words.
  const peak = data.curve.reduce((a, b) => (b[1] > a[1] ? b : a));
  const by = bottom + 58;
  parts.push(el('path', { d: `M${x(peak[0])} ${by - 8}V${by}H${right}V${by - 8}`, class: 'fig-bracket' }));
  parts.push(
    text(right, by + 20, fill(words.recoveryLabel, { label: data.recovery.label }), {
      cls: 'fig-text fig-strong',
      anchor: 'end',
    }),
  );
  return svg(by + 30, data.alt, parts.join(''), hatch(`${id}-hatch`));
}
