/**
 * Every word the atlas itself says, in British English, keyed by stable ids. Section headings here are also what
 * editors write in English content. A new language is a sibling file that `satisfies Dictionary`, plus a row in
 * ./index.ts: components and page types never hold text of their own.
 */
export const en = {
  /** BCP 47 tag for <html lang> and hyphenation. */
  lang: 'en-GB',
  /** The URL segment of each kind of page: /treatment/ivig/ (another edition may translate them). */
  paths: {
    treatment: 'treatment',
    test: 'test',
    symptom: 'symptom',
    mechanism: 'mechanism',
    guide: 'guide',
  },
  kinds: {
    treatment: { one: 'Treatment', many: 'Treatments' },
    test: { one: 'Test', many: 'Tests' },
    symptom: { one: 'Symptom', many: 'Symptoms and conditions' },
    mechanism: { one: 'Mechanism', many: 'Mechanisms' },
    guide: { one: 'Guide', many: 'Start here' },
  },
  systems: {
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
  },
  /** Body section headings by stable id (docs/CONTENT.md lists which kind has which). */
  sections: {
    'start-here': 'Start here',
    'what-it-targets': 'What it targets',
    'evidence-shows': 'What the evidence actually shows',
    'what-to-weigh': 'What to weigh',
    'for-you': 'What this means for you',
    'what-it-measures': 'What it measures',
    'who-it-may-help': 'Who it may help, and when',
    'how-it-is-done': 'How it is done, and what it can cost you',
    'reading-the-result': 'Reading the result',
    'what-it-is-like': 'What it is like',
    'what-may-be-behind-it': 'What may be behind it',
    'tests-discussed': 'Tests people discuss',
    'treatments-discussed': 'Treatments people discuss',
    'day-to-day': 'Day to day',
    'urgent-help': 'When to get urgent help',
    'the-idea': 'The idea',
    'evidence-for': 'The evidence for it',
    'gaps-and-against': 'Gaps and evidence against',
    'how-tested': 'How it would be tested',
    'meaning-for-treatment': 'What it would mean for treatment',
  },
  /** Headings of the blocks the page builds itself; writers may not use them for sections of their own. */
  blocks: {
    short: 'Short version, if reading is hard right now',
    badges: 'Evidence at a glance',
    unknowns: "What we don't know",
    questions: 'Questions you might ask your clinician',
    references: 'References',
    related: 'Associated topics',
    contents: 'On this page',
    urgentLink: 'When to get urgent help',
    claims: 'What it has been studied for, claim by claim',
    explains: 'Symptoms it may explain',
    targetedBy: 'Treatments aimed at it',
    showsFor: 'What it can show, claim by claim',
    explainedBy: 'Theories that may explain it',
    testsForIt: 'Tests, with how sure we can be of each',
    treatmentsForIt: 'Treatments, with the grade for this symptom',
  },
  ui: {
    siteName: 'Long COVID Atlas',
    evidenceLink: 'The evidence, and what these labels mean',
    legendLink: 'How the atlas grades evidence',
    certainty: 'Certainty',
    status: 'Status',
    basis: 'What the grade rests on',
    rationale: 'Why this grade',
    reviewed: 'Evidence last reviewed',
    nextReview: 'Next review due',
    alsoKnownAs: 'Also known as',
    also: 'also',
    moreDetail: 'More detail',
    noResultsYet: 'No results have been reported yet.',
    result: 'Result',
    armForThisPage: 'The arm for this page',
    expectedCompletion: 'Expected completion',
    completionNotGiven: 'not given in the registry record',
    registryChecked: 'Registry status checked',
    trialOverdue:
      'The expected completion date has passed and no result is recorded here yet. This page is due for review.',
    /** Shown on a page that another edition has not translated yet. */
    emergencyNumbers: 'In an emergency, call 999 in the UK, 911 in the US and Canada, or 112 in the EU.',
    urgentLinkLead: 'Could this be an emergency?',
    fallbackNotice: 'This page has not been translated yet; it is shown in English.',
    claimColumns: { topic: 'Page', certainty: 'Certainty for this', direction: 'Which way the evidence points' },
    claimSources: 'Sources',
  },
  certainty: {
    high: {
      label: 'High certainty',
      meaning: 'Consistent randomized trials in people with long COVID.',
    },
    moderate: {
      label: 'Moderate certainty',
      meaning: 'At least one good randomized trial in long COVID, or consistent strong studies.',
    },
    low: {
      label: 'Low certainty',
      meaning: 'Small or flawed controlled studies in long COVID, or consistent observational data.',
    },
    'very-low': {
      label: 'Very low certainty',
      meaning:
        'Case series, uncontrolled reports or anecdotes in long COVID; or only evidence borrowed from a related condition.',
    },
    none: {
      label: 'Not yet studied in long COVID',
      meaning: 'No human studies in long COVID or a closely related condition: a rationale only.',
    },
  },
  /** What certainty measures on each kind of page that has it. */
  certaintyQuestion: {
    treatment: 'How sure can we be that it helps people with long COVID?',
    test: 'How sure can we be that the result helps decisions in long COVID?',
    mechanism: 'How strong is the evidence that this happens in long COVID?',
  },
  treatmentStatus: {
    'standard-care': {
      label: 'Standard care',
      meaning: 'Recommended in major guidelines for this symptom, or for a condition long COVID overlaps with.',
    },
    'off-label': {
      label: 'Off-label',
      meaning: 'Approved for other conditions; some clinicians use it for long COVID, with some supportive evidence.',
    },
    experimental: {
      label: 'Experimental',
      meaning: 'Only in trials, case series or anecdote; not a standard option.',
    },
    'not-recommended': {
      label: 'Not recommended',
      meaning: 'Evidence of no benefit, or of harm, in long COVID or a closely related condition.',
    },
  },
  testStatus: {
    routine: { label: 'Routine test', meaning: 'A standard part of a clinical work-up when symptoms fit.' },
    specialist: { label: 'Specialist test', meaning: 'Useful in selected people, usually through a specialist.' },
    'research-only': { label: 'Research only', meaning: 'Not validated for clinical decisions.' },
    'not-recommended': { label: 'Not recommended', meaning: 'Misleading, or its risks outweigh its use.' },
  },
  /** How a trial's status reads on a page that has an arm in it, and on one that only names it. */
  trialStatus: {
    recruiting: {
      arm: 'Trial arm recruiting',
      named: 'Trial recruiting',
      meaning: 'The trial is enrolling participants.',
    },
    running: {
      arm: 'Trial arm pending',
      named: 'Trial pending',
      meaning: 'The trial is under way; results are pending.',
    },
    completed: {
      arm: 'Trial arm done, unreported',
      named: 'Trial done, unreported',
      meaning: 'The trial has finished but has not yet reported its results.',
    },
    reported: { arm: 'Trial arm reported', named: 'Trial reported', meaning: 'The trial has reported its results.' },
    stopped: {
      arm: 'Trial arm stopped early',
      named: 'Trial stopped early',
      meaning:
        'The trial ended before it was finished (terminated, withdrawn or suspended), so it cannot answer its question.',
    },
  },
  claimTypes: {
    helps: { forward: 'may help', backward: 'may be helped by' },
    targets: { forward: 'aims at', backward: 'targeted by' },
    explains: { forward: 'may explain', backward: 'may be explained by' },
    shows: { forward: 'can show', backward: 'can be shown by' },
    'rules-out': { forward: 'can rule out', backward: 'can be ruled out by' },
  },
  claimFlags: {
    contested: { label: 'Contested', meaning: 'Independent research groups disagree about this.' },
    'one-group': {
      label: 'One group',
      meaning: 'All the supporting studies come from one research group or clinic.',
    },
    'commercial-interest': {
      label: 'Commercial interest',
      meaning: 'Its main promoters sell the test or treatment.',
    },
    'overdiagnosis-risk': {
      label: 'Overdiagnosis risk',
      meaning: 'The test is abnormal in many healthy people, so a positive result can mislead.',
    },
  },
  /** Reading on a bad day: reading settings, reading time, read aloud and the visit sheet. */
  reading: {
    settingsSummary: 'Reading settings',
    settingsGroup: 'Text, theme, length and spacing',
    pagesLabel: 'Show',
    pages: { full: 'Full pages', short: 'Short versions only' },
    spacingLabel: 'Spacing',
    spacing: { normal: 'Normal', more: 'More space' },
    readFull: 'Read the full page',
    showShortOnly: 'Show the short version only',
    readingTime: 'Time to read',
    readingShort: 'short version',
    readingFull: 'whole page',
    units: { seconds: 'seconds', minute: 'minute', minutes: 'minutes' },
    readAloud: 'Read aloud',
    readShortAloud: 'Short version',
    readPageAloud: 'Whole page',
    playerLabel: 'Reading aloud',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    speed: 'Speed',
    speeds: { slow: 'Slow', normal: 'Normal', fast: 'Faster' },
    reading: 'Reading aloud.',
    paused: 'Paused.',
    finished: 'Finished reading.',
    failed: 'Your browser could not read this aloud: it may have no voice installed.',
    visitAdd: 'Add to my visit sheet',
    visitRemove: 'Remove from my visit sheet',
    visitAdded: 'Added to your visit sheet.',
    visitRemoved: 'Removed from your visit sheet.',
    visitLink: 'Open my visit sheet',
    visitTitle: 'My visit sheet',
    visitShort: 'In short',
    visitNotes: 'Notes',
    visitRemoveItem: 'Remove',
    visitRemoveItemFrom: 'from my visit sheet',
    visitPrint: 'Print the sheet',
    visitClear: 'Clear my visit sheet',
    visitCleared: 'Your visit sheet is now empty. Nothing about it is kept.',
    visitListLabel: 'Pages on your visit sheet',
    visitUnavailable: 'The visit sheet could not load its pages. Reload the page to try again.',
  },
  sourceTypes: {
    'randomized-trial': 'Randomized trial',
    'non-randomized-trial': 'Non-randomized trial',
    'systematic-review': 'Systematic review',
    cohort: 'Cohort study',
    'case-control': 'Case-control study',
    'cross-sectional': 'Cross-sectional study',
    'case-series': 'Case series',
    'case-report': 'Case report',
    guideline: 'Guideline',
    'consensus-statement': 'Consensus statement',
    'trial-registration': 'Trial registration',
    'trial-design': 'Trial design',
    review: 'Review',
    editorial: 'Editorial',
    'conference-abstract': 'Conference abstract',
    'lab-study': 'Lab study',
    'drug-label': 'Drug label',
    'patient-leaflet': 'Patient leaflet',
    'official-page': 'Official web page',
    news: 'News',
  },
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** Any value of the same shape with other words: what another edition's dictionary must satisfy. */
type Words<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Words<U>[]
    : { readonly [K in keyof T]: Words<T[K]> };
export type Dictionary = Words<typeof en>;
