/**
 * "Cite this page" and the reference list as files: a suggested citation with the reviewed date and the page's
 * address, and the page's references as RIS and BibTeX, built at build time from the same sources the page lists.
 */
import { dictionary } from '../../i18n/index.ts';
import type { Source } from '../model/schema.ts';
import { absolute } from '../site/address.ts';
import { formatDate } from '../site/dates.ts';
import { fill } from '../site/fill.ts';

export interface CiteView {
  heading: string;
  citation: string;
  /** Said when the site's address is not set, so the citation carries a path only. */
  addressNote: string | undefined;
  downloads: { label: string; items: Array<{ href: string; text: string; type: string }> };
}

/** The reference list's download formats and their media types. */
export const REFERENCE_FILE_TYPES = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
} as const;
export type ReferenceFormat = keyof typeof REFERENCE_FILE_TYPES;

export function referenceFileUrls(pageUrl: string): Record<ReferenceFormat, string> {
  return { ris: `${pageUrl}references.ris`, bib: `${pageUrl}references.bib` };
}

export function citeView(title: string, pageUrl: string, reviewed: string, address: string | undefined): CiteView {
  const t = dictionary();
  const files = referenceFileUrls(pageUrl);
  return {
    heading: t.cite.heading,
    citation: fill(t.cite.citation, { title, reviewed: formatDate(reviewed), address: absolute(pageUrl, address) }),
    addressNote: address === undefined ? t.cite.noAddress : undefined,
    downloads: {
      label: t.cite.downloads,
      items: [
        { href: files.ris, text: t.cite.ris, type: REFERENCE_FILE_TYPES.ris },
        { href: files.bib, text: t.cite.bibtex, type: REFERENCE_FILE_TYPES.bib },
      ],
    },
  };
}

/** RIS reference types for the atlas's source types; anything else is a generic reference. */
const RIS_TYPES: Partial<Record<Source['type'], string>> = {
  guideline: 'GOVDOC',
  'official-page': 'ELEC',
  'patient-leaflet': 'PAMP',
  'trial-registration': 'DBASE',
  'drug-label': 'GOVDOC',
  news: 'NEWS',
  'conference-abstract': 'ABST',
};

function isJournalArticle(source: Source): boolean {
  return source.ids.pmid !== undefined || source.ids.pmcid !== undefined || RIS_TYPES[source.type] === undefined;
}

/** "Taub PR, Zadourian A, Lo HC, et al." as separate authors; "et al." is dropped (RIS and BibTeX have no word for it). */
function splitAuthors(authors: string | undefined): string[] {
  if (!authors) return [];
  // Split on commas outside parentheses: a body's name may carry a bracketed note with commas of its own.
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of authors.replace(/,?\s*et al\.?$/i, '')) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += char;
  }
  names.push(current);
  return names.map((a) => a.trim()).filter(Boolean);
}

function sourceUrl(source: Source): string | undefined {
  if (source.ids.doi) return `https://doi.org/${source.ids.doi}`;
  if (source.ids.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.ids.pmid}/`;
  if (source.ids.nct) return `https://clinicaltrials.gov/study/${source.ids.nct}`;
  return source.ids.url;
}

export interface KeyedSource {
  key: string;
  source: Source;
}

/** RIS (the tagged format EndNote, Zotero and Mendeley import), one record per reference, CRLF as the format asks. */
export function toRis(sources: readonly KeyedSource[]): string {
  const records = sources.map(({ key, source }) => {
    const lines: string[] = [
      `TY  - ${isJournalArticle(source) && source.ids.doi !== undefined ? 'JOUR' : (RIS_TYPES[source.type] ?? 'GEN')}`,
    ];
    lines.push(`ID  - ${key}`, `TI  - ${source.title}`);
    for (const author of splitAuthors(source.authors)) lines.push(`AU  - ${author}`);
    lines.push(`${isJournalArticle(source) ? 'JO' : 'PB'}  - ${source.publication}`);
    if (source.year !== undefined) lines.push(`PY  - ${source.year}`);
    if (source.ids.doi) lines.push(`DO  - ${source.ids.doi}`);
    if (source.ids.pmid) lines.push(`AN  - PMID:${source.ids.pmid}`);
    if (source.ids.pmcid) lines.push(`C2  - ${source.ids.pmcid}`);
    if (source.ids.nct) lines.push(`C3  - ${source.ids.nct}`);
    const url = sourceUrl(source);
    if (url) lines.push(`UR  - ${url}`);
    lines.push(`N1  - ${source.description}`, 'ER  - ');
    return lines.join('\r\n');
  });
  return `${records.join('\r\n\r\n')}\r\n`;
}

/** BibTeX special characters escaped; braces kept balanced. */
function bibEscape(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function toBibtex(sources: readonly KeyedSource[]): string {
  return sources
    .map(({ key, source }) => {
      const article = isJournalArticle(source) && source.ids.doi !== undefined;
      const fields: Array<[string, string | undefined]> = [
        ['title', `{${bibEscape(source.title)}}`],
        ['author', splitAuthors(source.authors).map(bibEscape).join(' and ') || undefined],
        [article ? 'journal' : 'publisher', bibEscape(source.publication)],
        ['year', source.year === undefined ? undefined : String(source.year)],
        ['doi', source.ids.doi],
        ['pmid', source.ids.pmid],
        ['pmcid', source.ids.pmcid],
        ['url', sourceUrl(source)],
        ['note', bibEscape(source.description)],
      ];
      const body = fields
        .filter((f): f is [string, string] => f[1] !== undefined)
        .map(([name, value]) => `  ${name} = {${value}}`)
        .join(',\n');
      return `@${article ? 'article' : 'misc'}{${key},\n${body}\n}\n`;
    })
    .join('\n');
}
