/** The atlas's fixed vocabularies. Everything that names a kind, system or level imports it from here. */

export const KINDS = ['treatment', 'test', 'symptom', 'mechanism'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  treatment: 'Treatment',
  test: 'Test',
  symptom: 'Symptom',
  mechanism: 'Mechanism',
};

export const KIND_PLURALS: Record<Kind, string> = {
  treatment: 'Treatments',
  test: 'Tests',
  symptom: 'Symptoms and conditions',
  mechanism: 'Mechanisms',
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
  'lab-study',
  'drug-label',
  'official-page',
  'news',
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
  'lab-study': 'Lab study',
  'drug-label': 'Drug label',
  'official-page': 'Official web page',
  news: 'News',
};
