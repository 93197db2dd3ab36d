/** The evidence ladder: from a lab finding to randomized trials that agree, with where some atlas pages stand. */
import { el, escapeXml, svg, WIDTH, wrap } from './svg.ts';

export interface LadderRung {
  /** The kind of evidence: "One good randomized trial". */
  name: string;
  /** The certainty it earns, as the badge says it: "Moderate certainty". */
  certainty: string;
  /** 0 to 4, as on the certainty badges. */
  marks: number;
  /** Titles of the pages standing here, or one line saying there are none. */
  topics: string[];
}

const LINE = 20;
const PAD = 10;

/** Rungs from strongest (top) to weakest (bottom), as the reader climbs it. */
export function evidenceLadderSvg(rungs: readonly LadderRung[], alt: string, words: { stronger: string }): string {
  const left = 34;
  const right = WIDTH - 4;
  const parts: string[] = [];
  let yTop = 4;
  const boxes: string[] = [];
  rungs.forEach((rung, i) => {
    const lines = [
      ...wrap(rung.name, 22).map((l) => ({ l, cls: 'fig-text fig-strong' })),
      { l: rung.certainty, cls: 'fig-text fig-muted' },
      ...rung.topics.flatMap((t) => wrap(t, 28).map((l, j) => ({ l: j === 0 ? `• ${l}` : `  ${l}`, cls: 'fig-text' }))),
    ];
    const height = PAD * 2 + lines.length * LINE;
    const level = rungs.length - 1 - i;
    boxes.push(
      el('rect', { x: left, y: yTop, width: right - left, height, rx: 4, class: `fig-rung fig-rung--${level}` }),
    );
    // The certainty marks, as on the badges: filled squares by level, outlined for the rest.
    for (let m = 0; m < 4; m++) {
      boxes.push(
        el('rect', {
          x: right - 12 - (3 - m) * 12 - 10,
          y: yTop + PAD + 4,
          width: 9,
          height: 9,
          class: m < rung.marks ? 'fig-mark fig-mark--on' : 'fig-mark',
        }),
      );
    }
    lines.forEach((line, j) => {
      boxes.push(
        el(
          'text',
          {
            x: left + 10,
            y: yTop + PAD + 14 + j * LINE,
            class: line.cls,
            'xml:space': line.l.startsWith('  ') ? 'preserve' : undefined,
          },
          escapeXml(line.l),
        ),
      );
    });
    yTop += height + 6;
  });
  const bottom = yTop - 6;
  // The climb: an arrow up the left side, named in words.
  parts.push(el('path', { d: `M8 ${bottom}V10M2 22L8 8L14 22`, class: 'fig-arrow' }));
  parts.push(
    el(
      'text',
      {
        x: 0,
        y: 0,
        class: 'fig-text fig-strong',
        transform: `translate(30 ${bottom / 2}) rotate(-90)`,
        'text-anchor': 'middle',
      },
      escapeXml(words.stronger),
    ),
  );
  return svg(bottom + 4, alt, parts.join('') + boxes.join(''));
}
