/** The atlas's fixed vocabularies. Everything that names a kind, system or level imports it from here. */

export const KINDS = ['treatment', 'test', 'symptom', 'mechanism', 'guide'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  treatment: 'Treatment',
  test: 'Test',
  symptom: 'Symptom',
  mechanism: 'Mechanism',
  guide: 'Guide',
};

export const KIND_PLURALS: Record<Kind, string> = {
  treatment: 'Treatments',
  test: 'Tests',
  symptom: 'Symptoms and conditions',
  mechanism: 'Mechanisms',
  guide: 'Start here',
};

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
export type BodySystem = (typeof SYSTEMS)[number];

export const SYSTEM_LABELS: Record<BodySystem, string> = {
  autonomic: 'Autonomic',
  immune: 'Immune',
  neurological: 'Neurological',
  cardiovascular: 'Heart and circulation',
  respiratory: 'Breathing and lungs',
  energy: 'Energy and PEM',
  'blood-and-vessels': 'Blood and vessels',
  sensory: 'Smell, taste and hearing',
  gut: 'Gut',
  sleep: 'Sleep',
  'mental-health': 'Mental health',
  general: 'General',
};

export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low', 'none'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const TREATMENT_STATUSES = ['standard-care', 'off-label', 'experimental', 'not-recommended'] as const;
export type TreatmentStatus = (typeof TREATMENT_STATUSES)[number];

export const TEST_STATUSES = ['routine', 'specialist', 'research-only', 'not-recommended'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

export const TRIAL_STATUSES = ['recruiting', 'running', 'completed', 'reported'] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

export const SOURCE_TYPES = [
  'randomized-trial',
  'systematic-review',
  'cohort',
  'cross-sectional',
  'case-series',
  'guideline',
  'consensus-statement',
  'trial-registration',
  'trial-design',
  'review',
  'editorial',
  'lab-study',
  'drug-label',
  'patient-leaflet',
  'official-page',
  'news',
  'non-randomized-trial',
  'case-control',
  'case-report',
  'conference-abstract',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'randomized-trial': 'Randomized trial',
  'systematic-review': 'Systematic review',
  cohort: 'Cohort study',
  'cross-sectional': 'Cross-sectional study',
  'case-series': 'Case series',
  guideline: 'Guideline',
  'consensus-statement': 'Consensus statement',
  'trial-registration': 'Trial registration',
  'trial-design': 'Trial design',
  review: 'Review',
  editorial: 'Editorial',
  'lab-study': 'Lab study',
  'drug-label': 'Drug label',
  'patient-leaflet': 'Patient leaflet',
  'non-randomized-trial': 'Non-randomized trial',
  'case-control': 'Case-control study',
  'case-report': 'Case report',
  'conference-abstract': 'Conference abstract',
  'official-page': 'Official web page',
  news: 'News',
};

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
export type ConfirmationPlace = (typeof CONFIRMATION_PLACES)[number];

/** Typed links between topics: what the first page says of the second. */
export const CLAIM_TYPES = ['helps', 'targets', 'explains', 'shows', 'rules-out'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** Flags a claim can carry, each defined on the legend page. */
export const CLAIM_FLAGS = ['contested', 'one-group', 'commercial-interest', 'overdiagnosis-risk'] as const;
export type ClaimFlag = (typeof CLAIM_FLAGS)[number];
