/**
 * Figures as content: each file in src/content/figures/ is one figure's data, drawn at build time as inline SVG
 * (src/lib/figures/). A figure's type fixes its data; every number a reader could quote cites its sources, and
 * shapes that are only typical (a heart-rate trace, a crash curve) are always drawn and labelled as illustrations.
 */
import { z } from 'astro/zod';

export const FIGURE_TYPES = ['standing-heart-rate', 'pem-timeline', 'evidence-ladder'] as const;

const slug = z
  .string({ error: 'write a slug as text' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens, e.g. standing-heart-rate');
const text = (what: string) =>
  z
    .string({ error: `write ${what} as text` })
    .trim()
    .min(1, `write ${what}; it is empty`);
const number = (what: string) => z.number({ error: `write ${what} as a number` });
/** The sources behind a number: at least one key, each a file in src/content/sources/. */
const sources = z
  .array(slug, { error: 'list the sources behind these numbers, e.g. [raj-2022-pots-cmaj]' })
  .min(1, 'a number in a figure cites its source like any sentence: list at least one source key');
/** A point of an illustrative line: [x, y]. */
const point = z.tuple([number('x'), number('y')], { error: 'write a point as [x, y], e.g. [0, 70]' });

const base = {
  /** One or two sentences under the figure saying what it shows; may cite [@key]. */
  caption: text('a caption (what the figure shows, in a sentence or two)'),
  /** The text alternative: what the figure shows, for a reader who cannot see it. */
  alt: text('a text alternative (what the figure shows, in words, for readers who cannot see it)'),
};

/** Heart rate lying and standing over ten minutes, with the thresholds that define POTS and orthostatic hypotension. */
const standingHeartRate = z.strictObject({
  type: z.literal('standing-heart-rate'),
  ...base,
  /** The POTS heart-rate threshold. */
  pots: z.strictObject({
    /** The rise in beats a minute, over the lying rate, that defines POTS in adults. */
    rise: number('the rise (beats a minute)'),
    /** The rise for 12- to 19-year-olds. */
    riseYoung: number('the rise for 12- to 19-year-olds (beats a minute)'),
    /** Within how many minutes of standing. */
    within: number('the minutes'),
    sources,
  }),
  /** The blood-pressure fall that defines orthostatic hypotension, and its time window. */
  orthostaticHypotension: z.strictObject({
    /** Fall in systolic (top) pressure, mm Hg. */
    systolicFall: number('the systolic fall (mm Hg)'),
    /** Fall in diastolic (bottom) pressure, mm Hg. */
    diastolicFall: number('the diastolic fall (mm Hg)'),
    /** Within how many minutes of standing. */
    within: number('the minutes'),
    sources,
  }),
  /** Typical heart-rate traces, drawn as illustrations: minutes from standing (negative while lying), beats a minute. */
  lines: z
    .array(
      z.strictObject({
        label: text('a label for the line'),
        points: z.array(point).min(2, 'give a line at least two points'),
      }),
    )
    .min(1, 'draw at least one line')
    .max(3, 'draw at most three lines; more cannot be told apart without colour'),
});

/** A crash after effort: exertion, the delayed onset, the slow recovery. */
const pemTimeline = z.strictObject({
  type: z.literal('pem-timeline'),
  ...base,
  /** How many days the time axis spans after the effort. */
  days: number('the number of days shown'),
  /** When the worsening typically starts, in hours after the effort. */
  onset: z.strictObject({ from: number('the earliest hour'), to: number('the latest hour'), sources }),
  /** How long recovery can take, in the sources' own plain words ("days or even weeks"). */
  recovery: z.strictObject({ label: text('how long recovery can take, in plain words'), sources }),
  /** The typical shape, drawn as an illustration: [day, symptoms 0 (usual) to 10 (worst)]. */
  curve: z.array(point).min(3, 'give the curve at least three points'),
});

/** The kinds of evidence from lab finding to consistent randomized trials, with where some atlas pages stand. */
const evidenceLadder = z.strictObject({
  type: z.literal('evidence-ladder'),
  ...base,
  /** Pages to place on the ladder, by slug; each stands at its own certainty, read from the page. */
  topics: z.array(slug).min(1, 'place at least one page on the ladder').max(8, 'place at most eight pages'),
});

export const figureSchema = z.discriminatedUnion('type', [standingHeartRate, pemTimeline, evidenceLadder], {
  error: `type: use one of: ${FIGURE_TYPES.join(', ')}`,
});
export type Figure = z.infer<typeof figureSchema>;

/** On a topic: which figure stands in which section (at the section's end, after its text). */
export const figurePlacementSchema = z.strictObject({
  /** The figure's id: its file name in src/content/figures/ without .yaml. */
  figure: slug,
  /** The section it belongs to: a section id of the page's kind (what-it-measures) or, on a guide, the heading's anchor. */
  section: slug,
});
