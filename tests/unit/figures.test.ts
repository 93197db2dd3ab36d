import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { sectionNames } from '../../src/lib/check/rules/figures.ts';
import { evidenceLadderSvg } from '../../src/lib/figures/evidence-ladder.ts';
import { pemTimelineSvg } from '../../src/lib/figures/pem-timeline.ts';
import { lyingRate, standingHeartRateSvg } from '../../src/lib/figures/standing-heart-rate.ts';
import { escapeXml, wrap } from '../../src/lib/figures/svg.ts';
import { trialTimelineSvg } from '../../src/lib/figures/trial-timeline.ts';
import { ParseCache } from '../../src/lib/markdown/index.ts';
import type { Figure } from '../../src/lib/model/figure-schema.ts';
import type { Trial } from '../../src/lib/model/schema.ts';
import { trialTimelineView } from '../../src/lib/views/figure-view.ts';
import { blocksOf, buildTopicView } from '../../src/lib/views/topic-view.ts';
import { FIXTURE_TODAY, fixtureTree } from '../helpers/fixtures.ts';

const standing: Extract<Figure, { type: 'standing-heart-rate' }> = {
  type: 'standing-heart-rate',
  caption: 'c',
  alt: 'Heart rate <lying> & standing',
  pots: { rise: 30, riseYoung: 40, within: 10, sources: ['a'] },
  orthostaticHypotension: { systolicFall: 20, diastolicFall: 10, within: 3, sources: ['b'] },
  lines: [
    {
      label: 'POTS pattern',
      points: [
        [-3, 70],
        [0, 70],
        [1, 105],
        [10, 112],
      ],
    },
    {
      label: 'Usual response',
      points: [
        [-3, 70],
        [0, 70],
        [1, 85],
        [10, 80],
      ],
    },
  ],
};
const standingWords = {
  illustration: 'Illustration',
  lying: 'Lying',
  standing: 'Standing',
  yAxis: 'Heart rate',
  xAxis: 'Minutes',
  potsLine: 'POTS: +{rise}',
  ohNote: 'First {within} minutes: a fall of {systolic}/{diastolic}',
};

/** The y coordinate of the element with this class (lines: y1). */
function attr(svg: string, cls: string, name: string): number {
  const match = new RegExp(`<[a-z]+ [^>]*${name}="([-\\d.]+)"[^>]*class="${cls}"`).exec(svg);
  if (!match) throw new Error(`no ${cls}`);
  return Number(match[1]);
}

describe('the figure builders (pure SVG strings)', () => {
  it('draws an image named by its text alternative, in a 320-unit viewBox, with no script and no inline style', () => {
    const svg = standingHeartRateSvg(standing, standingWords, 'f');
    expect(svg).toMatch(
      /^<svg [^>]*viewBox="0 0 320 [\d.]+" role="img" aria-label="Heart rate &lt;lying&gt; &amp; standing"/,
    );
    expect(svg).not.toMatch(/<script|style=|on[a-z]+=/);
  });

  it('puts the POTS threshold at the lying rate plus the rise, between the 70 and 112 beat lines', () => {
    expect(lyingRate(standing)).toBe(70);
    const svg = standingHeartRateSvg(standing, standingWords, 'f');
    expect(svg).toContain('>POTS: +30<');
    expect(svg).toContain('>First 3 minutes: a fall of 20/10<');
    // Grid lines every 20 beats: 100 lies halfway between the 80 and 120 lines.
    const grid = [...svg.matchAll(/<line x1="40" x2="310" y1="([\d.]+)"[^>]*class="fig-grid"/g)].map((m) =>
      Number(m[1]),
    );
    const threshold = attr(svg, 'fig-threshold', 'y1');
    const y80 = grid[grid.length - 2] ?? 0;
    const y120 = grid[grid.length - 4] ?? 0;
    expect(threshold).toBeCloseTo((y80 + y120) / 2, 0);
  });

  it('tells the lines apart by dash style and names each one, not by colour alone', () => {
    const svg = standingHeartRateSvg(standing, standingWords, 'f');
    expect(svg).toContain('class="fig-line fig-line--1"');
    expect(svg).toContain('class="fig-line fig-line--2"');
    expect(svg).toContain('>POTS pattern<');
    expect(svg).toContain('>Usual response<');
    expect(svg).toContain('>Illustration<');
  });

  it('places the PEM onset band at the hours the sources give', () => {
    const pem: Extract<Figure, { type: 'pem-timeline' }> = {
      type: 'pem-timeline',
      caption: 'c',
      alt: 'a',
      days: 14,
      onset: { from: 12, to: 48, sources: ['k'] },
      recovery: { label: 'days or even weeks', sources: ['k'] },
      curve: [
        [0, 1],
        [2, 8],
        [14, 2],
      ],
    };
    const svg = pemTimelineSvg(
      pem,
      {
        illustration: 'Illustration',
        effort: 'Effort',
        yAxis: 'y',
        xAxis: 'x',
        usual: 'Usual',
        onsetLabel: 'Crash starts {from}–{to} h later',
        recoveryLabel: 'Recovery: {label}',
      },
      'p',
    );
    const band = /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="url\(#p-hatch\)"/.exec(svg);
    // 12 to 48 hours is half a day to two days: the band is three times as wide as half a day.
    const x0 = Number(band?.[1]);
    const width = Number(band?.[2]);
    const perDay = (310 - 4) / 17.5;
    expect(width).toBeCloseTo(1.5 * perDay, 0);
    expect(x0).toBeCloseTo(4 + 4 * perDay, 0);
    expect(svg).toContain('>Crash starts 12–48 h later<');
    expect(svg).toContain('>Recovery: days or even weeks<');
  });

  it('draws the ladder strongest first, with filled marks by level and every page named', () => {
    const svg = evidenceLadderSvg(
      [
        { name: 'Trials that agree', certainty: 'High certainty', marks: 4, topics: ['No atlas page yet'] },
        { name: 'A theory only', certainty: 'Not yet studied', marks: 0, topics: ['Drug A', 'Drug B'] },
      ],
      'A ladder',
      { stronger: 'Stronger evidence' },
    );
    expect(svg.indexOf('Trials that agree')).toBeLessThan(svg.indexOf('A theory only'));
    expect(svg.match(/fig-mark fig-mark--on/g)).toHaveLength(4);
    expect(svg.match(/class="fig-mark"/g)).toHaveLength(4);
    expect(svg).toContain('>• Drug B<');
    expect(svg).toContain('>Stronger evidence<');
  });

  it('orders trial events in time, with a distinct marker shape for each kind', () => {
    const svg = trialTimelineSvg(
      [
        { date: '2026-11-30', label: 'Today', marker: 'diamond' },
        { date: '2025-06', label: 'Expected completion', marker: 'circle' },
      ],
      'alt',
    );
    expect(svg.indexOf('>Expected completion<')).toBeLessThan(svg.indexOf('>Today<'));
    expect(svg).toContain('class="fig-marker fig-marker--circle"');
    expect(svg).toContain('class="fig-marker fig-marker--diamond"');
    expect(svg).toContain('>2024<');
  });

  it('wraps labels to the line and escapes text', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(escapeXml('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
  });
});

describe('figures in the page models', () => {
  const cache = new ParseCache();
  const { content } = checkContentDir(fixtureTree(), { today: FIXTURE_TODAY, cache });
  const options = { today: FIXTURE_TODAY, cache };

  it('stands a figure at the end of its section, citing after the section text, with its numbers as a table', () => {
    const view = buildTopicView(content, 'symptom-b', options);
    const section = blocksOf(view, 'section').find((s) => s.id === 'what-it-is-like');
    const figure = section?.figures[0];
    expect(figure?.id).toBe('figure-fixture-standing');
    expect(figure?.svg).toContain('aria-label="A fixture line chart of heart rate lying and then standing."');
    expect(figure?.illustration).toMatch(/typical pattern/);
    // The start-here text cites review-2020 as [1]; the caption's trial-2021 comes next, as [2].
    expect(figure?.captionHtml).toMatch(/POTS is a rise of 30 or more.*>2<\/a>/);
    expect(figure?.table.rows.map((r) => r.label)).toEqual([
      'POTS threshold, adults',
      'POTS threshold, ages 12 to 19',
      'Orthostatic hypotension',
      'Illustration: POTS pattern',
      'Illustration: Usual response',
    ]);
    expect(figure?.table.rows[0]?.valueHtml).toMatch(
      /^A rise of at least 30 beats a minute over the lying rate, within 10 minutes of standing/,
    );
    expect(figure?.table.rows[3]?.valueHtml).toBe('minute -3: 70; minute 0: 70; minute 1: 105; minute 10: 110');
    const refs = blocksOf(view, 'references')[0]?.items.map((r) => r.key);
    expect(refs?.slice(0, 2)).toEqual(['review-2020', 'trial-2021']);
  });

  it('places each page on the ladder at its own certainty, and names them in the text alternative', () => {
    const view = buildTopicView(content, 'mechanism-d', options);
    const figure = blocksOf(view, 'section').flatMap((s) => s.figures)[0];
    const rows = Object.fromEntries(figure?.table.rows.map((r) => [r.label, r.valueHtml]) ?? []);
    expect(rows['Small or observational studies (Low certainty)']).toContain('href="/treatment/drug-a/"');
    expect(figure?.svg).toMatch(
      /aria-label="A fixture ladder of five rungs\. Pages shown: .*Drug A.*\(low certainty\)/,
    );
  });

  it('lets a guide place a figure at a free section by its anchor', () => {
    expect(sectionNames('guide', ['How sure can we be? The certainty grade', 'Start here'])).toEqual([
      'how-sure-can-we-be-the-certainty-grade',
      'start-here',
    ]);
  });

  it('builds a trial timeline from the record, marking a passed completion and a reported result', () => {
    const trial = content.trials.get('fixture-trial')?.data as Trial;
    const overdue = trialTimelineView('FIXTURE-TRIAL', trial, '2026-12-02', (md) => md);
    expect(overdue?.table.rows.map((r) => [r.label, r.valueHtml])).toEqual([
      ['Status last checked', '10 January 2026'],
      ['Expected completion', 'November 2026 (passed, no result recorded)'],
      ['Today', '2 December 2026'],
    ]);
    const reported = trialTimelineView(
      'X',
      { ...trial, status: 'reported', checked: '2026-12-02' },
      '2026-12-02',
      (md) => md,
    );
    expect(reported?.table.rows.map((r) => r.label)).toEqual([
      'Expected completion',
      'Today and last checked',
      'Results reported by the last check',
    ]);
    expect(
      trialTimelineView('X', { ...trial, expectedCompletion: undefined }, '2026-12-02', (md) => md),
    ).toBeUndefined();
  });
});
