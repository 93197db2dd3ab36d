/**
 * The page types of EDITORIAL.md, declared once: each kind's body sections (by stable id, in order), where its
 * evidence and trials stand, which claims it may declare, and its URL. The check, the views and the templates all
 * read this table; a new page type is one row here, its schema in ./schema.ts and its words in src/i18n.
 */
import { dictionary } from '../../i18n/index.ts';
import type { ClaimType, Kind } from './vocabulary.ts';

type SectionKey = keyof ReturnType<typeof dictionary>['sections'];
export type SectionId = SectionKey;

/** A slot for sections the writer names; the bounds are how many may stand there. */
export interface FreeSlot {
  free: { min: number; max: number };
}
export type SectionStep = SectionId | FreeSlot;

export interface PageType {
  kind: Kind;
  /** The body's level-2 sections, in order. */
  sections: readonly SectionStep[];
  /** The section at whose top the evidence panel and trial lines stand; none for pages without badges. */
  evidenceSection: SectionId | undefined;
  /** The section that ends with the clinician questions; "What we don't know" stands just before it. */
  forYouSection: SectionId | undefined;
  /** Whether the page carries an evidence block (certainty, direction, status) and a body system. */
  evidence: boolean;
  system: boolean;
  /** The claims this kind of page may declare (shown on both pages). */
  claims: readonly ClaimType[];
  /** The claim lists this kind of page shows, each at the end of a section: its own claims (out), or other pages' claims about it (in). */
  claimLists: readonly ClaimList[];
}

export interface ClaimList {
  section: SectionId;
  direction: 'out' | 'in';
  types: readonly ClaimType[];
  /** Its heading, a key of the dictionary's blocks. */
  heading: 'claims' | 'explains' | 'targetedBy' | 'showsFor' | 'explainedBy' | 'testsForIt' | 'treatmentsForIt';
}

export const PAGE_TYPES: Readonly<Record<Kind, PageType>> = {
  treatment: {
    kind: 'treatment',
    sections: [
      'start-here',
      'what-it-targets',
      'evidence-shows',
      { free: { min: 1, max: 3 } },
      'what-to-weigh',
      'for-you',
    ],
    evidenceSection: 'evidence-shows',
    forYouSection: 'for-you',
    evidence: true,
    system: true,
    claims: ['helps', 'targets'],
    claimLists: [{ section: 'evidence-shows', direction: 'out', types: ['helps', 'targets'], heading: 'claims' }],
  },
  test: {
    kind: 'test',
    sections: [
      'start-here',
      'what-it-measures',
      'who-it-may-help',
      'how-it-is-done',
      'reading-the-result',
      'what-to-weigh',
      'for-you',
    ],
    evidenceSection: 'who-it-may-help',
    forYouSection: 'for-you',
    evidence: true,
    system: true,
    claims: ['shows', 'rules-out'],
    claimLists: [{ section: 'who-it-may-help', direction: 'out', types: ['shows', 'rules-out'], heading: 'showsFor' }],
  },
  symptom: {
    kind: 'symptom',
    sections: [
      'start-here',
      'what-it-is-like',
      'what-may-be-behind-it',
      'tests-discussed',
      'treatments-discussed',
      'day-to-day',
      'urgent-help',
      'for-you',
    ],
    evidenceSection: 'treatments-discussed',
    forYouSection: 'for-you',
    evidence: false,
    system: true,
    claims: [],
    claimLists: [
      { section: 'what-may-be-behind-it', direction: 'in', types: ['explains'], heading: 'explainedBy' },
      { section: 'tests-discussed', direction: 'in', types: ['shows', 'rules-out'], heading: 'testsForIt' },
      { section: 'treatments-discussed', direction: 'in', types: ['helps'], heading: 'treatmentsForIt' },
    ],
  },
  mechanism: {
    kind: 'mechanism',
    sections: ['start-here', 'the-idea', 'evidence-for', 'gaps-and-against', 'how-tested', 'meaning-for-treatment'],
    evidenceSection: 'evidence-for',
    forYouSection: undefined,
    evidence: true,
    system: true,
    claims: ['explains'],
    claimLists: [
      { section: 'evidence-for', direction: 'out', types: ['explains'], heading: 'explains' },
      { section: 'meaning-for-treatment', direction: 'in', types: ['targets'], heading: 'targetedBy' },
    ],
  },
  guide: {
    kind: 'guide',
    sections: [{ free: { min: 2, max: 12 } }],
    evidenceSection: undefined,
    forYouSection: undefined,
    evidence: false,
    system: false,
    claims: [],
    claimLists: [],
  },
};

/** What kind of page each claim type points at. */
export const CLAIM_TARGETS: Readonly<Record<ClaimType, readonly Kind[]>> = {
  helps: ['symptom'],
  targets: ['mechanism'],
  explains: ['symptom'],
  shows: ['symptom', 'mechanism'],
  'rules-out': ['symptom', 'mechanism'],
};

export const UNKNOWNS_RANGE = { min: 4, max: 8 } as const;
export const SHORT_VERSION_MAX_WORDS = 60;

export const isFreeSlot = (step: SectionStep): step is FreeSlot => typeof step !== 'string';

/** The heading an editor writes for a section, in an edition's words. */
export function sectionHeading(id: SectionId, locale?: string): string {
  return dictionary(locale).sections[id];
}

/** Compare headings as editors mean them: case, curly quotes and spacing do not matter. */
export function normalizeHeading(heading: string): string {
  return heading
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The section id a written heading stands for on a page of this kind, if it is one of the kind's sections. */
export function sectionIdOf(kind: Kind, heading: string, locale?: string): SectionId | undefined {
  const wanted = normalizeHeading(heading);
  return PAGE_TYPES[kind].sections.find(
    (step): step is SectionId => !isFreeSlot(step) && normalizeHeading(sectionHeading(step, locale)) === wanted,
  );
}

/** Headings of blocks the page builds itself: a section of the writer's own may not take one of them. */
export function builtInHeadings(locale?: string): string[] {
  const t = dictionary(locale);
  return [t.blocks.short, t.blocks.unknowns, t.blocks.questions, t.blocks.references, t.blocks.related];
}

const describe = (step: SectionStep, locale?: string): string =>
  isFreeSlot(step) ? `${step.free.min} to ${step.free.max} sections of your own` : `"${sectionHeading(step, locale)}"`;

/** The expected outline in words, for error messages. */
export function describeAnatomy(kind: Kind, locale?: string): string {
  return PAGE_TYPES[kind].sections.map((s) => describe(s, locale)).join(' · ');
}

/**
 * Check a body's level-2 headings against the kind's sections.
 * Returns one message per problem, each saying what to do.
 */
export function checkSections(kind: Kind, headings: readonly string[], locale?: string): string[] {
  const problems: string[] = [];
  const steps = PAGE_TYPES[kind].sections;
  const t = dictionary(locale);
  const fixedIds = steps.filter((s): s is SectionId => !isFreeSlot(s));
  const fixed = fixedIds.map((id) => normalizeHeading(sectionHeading(id, locale)));
  const actual = headings.map(normalizeHeading);

  if (actual.includes(normalizeHeading(t.blocks.unknowns))) {
    problems.push(
      `remove the "${t.blocks.unknowns}" section from the body and list its questions under "unknowns" in the frontmatter; the page builds that section itself`,
    );
  }
  for (const heading of headings) {
    const builtIn = builtInHeadings(locale).find(
      (h) => h !== t.blocks.unknowns && normalizeHeading(h) === normalizeHeading(heading),
    );
    if (builtIn) {
      problems.push(`rename the section "## ${heading}": the page already builds a "${builtIn}" block of its own`);
    }
  }
  const only = steps.length === 1 ? steps[0] : undefined;
  if (only !== undefined && isFreeSlot(only)) {
    // A page of free sections (a guide): only their number is checked.
    if (actual.length < only.free.min || actual.length > only.free.max) {
      problems.push(`write ${only.free.min} to ${only.free.max} sections (found ${actual.length})`);
    }
    return problems;
  }
  for (const [i, want] of fixed.entries()) {
    if (!actual.includes(want)) {
      problems.push(
        `add the section "## ${sectionHeading(fixedIds[i] ?? 'start-here', locale)}" (expected order: ${describeAnatomy(kind, locale)})`,
      );
    }
  }
  if (problems.length > 0) return problems;

  // All fixed sections are present: they must run in the anatomy's order.
  const fixedInBody = actual.filter((h) => fixed.includes(h));
  const firstOut = fixed.findIndex((want, i) => fixedInBody[i] !== want);
  if (firstOut !== -1) {
    const misplaced = headings[actual.indexOf(fixedInBody[firstOut] ?? '')] ?? '';
    problems.push(`move "## ${misplaced}" so the sections run in order: ${describeAnatomy(kind, locale)}`);
    return problems;
  }
  // Sections of the writer's own may stand only in a free slot.
  let cursor = 0;
  for (const [i, step] of steps.entries()) {
    if (isFreeSlot(step)) continue;
    const at = actual.indexOf(normalizeHeading(sectionHeading(step, locale)), cursor);
    const previous = steps[i - 1];
    const freeBefore = previous !== undefined && isFreeSlot(previous);
    if (at > cursor && !freeBefore) {
      problems.push(
        `the section "## ${headings[cursor]}" is not part of a ${kind} page here; remove it, rename it, or move it (expected order: ${describeAnatomy(kind, locale)})`,
      );
      return problems;
    }
    cursor = at + 1;
  }
  if (cursor < actual.length) {
    const last = steps.at(-1);
    problems.push(
      `the section "## ${headings[cursor]}" comes after "${last && !isFreeSlot(last) ? sectionHeading(last, locale) : ''}", which must be last; move or remove it`,
    );
  }
  // Free-slot bounds.
  for (const [i, step] of steps.entries()) {
    if (!isFreeSlot(step)) continue;
    const before = steps[i - 1];
    const after = steps[i + 1];
    if (before === undefined || after === undefined || isFreeSlot(before) || isFreeSlot(after)) continue;
    const count =
      actual.indexOf(normalizeHeading(sectionHeading(after, locale))) -
      actual.indexOf(normalizeHeading(sectionHeading(before, locale))) -
      1;
    if (count < step.free.min || count > step.free.max) {
      problems.push(
        `between "${sectionHeading(before, locale)}" and "${sectionHeading(after, locale)}" write ${step.free.min} to ${step.free.max} sections of your own (found ${count})`,
      );
    }
  }
  return problems;
}
