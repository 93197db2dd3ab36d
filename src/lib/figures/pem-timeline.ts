/** A crash after effort: the effort, the delayed onset the sources report, and the slow climb back (an illustration). */
import type { Figure } from '../model/figure-schema.ts';
import { el, fill, hatch, path, scale, svg, text, WIDTH } from './svg.ts';

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
  const top = 72;
  const bottom = 220;
  const left = 14;
  const right = WIDTH - 10;
  const x = scale([0, data.days], [left, right]);
  const y = scale([0, 10], [bottom, top]);
  const parts: string[] = [];
  parts.push(text(WIDTH - 10, 18, words.illustration, { cls: 'fig-text fig-tag', anchor: 'end' }));
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
  parts.push(el('rect', { x: x(0), y: y(4), width: 6, height: bottom - y(4), class: 'fig-effort' }));
  parts.push(text(x(0) + 10, y(4) + 4, words.effort, { cls: 'fig-text fig-strong' }));

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
  parts.push(text(right, y(data.curve[0]?.[1] ?? 1) - 6, words.usual, { cls: 'fig-text fig-muted', anchor: 'end' }));

  // Recovery: a bracket from the worst point to the end of the axis, with the sources' own words.
  const peak = data.curve.reduce((a, b) => (b[1] > a[1] ? b : a));
  const by = bottom + 58;
  parts.push(el('path', { d: `M${x(peak[0])} ${by - 8}V${by}H${right}V${by - 8}`, class: 'fig-bracket' }));
  parts.push(
    text(x(peak[0]), by + 20, fill(words.recoveryLabel, { label: data.recovery.label }), {
      cls: 'fig-text fig-strong',
    }),
  );
  return svg(by + 30, data.alt, parts.join(''), hatch(`${id}-hatch`));
}
