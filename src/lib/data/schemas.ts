/**
 * The published JSON Schemas (draft 2020-12) of the open data, one per file. Enumerations come from the content
 * model's vocabularies, so a new certainty level or status reaches the schema with no second list to update.
 */
import { IDENTIFIER_PATTERNS, REGISTRY_ID } from '../model/schema.ts';
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
} from '../model/vocabulary.ts';
import { DATA_VERSION, type DataFile, schemaPath } from './open-data.ts';

type Schema = Record<string, unknown>;

const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const date = (description: string): Schema => str(description, { pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const oneOf = (values: readonly string[], description: string): Schema => ({ enum: [...values], description });
const list = (items: Schema, description: string): Schema => ({ type: 'array', items, description });
const object = (properties: Record<string, Schema>, required: string[], description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});
const slug = str('a slug: lower-case words joined by hyphens', { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
const source = (re: RegExp) => re.source;

const identifiers = object(
  {
    pmid: str('PubMed id', { pattern: source(IDENTIFIER_PATTERNS.pmid) }),
    pmcid: str('PubMed Central id', { pattern: source(IDENTIFIER_PATTERNS.pmcid) }),
    doi: str('DOI, without the resolver prefix', { pattern: source(IDENTIFIER_PATTERNS.doi) }),
    nct: str('ClinicalTrials.gov id', { pattern: source(IDENTIFIER_PATTERNS.nct) }),
    url: str('an official page', { pattern: source(IDENTIFIER_PATTERNS.url) }),
  },
  [],
  'identifiers seen on the canonical page',
);

const change = object(
  {
    date: date('the day of the change'),
    type: oneOf(CHANGE_TYPES, 'published (first version), regraded, trial-added or revised'),
    badge: oneOf(CHANGE_BADGES, 'regraded: which badge changed'),
    from: str('regraded: the value before'),
    to: str('regraded: the value after'),
    trial: { ...slug, description: 'trial-added: the trial id (trials.json)' },
    text: str('what changed and why, in plain words'),
  },
  ['date', 'type'],
  'one meaningful change; lists are newest first and end with the first version',
);

const envelope = (file: DataFile, items: string, item: Schema): Schema => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: schemaPath(file),
  title: `Long COVID Atlas open data: ${file}, version ${DATA_VERSION}`,
  ...object(
    {
      version: { const: DATA_VERSION, description: 'the major version of this shape (the /data/vN/ folder)' },
      licence: object(
        { id: str('SPDX id'), name: str('licence name'), url: str('licence text') },
        ['id', 'name', 'url'],
        'the licence of this data',
      ),
      built: date('the day this file was built'),
      site: {
        type: ['string', 'null'],
        description: 'the site address; null while it is not set (then every url is a path on the site)',
      },
      [items]: list(item, `every ${items.replace(/s$/, '')}`),
    },
    ['version', 'licence', 'built', 'site', items],
  ),
});

const badge = object(
  {
    scale: oneOf(['certainty', 'status', 'trial'], 'which scale the badge is on'),
    value: str('the vocabulary value, e.g. very-low, off-label, running'),
    label: str('the words on the badge, as the page shows them'),
    meaning: str('what the level means in general'),
    direction: str('certainty only: which way the best evidence points'),
    basis: str('certainty only: the kinds of evidence behind the grade'),
    rationale: str('certainty only: why this grade, in Markdown with [@key] citations (keys in sources.json)'),
  },
  ['scale', 'value', 'label', 'meaning'],
);

const claim = object(
  {
    type: oneOf(CLAIM_TYPES, 'what this page says of the other'),
    topic: { ...slug, description: 'the other topic' },
    certainty: oneOf(CERTAINTIES, 'certainty of the claim'),
    direction: str('which way the evidence for the claim points'),
    sources: list(slug, 'source keys behind the claim'),
    note: str('why the claim is graded above the page'),
    flags: list(
      object({ flag: oneOf(CLAIM_FLAGS, 'the flag'), reason: str('why, with [@key] citations') }, ['flag', 'reason']),
      'flags on the evidence',
    ),
    reviewed: date('the day the claim was last reviewed'),
  },
  ['type', 'topic', 'certainty', 'direction', 'sources', 'flags', 'reviewed'],
);

const topic = object(
  {
    slug,
    kind: oneOf(KINDS, 'the kind of page'),
    url: str('the page: a full address, or a path while the site address is not set'),
    title: str('the page title'),
    aliases: list(str('another name'), 'other names people use'),
    systems: list(oneOf(SYSTEMS, 'a body system'), 'body systems, the primary first (empty for guides)'),
    lede: str('two or three sentences placing the topic'),
    short: str('the short version: the whole page in about 60 words'),
    badges: list(badge, 'the badges at the top of the page, in its order'),
    claims: list(claim, 'graded links this page declares to other pages'),
    reviewed: date('the day the evidence was last reviewed'),
    nextReview: date('the day the next review is due'),
    related: list(slug, 'related topics this page declares'),
    trials: list(slug, 'trials the page concerns (trials.json)'),
    references: list(
      object(
        { number: { type: 'integer', minimum: 1 }, key: slug, ids: identifiers },
        ['number', 'key', 'ids'],
        'one entry of the page reference list',
      ),
      'the page reference list, numbered as on the page',
    ),
    changes: list(change, 'meaningful changes, newest first'),
  },
  [
    'slug',
    'kind',
    'url',
    'title',
    'aliases',
    'systems',
    'lede',
    'short',
    'badges',
    'claims',
    'reviewed',
    'nextReview',
    'related',
    'trials',
    'references',
    'changes',
  ],
);

const sourceItem = object(
  {
    key: slug,
    description: str('a plain-English description'),
    title: str('the exact published title'),
    authors: str('authors as cited'),
    publication: str('journal, publisher, registry or body'),
    year: { type: 'integer', description: 'year of publication' },
    type: oneOf(SOURCE_TYPES, 'kind of study or document'),
    ids: identifiers,
    checked: date('the day the identifiers were confirmed'),
    confirmedOn: oneOf(CONFIRMATION_PLACES, 'where the identifiers were confirmed'),
    openAccess: { type: 'boolean', description: 'free to read' },
  },
  ['key', 'description', 'title', 'publication', 'type', 'ids', 'checked', 'openAccess'],
);

const monthOrDate = str('YYYY-MM or YYYY-MM-DD', { pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' });
const registry = str('a registry id', { pattern: source(REGISTRY_ID) });
const trialItem = object(
  {
    id: slug,
    url: str('the trial page: a full address, or a path while the site address is not set'),
    name: str('the name people use'),
    title: str('the official title'),
    registry: list(registry, 'registry ids'),
    sponsor: str('who runs or funds it'),
    summary: str('what it tests, in plain words'),
    status: oneOf(TRIAL_STATUSES, 'status from the registry'),
    expectedCompletion: monthOrDate,
    arms: list(
      object(
        {
          label: str('what the arm compares'),
          topic: { ...slug, description: 'the treatment topic it tests' },
          registry,
          status: oneOf(TRIAL_STATUSES, 'the arm status, when it differs'),
          expectedCompletion: monthOrDate,
        },
        ['label'],
      ),
      'the arms',
    ),
    countries: list(str('a country'), 'where it runs'),
    result: str('the result in plain words, once reported'),
    checked: date('the day the registry record was last read'),
    sources: list(slug, 'source keys behind the record'),
    changes: list(change, 'meaningful changes, newest first'),
  },
  ['id', 'url', 'name', 'title', 'registry', 'summary', 'status', 'arms', 'countries', 'checked', 'sources', 'changes'],
);

// Status values depend on the kind; listed here so readers of the schema see every word the data uses.
const STATUS_VALUES = [...TREATMENT_STATUSES, ...TEST_STATUSES];

export const DATA_SCHEMAS: Record<DataFile, Schema> = {
  topics: { ...envelope('topics', 'topics', topic), $comment: `status values: ${STATUS_VALUES.join(', ')}` },
  sources: envelope('sources', 'sources', sourceItem),
  trials: envelope('trials', 'trials', trialItem),
};
