/**
 * The atlas's licences, stated in one place for the README, the about page, the data files and the feeds.
 * Text and data: CC BY 4.0, so anyone may reuse and adapt them (a clinic leaflet, a research dataset) as long as they
 * credit the atlas and link back, which keeps the review dates and sources findable. Code: MIT, the usual permissive
 * licence for web code, so the engine can be reused for other conditions without conditions on the content.
 */
export const LICENCES = {
  content: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  code: { id: 'MIT', name: 'MIT License', url: 'https://opensource.org/license/mit' },
} as const;

/** Credit line for reuse of text and data. */
export const ATTRIBUTION = 'Long COVID Atlas';

export const RIGHTS_STATEMENT = `Text and data: ${LICENCES.content.name}, ${LICENCES.content.url}. Credit: ${ATTRIBUTION}.`;
