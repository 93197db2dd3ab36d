/**
 * Figures as plain data for the templates: the SVG (drawn by src/lib/figures/), the caption with its citations
 * numbered in the page's reading order, and the same numbers as a table for the "More detail" disclosure.
 */
import { dictionary } from '../../i18n/index.ts';
import { evidenceLadderSvg } from '../figures/evidence-ladder.ts';
import { pemTimelineSvg } from '../figures/pem-timeline.ts';
import { standingHeartRateSvg } from '../figures/standing-heart-rate.ts';
import { n } from '../figures/svg.ts';
import { type TimelineEvent, trialTimelineSvg } from '../figures/trial-timeline.ts';
import type { Content } from '../model/collections.ts';
import type { Figure } from '../model/figure-schema.ts';
import type { Trial } from '../model/schema.ts';
import { armState, isOverdue } from '../model/trials.ts';
import { CERTAINTIES } from '../model/vocabulary.ts';
import { formatDate } from '../site/dates.ts';
import { fill } from '../site/fill.ts';
import { topicUrl } from '../site/urls.ts';

export interface FigureRow {
  label: string;
  valueHtml: string;
}

export interface FigureView {
  /** The element id of the <figure>. */
  id: string;
  svg: string;
  captionHtml: string;
  /** Whether some shapes are only typical: the caption then says so in words. */
  illustration: string | undefined;
  table: { label: string; columns: readonly [string, string]; rows: FigureRow[] };
}

/** Renders Markdown with citations into the page's registry, in the order it is called. */
export type Inline = (markdown: string) => string;

const cite = (keys: readonly string[]) => ` [@${keys.join('; @')}]`;
const points = (template: string, pts: ReadonlyArray<readonly [number, number]>) =>
  pts.map(([x, y]) => fill(template, { x: n(x), y: n(y) })).join('; ');

/** The marks a certainty level fills on its badge: high 4 ... none 0. */
const marksOf = (level: (typeof CERTAINTIES)[number]) => CERTAINTIES.length - 1 - CERTAINTIES.indexOf(level);

export function buildFigureView(content: Content, figureId: string, inline: Inline): FigureView {
  const entry = content.figures.get(figureId);
  if (!entry) throw new Error(`no figure "${figureId}"`);
  const figure: Figure = entry.data;
  const t = dictionary().figures;
  const id = `figure-${figureId}`;
  const captionHtml = inline(figure.caption);
  const columns = [t.columns.what, t.columns.value] as const;

  if (figure.type === 'standing-heart-rate') {
    const { pots, orthostaticHypotension: oh } = figure;
    return {
      id,
      svg: standingHeartRateSvg(figure, { illustration: t.illustration, ...t.standing }, id),
      captionHtml,
      illustration: t.illustrationNote,
      table: {
        label: t.dataLabel,
        columns,
        rows: [
          {
            label: t.standing.potsAdult,
            valueHtml: inline(
              fill(t.standing.potsAdultValue, { rise: pots.rise, within: pots.within }) + cite(pots.sources),
            ),
          },
          {
            label: t.standing.potsYoung,
            valueHtml: inline(fill(t.standing.potsYoungValue, { rise: pots.riseYoung }) + cite(pots.sources)),
          },
          {
            label: t.standing.oh,
            valueHtml: inline(
              fill(t.standing.ohValue, { systolic: oh.systolicFall, diastolic: oh.diastolicFall, within: oh.within }) +
                cite(oh.sources),
            ),
          },
          ...figure.lines.map((line) => ({
            label: fill(t.standing.line, { label: line.label }),
            valueHtml: inline(points(t.standing.point, line.points)),
          })),
        ],
      },
    };
  }

  if (figure.type === 'pem-timeline') {
    return {
      id,
      svg: pemTimelineSvg(figure, { illustration: t.illustration, ...t.pem }, id),
      captionHtml,
      illustration: t.illustrationNote,
      table: {
        label: t.dataLabel,
        columns,
        rows: [
          {
            label: t.pem.onset,
            valueHtml: inline(
              fill(t.pem.onsetValue, { from: figure.onset.from, to: figure.onset.to }) + cite(figure.onset.sources),
            ),
          },
          { label: t.pem.recovery, valueHtml: inline(figure.recovery.label + cite(figure.recovery.sources)) },
          { label: t.pem.curve, valueHtml: inline(points(t.pem.point, figure.curve)) },
        ],
      },
    };
  }

  // The evidence ladder: each page stands at its own certainty, read from the page, so it never drifts from it.
  const words = dictionary();
  const placed = figure.topics.flatMap((slug) => {
    const topic = content.topics.get(slug);
    return topic && 'evidence' in topic.data ? [{ slug, topic, certainty: topic.data.evidence.certainty }] : [];
  });
  const rungs = CERTAINTIES.map((level) => {
    const here = placed.filter((p) => p.certainty === level);
    return {
      level,
      name: t.ladder.rungs[level],
      certainty: words.certainty[level].label,
      marks: marksOf(level),
      topics: here.map((p) => p.topic.data.title),
      links: here.map((p) => `[${p.topic.data.title}](${topicUrl(p.topic.data.kind, p.slug)})`),
    };
  });
  // The alternative names the pages from their grades too, so it stays as true as the drawing.
  const list = rungs
    .filter((r) => r.topics.length > 0)
    .map((r) => `${r.topics.join(', ')} (${r.certainty.toLowerCase()})`)
    .join('; ');
  return {
    id,
    svg: evidenceLadderSvg(
      rungs.map((r) => ({ ...r, topics: r.topics.length > 0 ? r.topics : [t.ladder.noPage] })),
      `${figure.alt} ${fill(t.ladder.placedAlt, { list })}`,
      t.ladder,
    ),
    captionHtml,
    illustration: undefined,
    table: {
      label: t.dataLabel,
      columns: [t.ladder.rung, t.ladder.pages],
      rows: rungs.map((r) => ({
        label: `${r.name} (${r.certainty})`,
        valueHtml: r.links.length > 0 ? inline(r.links.join(', ')) : t.ladder.noPage,
      })),
    },
  };
}

/** A trial page's timeline, built from the trial's own record; undefined when the record gives no date to place. */
export function trialTimelineView(name: string, trial: Trial, today: string, inline: Inline): FigureView | undefined {
  const t = dictionary().figures.trial;
  const events: TimelineEvent[] = [];
  const completions = new Map<string, string>();
  for (const arm of [undefined, ...trial.arms]) {
    const { status, expectedCompletion } = armState(trial, arm);
    if (expectedCompletion === undefined) continue;
    const label = arm && arm.expectedCompletion !== undefined ? fill(t.expectedArm, { arm: arm.label }) : t.expected;
    if (completions.get(expectedCompletion) === t.expected) continue;
    const passed = isOverdue(status, expectedCompletion, today) ? ` (${t.passed})` : '';
    completions.set(expectedCompletion, label);
    events.push({
      date: expectedCompletion,
      label: `${label}: ${formatDate(expectedCompletion)}${passed}`,
      marker: 'circle',
    });
  }
  if (events.length === 0) return undefined;
  if (trial.checked === today) {
    events.push({ date: today, label: `${t.todayAndChecked}: ${formatDate(today)}`, marker: 'diamond' });
  } else {
    events.push({ date: trial.checked, label: `${t.checked}: ${formatDate(trial.checked)}`, marker: 'square' });
    events.push({ date: today, label: `${t.today}: ${formatDate(today)}`, marker: 'diamond' });
  }
  if (trial.status === 'reported') events.push({ date: trial.checked, label: t.result, marker: 'triangle' });
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const alt = fill(t.alt, { name, events: sorted.map((e) => e.label).join('; ') });
  return {
    id: 'figure-trial-timeline',
    svg: trialTimelineSvg(sorted, alt),
    captionHtml: inline(fill(t.caption, { name })),
    illustration: undefined,
    table: {
      label: dictionary().figures.dataLabel,
      columns: [t.event, t.date],
      rows: sorted.map((e) => {
        const [what, ...when] = e.label.split(': ');
        return { label: what ?? e.label, valueHtml: inline(when.join(': ') || formatDate(e.date)) };
      }),
    },
  };
}
