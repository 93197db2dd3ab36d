/**
 * Words pages use that the glossary should define but does not yet: a short, hand-kept list (one form each, matched
 * like a term: whole words, any case). The check warns once per word a page uses that no term or alias covers, so
 * the list shrinks as terms are written. Kept small on purpose: it is a to-do list, not a dictionary.
 */
export const GLOSSARY_CANDIDATES: readonly string[] = [
  'cohort study',
  'confidence interval',
  'meta-analysis',
  'off-label',
  'sham',
];
