/** The page anatomy from EDITORIAL.md: which body sections each kind has, in order. */
import type { Kind } from './vocabulary.ts';

export const UNKNOWNS_HEADING = "What we don't know";
export const FOR_YOU_HEADING = 'What this means for you';

/** A slot for sections the writer names; the bounds are how many may stand there. */
export interface FreeSlot {
  free: { min: number; max: number };
}
export type AnatomyStep = string | FreeSlot;

export const ANATOMY: Record<Kind, readonly AnatomyStep[]> = {
  treatment: [
    'Start here',
    'What it targets',
    'What the evidence actually shows',
    { free: { min: 1, max: 3 } },
    'What to weigh',
    FOR_YOU_HEADING,
  ],
  test: [
    'Start here',
    'What it measures',
    'Who it may help, and when',
    'How it is done, and what it can cost you',
    'Reading the result',
    'What to weigh',
    FOR_YOU_HEADING,
  ],
  symptom: [
    'Start here',
    'What it is like',
    'What may be behind it',
    'Tests people discuss',
    'Treatments people discuss',
    'Day to day',
    'When to get urgent help',
    FOR_YOU_HEADING,
  ],
  mechanism: [
    'Start here',
    'The idea',
    'The evidence for it',
    'Gaps and evidence against',
    'How it would be tested',
    'What it would mean for treatment',
  ],
  guide: [{ free: { min: 2, max: 12 } }],
};

/** The section beside which the evidence badges and tracked trials stand (symptoms: trials only). */
export const EVIDENCE_SECTION: Record<Kind, string | undefined> = {
  treatment: 'What the evidence actually shows',
  test: 'Who it may help, and when',
  symptom: 'Treatments people discuss',
  mechanism: 'The evidence for it',
  guide: undefined,
};

export const UNKNOWNS_RANGE = { min: 4, max: 8 } as const;
export const SHORT_VERSION_MAX_WORDS = 60;

/** Compare headings as editors mean them: case, curly quotes and spacing do not matter. */
export function normalizeHeading(heading: string): string {
  return heading
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const describe = (step: AnatomyStep): string =>
  typeof step === 'string' ? `"${step}"` : `${step.free.min} to ${step.free.max} sections of your own`;

/** The expected outline in words, for error messages. */
export function describeAnatomy(kind: Kind): string {
  return ANATOMY[kind].map(describe).join(' · ');
}

/**
 * Check the body's level-2 headings against the kind's anatomy.
 * Returns one message per problem, each saying what to do.
 */
export function checkSections(kind: Kind, headings: readonly string[]): string[] {
  const problems: string[] = [];
  const steps = ANATOMY[kind];
  const fixed = steps.filter((s): s is string => typeof s === 'string').map(normalizeHeading);
  const actual = headings.map(normalizeHeading);

  if (actual.includes(normalizeHeading(UNKNOWNS_HEADING))) {
    problems.push(
      `remove the "${UNKNOWNS_HEADING}" section from the body and list its questions under "unknowns" in the frontmatter; the page builds that section itself`,
    );
  }
  const only = steps.length === 1 ? steps[0] : undefined;
  if (only !== undefined && typeof only !== 'string') {
    // A page of free sections (a guide): only their number is checked.
    if (actual.length < only.free.min || actual.length > only.free.max) {
      problems.push(`write ${only.free.min} to ${only.free.max} sections (found ${actual.length})`);
    }
    return problems;
  }
  for (const [i, want] of fixed.entries()) {
    if (!actual.includes(want)) {
      problems.push(
        `add the section "## ${steps.filter((s) => typeof s === 'string')[i]}" (expected order: ${describeAnatomy(kind)})`,
      );
    }
  }
  if (problems.length > 0) return problems;

  // All fixed sections are present: they must run in the anatomy's order.
  const fixedInBody = actual.filter((h) => fixed.includes(h));
  const firstOut = fixed.findIndex((want, i) => fixedInBody[i] !== want);
  if (firstOut !== -1) {
    const misplaced = headings[actual.indexOf(fixedInBody[firstOut] ?? '')] ?? '';
    problems.push(`move "## ${misplaced}" so the sections run in order: ${describeAnatomy(kind)}`);
    return problems;
  }
  // Sections of the writer's own may stand only in a free slot.
  let cursor = 0;
  for (const [i, step] of steps.entries()) {
    if (typeof step !== 'string') continue;
    const at = actual.indexOf(normalizeHeading(step), cursor);
    const previous = steps[i - 1];
    const freeBefore = previous !== undefined && typeof previous !== 'string';
    if (at > cursor && !freeBefore) {
      problems.push(
        `the section "## ${headings[cursor]}" is not part of a ${kind} page here; remove it, rename it, or move it (expected order: ${describeAnatomy(kind)})`,
      );
      return problems;
    }
    cursor = at + 1;
  }
  if (cursor < actual.length) {
    problems.push(
      `the section "## ${headings[cursor]}" comes after "${String(steps.at(-1))}", which must be last; move or remove it`,
    );
  }
  // Free-slot bounds.
  for (const [i, step] of steps.entries()) {
    if (typeof step === 'string') continue;
    const before = steps[i - 1];
    const after = steps[i + 1];
    if (typeof before !== 'string' || typeof after !== 'string') continue;
    const count = actual.indexOf(normalizeHeading(after)) - actual.indexOf(normalizeHeading(before)) - 1;
    if (count < step.free.min || count > step.free.max) {
      problems.push(
        `between "${before}" and "${after}" write ${step.free.min} to ${step.free.max} sections of your own (found ${count})`,
      );
    }
  }
  return problems;
}
