/**
 * One schema per concept: topics, sources, trials. Used by the Astro content
 * collections and by the content check, so both reject the same mistakes.
 * Messages say what to do, because editors read them, not developers.
 */
import { z } from 'astro/zod';
import { figurePlacementSchema } from './figure-schema.ts';
import {
  CERTAINTIES,
  CHANGE_BADGES,
  CHANGE_TYPES,
  CLAIM_FLAGS,
  CLAIM_TYPES,
  CONFIRMATION_PLACES,
  KINDS,
  SOURCE_TYPES,
  SYSTEMS,
  TEST_STATUSES,
  TREATMENT_STATUSES,
  TRIAL_STATUSES,
} from './vocabulary.ts';

const oneOf = (values: readonly string[]) => `use one of: ${values.join(', ')}`;

const isoDate = z
  .string({ error: 'write a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write a date as YYYY-MM-DD');
const isoMonthOrDate = z
  .string({ error: 'write a date as YYYY-MM or YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write a date as YYYY-MM or YYYY-MM-DD');
const text = (what: string) =>
  z
    .string({ error: `write ${what} as text` })
    .trim()
    .min(1, `write ${what}; it is empty`);
/** A short plain phrase: no citations, no full stop at the end, 3 to 14 words. */
const direction = (what: string) =>
  text(what)
    .refine((value) => !value.includes('[@'), 'a direction has no citations; cite in the rationale or the text')
    .refine((value) => {
      const words = value.split(/\s+/).length;
      return words >= 3 && words <= 14;
    }, 'write the direction in 3 to 14 words, e.g. "the best trial found no clear benefit"');
const slug = z
  .string({ error: 'write a slug as text' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens, e.g. salt-and-fluids');

export const systemSchema = z.enum(SYSTEMS, { error: oneOf(SYSTEMS) });

/** Evidence grading of a topic; which status scale applies depends on the kind. */
const evidenceShape = {
  /** How sure we can be that the effect (or, for a test, its usefulness; for a mechanism, its role) is real in long COVID. */
  certainty: z.enum(CERTAINTIES, { error: oneOf(CERTAINTIES) }),
  /** Which way the best evidence points, in one plain phrase shown beside the certainty badge: "the best trial found no clear benefit". */
  direction: direction('the direction (which way the best evidence points, in one plain phrase)'),
  /** The kinds of evidence behind the grade, in a short phrase: "one small randomized trial in POTS; case series". */
  basis: text('the basis (the kinds of evidence behind the grade)'),
  /** Why the topic has these levels, citing its references with [@key]. */
  rationale: text('the rationale (why this grade), citing sources with [@key]'),
};

/** A claim's flag: a word from a short vocabulary, with a cited reason. */
const claimFlagSchema = z.strictObject({
  /** contested | one-group | commercial-interest | overdiagnosis-risk (defined on the legend page). */
  flag: z.enum(CLAIM_FLAGS, { error: oneOf(CLAIM_FLAGS) }),
  /** One line saying why, citing a source with [@key]. */
  reason: text('the reason for the flag (one line, citing a source with [@key])'),
});

/** A graded link from this page to another: "treatment helps symptom", "test shows finding". */
export const claimSchema = z.strictObject({
  /** helps, targets (treatment pages); explains (mechanism pages); shows, rules-out (test pages). */
  type: z.enum(CLAIM_TYPES, { error: oneOf(CLAIM_TYPES) }),
  /** The slug of the other page. */
  topic: slug,
  /** How sure we can be of this claim in long COVID, by the same rule as a page's certainty. */
  certainty: z.enum(CERTAINTIES, { error: oneOf(CERTAINTIES) }),
  /** Which way the evidence for this claim points, in one plain line. */
  direction: direction('the direction of this claim (one plain line)'),
  /** Keys of the sources behind the claim; each is also cited in the page's text. */
  sources: z.array(slug).min(1, 'list at least one source key behind the claim'),
  /** Why the claim is graded above the page's overall certainty (required only then). */
  note: text('the note').optional(),
  /** Flags for contested, one-group, commercial-interest or overdiagnosis-risk evidence. */
  flags: z.array(claimFlagSchema).default([]),
  /** The day the claim was last reviewed (YYYY-MM-DD). */
  reviewed: isoDate,
});
export type Claim = z.infer<typeof claimSchema>;

/**
 * One dated, meaningful change to a page, in plain words: listed newest first, ending with its first publication.
 * The check (src/lib/check/rules/changes.ts) says which fields each type needs.
 */
export const changeSchema = z.strictObject({
  /** The day of the change (YYYY-MM-DD): not in the future, not before the page's first version. */
  date: isoDate,
  /** published (first version) | regraded (a badge changed) | trial-added | revised (anything else worth telling). */
  type: z.enum(CHANGE_TYPES, { error: oneOf(CHANGE_TYPES) }),
  /** regraded: which badge changed (a trial's own status is "status"). */
  badge: z.enum(CHANGE_BADGES, { error: oneOf(CHANGE_BADGES) }).optional(),
  /** regraded: the badge's value before, e.g. none. */
  from: z.string({ error: 'write the old value as text, e.g. none' }).optional(),
  /** regraded: the badge's value after, e.g. very-low. */
  to: z.string({ error: 'write the new value as text, e.g. very-low' }).optional(),
  /** trial-added: the id of the trial the page now names. */
  trial: slug.optional(),
  /** What changed and why, in plain words (needed for regraded and revised; no citations). */
  text: text('what changed and why, in plain words').optional(),
});
export type Change = z.infer<typeof changeSchema>;

const commonTopicShape = {
  /** The page title as readers know it. */
  title: text('a title'),
  /** Primary body system, shown in the eyebrow ("Treatment · Autonomic"). */
  system: systemSchema,
  /** Other body systems the topic touches. */
  systems: z.array(systemSchema).default([]),
  /** Other names people search for: brand names, abbreviations, lay terms. */
  aliases: z.array(text('an alias')).default([]),
  /** Two or three sentences placing the topic honestly. */
  lede: text('a lede of two or three sentences'),
  /** The whole page in plain words, about 60 words at most, no citations. */
  short: text('the short version (at most about 60 words)'),
  /** Ids of tracked trials this page names (files in src/content/trials/). */
  trials: z.array(slug).default([]),
  /** Slugs of related topics ("see also"); declare a relation once and it shows on both pages. */
  related: z.array(slug).default([]),
  /** Graded links to other pages, declared once and shown on both (treatment, test and mechanism pages). */
  claims: z.array(claimSchema).default([]),
  /** Four to eight specific open questions; Markdown with [@key] citations allowed. */
  unknowns: z.array(text('an open question')),
  /** Two or three questions a reader could ask their clinician; they feed the visit sheet. */
  questions: z
    .array(text('a question'))
    .min(2, 'list two or three questions to ask a clinician')
    .max(3, 'keep it to two or three questions to ask a clinician'),
  /** The day the evidence on this page was last reviewed (YYYY-MM-DD). */
  reviewed: isoDate,
  /** The day the next review is due (YYYY-MM-DD). */
  nextReview: isoDate,
  /** Meaningful changes, newest first, ending with the first publication (shown on the page, /changes/ and the feeds). */
  changes: z.array(changeSchema).default([]),
  /** Figures (files in src/content/figures/) and the section each stands at the end of. */
  figures: z.array(figurePlacementSchema).default([]),
};

export const treatmentSchema = z.strictObject({
  /** The page kind; must match the folder the file is in. */
  kind: z.literal('treatment'),
  ...commonTopicShape,
  /** Certainty and status of the treatment in long COVID. */
  evidence: z.strictObject({
    ...evidenceShape,
    /** Standing of the treatment in care. */
    status: z.enum(TREATMENT_STATUSES, { error: oneOf(TREATMENT_STATUSES) }),
  }),
});

export const testSchema = z.strictObject({
  /** The page kind; must match the folder the file is in. */
  kind: z.literal('test'),
  ...commonTopicShape,
  /** Certainty that the test informs decisions in long COVID, and its standing in care. */
  evidence: z.strictObject({
    ...evidenceShape,
    /** Standing of the test in care. */
    status: z.enum(TEST_STATUSES, { error: oneOf(TEST_STATUSES) }),
  }),
});

export const symptomSchema = z.strictObject({
  /** The page kind; must match the folder the file is in. */
  kind: z.literal('symptom'),
  ...commonTopicShape,
});

export const mechanismSchema = z.strictObject({
  /** The page kind; must match the folder the file is in. */
  kind: z.literal('mechanism'),
  ...commonTopicShape,
  /** How strong the evidence is that this mechanism operates in long COVID. */
  evidence: z.strictObject(evidenceShape),
});

/** A "Start here" guide: free sections, no badges, no body system. */
export const guideSchema = z.strictObject({
  /** The page kind; must match the folder the file is in. */
  kind: z.literal('guide'),
  title: commonTopicShape.title,
  aliases: commonTopicShape.aliases,
  lede: commonTopicShape.lede,
  short: commonTopicShape.short,
  trials: commonTopicShape.trials,
  related: commonTopicShape.related,
  unknowns: commonTopicShape.unknowns,
  /** Optional questions to ask a clinician. */
  questions: commonTopicShape.questions.optional(),
  reviewed: commonTopicShape.reviewed,
  nextReview: commonTopicShape.nextReview,
  changes: commonTopicShape.changes,
  figures: commonTopicShape.figures,
});

export const topicSchema = z.discriminatedUnion(
  'kind',
  [treatmentSchema, testSchema, symptomSchema, mechanismSchema, guideSchema],
  {
    error: `kind: ${oneOf(KINDS)} (and match the folder)`,
  },
);
export type Topic = z.infer<typeof topicSchema>;

// Formats from the registries: Crossref's recommended DOI pattern, PMC ids, NCT ids.
export const IDENTIFIER_PATTERNS = {
  pmid: /^[1-9]\d{0,8}$/,
  pmcid: /^PMC\d{4,9}$/,
  doi: /^10\.\d{4,9}\/[-._;()/:A-Za-z0-9<>[\]]+$/,
  nct: /^NCT\d{8}$/,
  // An official page at the address it has: some official sites still serve plain http.
  url: /^https?:\/\/[^\s]+$/,
} as const;

/** Where a page was seen: exactly as it was (a mirror may serve plain http; never rewrite it as https). */
const SEEN_AT = /^https?:\/\/\S+$/;

/** Trial registry ids: ClinicalTrials.gov, ISRCTN, ANZCTR, Korea's CRIS, Germany's DRKS, China's ChiCTR, India's CTRI, EudraCT and EU CTIS. */
export const REGISTRY_ID =
  /^(NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|KCT\d{7}|DRKS\d{8}|ChiCTR[-\dA-Z]+|CTRI\/\d{4}\/\d{2,3}\/\d{6}|\d{4}-\d{6}-\d{2}(-\d{2})?)$/;
/** One id of each registry REGISTRY_ID accepts, as the check's message shows them. */
export const REGISTRY_ID_EXAMPLES = [
  'NCT06305780',
  'ISRCTN12345678',
  'ACTRN12620000000000',
  'KCT0009342',
  'DRKS00012345',
  'ChiCTR2000029853',
  'CTRI/2022/07/043679',
  '2020-005961-16',
  '2023-503456-12-00',
] as const;
const registryId = z
  .string({ error: 'write the registry id as text, e.g. NCT06305780' })
  .regex(REGISTRY_ID, `use a registry id such as ${REGISTRY_ID_EXAMPLES.join(', ')}`);

export const identifiersSchema = z.strictObject({
  /** PubMed id: digits only, quoted in YAML. */
  pmid: z
    .string({ error: 'write the PMID as quoted digits, e.g. "33602468"' })
    .regex(IDENTIFIER_PATTERNS.pmid, 'a PMID is digits only, e.g. "33602468"')
    .optional(),
  /** PubMed Central id: PMC followed by digits. */
  pmcid: z
    .string({ error: 'write the PMCID as text, e.g. PMC8455420' })
    .regex(IDENTIFIER_PATTERNS.pmcid, 'a PMCID is PMC followed by digits, e.g. PMC8455420')
    .optional(),
  /** Digital object identifier, without the resolver prefix. */
  doi: z
    .string({ error: 'write the DOI as text, e.g. 10.1016/j.jacc.2020.12.029' })
    .regex(
      IDENTIFIER_PATTERNS.doi,
      'a DOI looks like 10.NNNN/suffix, without "https://doi.org/", e.g. 10.1016/j.jacc.2020.12.029',
    )
    .optional(),
  /** ClinicalTrials.gov id: NCT followed by eight digits. */
  nct: z
    .string({ error: 'write the NCT number as text, e.g. NCT06305780' })
    .regex(IDENTIFIER_PATTERNS.nct, 'an NCT number is NCT followed by eight digits, e.g. NCT06305780')
    .optional(),
  /** An official https URL, for sources with no other identifier (guidelines, registries). */
  url: z
    .string({ error: 'write the URL as text' })
    .regex(
      IDENTIFIER_PATTERNS.url,
      'a URL must start with https:// (or http:// where the page has no https) and contain no spaces',
    )
    .optional(),
});
export type Identifiers = z.infer<typeof identifiersSchema>;

export const sourceSchema = z.strictObject({
  /** What a reader sees: a plain-English description of the source, without the year. */
  description: text('a plain-English description'),
  /** The exact published title. */
  title: text('the exact published title'),
  /** Authors as cited, e.g. "Taub PR, Zadourian A, Lo HC, et al." (omit for guidelines by a body). */
  authors: text('the authors').optional(),
  /** The journal, publisher, registry or body that published it. */
  publication: text('the journal, publisher or registry'),
  /** Year of publication (or of the registry record's first posting); leave out only for an undated web page. */
  year: z
    .number({ error: 'write the year as a number, e.g. 2021' })
    .int('write the year as a whole number')
    .min(1950, 'check the year: it is before 1950')
    .max(2100, 'check the year')
    .optional(),
  /** What kind of study or document this is. */
  type: z.enum(SOURCE_TYPES, { error: oneOf(SOURCE_TYPES) }),
  /** Identifiers seen on the canonical page; at least one. */
  ids: identifiersSchema,
  /** Where the identifiers were confirmed: a canonical page (kind and address) or two agreeing mirrors. */
  confirmed: z
    .strictObject({
      /** pubmed | pmc | publisher | registry | regulator | guideline-body | official-site | mirror */
      on: z.enum(CONFIRMATION_PLACES, { error: oneOf(CONFIRMATION_PLACES) }),
      /** The canonical page that showed the identifiers. */
      url: z
        .string()
        .regex(SEEN_AT, 'write the address you saw, starting http:// or https://, with no spaces')
        .optional(),
      /** For on: mirror, the two independent copies that agree. */
      copies: z
        .array(z.string().regex(SEEN_AT, 'write the address you saw, starting http:// or https://, with no spaces'))
        .optional(),
    })
    .optional(),
  /** Free to read on the publisher's page (a PMCID already means free to read). */
  openAccess: z.boolean({ error: 'write openAccess as true or false' }).optional(),
  /** The day the identifiers were confirmed on the canonical page (YYYY-MM-DD). */
  checked: isoDate,
});
export type Source = z.infer<typeof sourceSchema>;

export const trialArmSchema = z.strictObject({
  /** What this arm compares, in plain words: "IVIG versus placebo". */
  label: text('a label for the arm'),
  /** The treatment topic this arm tests (a slug), if any. */
  topic: slug.optional(),
  /** This arm's own registry record, when it has one. */
  registry: registryId.optional(),
  /** This arm's status, when it differs from the trial's. */
  status: z.enum(TRIAL_STATUSES, { error: oneOf(TRIAL_STATUSES) }).optional(),
  /** This arm's expected completion, when it differs from the trial's. */
  expectedCompletion: isoMonthOrDate.optional(),
});

export const trialSchema = z.strictObject({
  /** The name people use: "RECOVER-AUTONOMIC". */
  name: text('the trial name'),
  /** The official title from the registry. */
  title: text('the official title'),
  /** Registry ids (NCT numbers) of the trial. */
  registry: z.array(registryId).min(1, "list at least one registry id (an NCT number or another registry's id)"),
  /** Who runs or funds it. */
  sponsor: text('the sponsor').optional(),
  /** What the trial tests, in plain words. */
  summary: text('a plain summary'),
  /** Status from the registry: not yet recruiting (approved, not open), recruiting, running (results pending), completed (not yet reported), reported, stopped (ended early). */
  status: z.enum(TRIAL_STATUSES, { error: oneOf(TRIAL_STATUSES) }),
  /** Expected completion from the registry (YYYY-MM or YYYY-MM-DD); leave out only when the record gives none. */
  expectedCompletion: isoMonthOrDate.optional(),
  /** The arms, each linked to the treatment topic it tests. */
  arms: z.array(trialArmSchema).min(1, 'list at least one arm'),
  /** Countries where the trial runs. */
  countries: z.array(text('a country')).default([]),
  /** Who could join, in plain words from the registry's eligibility criteria. */
  whoCanJoin: text('who can join').optional(),
  /** The result in plain words, once reported; may cite [@key]. */
  result: text('the result').optional(),
  /** The day the registry record was last read (YYYY-MM-DD). */
  checked: isoDate,
  /** Keys of the sources behind this record: registry entries, protocols, results. */
  sources: z.array(z.string()).min(1, 'list the sources behind this trial record (at least the registry entry)'),
  /** Meaningful changes to this record, newest first, ending with the day the atlas began tracking it. */
  changes: z.array(changeSchema).default([]),
});
export type Trial = z.infer<typeof trialSchema>;
export type TrialArm = z.infer<typeof trialArmSchema>;

/** A glossary term (src/content/glossary/<id>.yaml): one page at /glossary/<id>/, offered in place on topic pages. */
export const glossarySchema = z.strictObject({
  /** The term as a heading shows it: "Post-exertional malaise". Also matched in topic text. */
  term: text('the term'),
  /** Other forms to match in topic text: plurals, abbreviations, spellings. A form in capitals ("PEM") matches only in capitals. */
  aliases: z.array(text('an alias')).default([]),
  /** Two or three plain sentences a tired reader can follow; no citations. Shown in place on topic pages. */
  plain: text('the plain definition (two or three short sentences)').refine(
    (value) => !value.includes('[@'),
    'the plain definition has no citations; cite in "clinical" or list the keys under "sources"',
  ),
  /** The definition for clinicians; Markdown, may cite with [@key]. */
  clinical: text('the definition for clinicians'),
  /** Keys of the sources the definitions rest on (files in src/content/sources/). */
  sources: z.array(slug).min(1, 'list at least one source key the definition rests on'),
  /** Ids of related glossary terms (their file names without .yaml). */
  related: z.array(slug).default([]),
  /** The slug of the atlas page that covers this term in full, if there is one. */
  topic: slug.optional(),
  /** The day the definition was last reviewed (YYYY-MM-DD). */
  reviewed: isoDate,
});
