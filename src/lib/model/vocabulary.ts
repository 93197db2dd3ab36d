/** The atlas's fixed vocabularies, as values. Their words for readers live in src/i18n. */

export const KINDS = ['treatment', 'test', 'symptom', 'mechanism', 'guide'] as const;
export type Kind = (typeof KINDS)[number];

export const SYSTEMS = [
  'autonomic',
  'immune',
  'neurological',
  'cardiovascular',
  'respiratory',
  'energy',
  'blood-and-vessels',
  'sensory',
  'gut',
  'sleep',
  'mental-health',
  'general',
] as const;

/** Highest first: the order is the ramp of the badge colours and of sorting. */
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low', 'none'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const TREATMENT_STATUSES = ['standard-care', 'off-label', 'experimental', 'not-recommended'] as const;
export type TreatmentStatus = (typeof TREATMENT_STATUSES)[number];

export const TEST_STATUSES = ['routine', 'specialist', 'research-only', 'not-recommended'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/** In the order a trial passes through them; the trial list's filter and the evidence legend keep this order. */
export const TRIAL_STATUSES = [
  'not-yet-recruiting',
  'recruiting',
  'running',
  'completed',
  'reported',
  'stopped',
] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

export const SOURCE_TYPES = [
  'randomized-trial',
  'non-randomized-trial',
  'systematic-review',
  'cohort',
  'case-control',
  'cross-sectional',
  'case-series',
  'case-report',
  'guideline',
  'consensus-statement',
  'trial-registration',
  'trial-design',
  'review',
  'editorial',
  'conference-abstract',
  'lab-study',
  'drug-label',
  'patient-leaflet',
  'official-page',
  'news',
] as const;

/** Where a source's identifiers were confirmed (CONTENT-BAR.md): a canonical page, or two agreeing mirrors. */
export const CONFIRMATION_PLACES = [
  'pubmed',
  'pmc',
  'publisher',
  'registry',
  'regulator',
  'guideline-body',
  'official-site',
  'mirror',
] as const;

/** Typed links between topics: what the first page says of the second. */
export const CLAIM_TYPES = ['helps', 'targets', 'explains', 'shows', 'rules-out'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** Flags a claim can carry, each defined on the legend page. */
export const CLAIM_FLAGS = ['contested', 'one-group', 'commercial-interest', 'overdiagnosis-risk'] as const;
export type ClaimFlag = (typeof CLAIM_FLAGS)[number];

/** Kinds of change a page's history records (src/lib/check/rules/changes.ts says what each needs). */
export const CHANGE_TYPES = ['published', 'regraded', 'trial-added', 'revised'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** The badges a re-grading names: a topic's certainty or status, or a trial's status. */
export const CHANGE_BADGES = ['certainty', 'status'] as const;
export type ChangeBadge = (typeof CHANGE_BADGES)[number];
