/** Turning a source's identifiers into links a reader can follow. */
import { dictionary } from '../../i18n/index.ts';
import type { Identifiers, Source } from '../model/schema.ts';

export interface SourceLink {
  /** Visible and spoken text: it names the destination. */
  label: string;
  href: string;
}

/** Links in a fixed order: the registry or PubMed first, then full text, then the publisher. */
export function sourceLinks(ids: Identifiers, publisher?: string): SourceLink[] {
  const links: SourceLink[] = [];
  if (ids.nct) {
    links.push({
      label: `ClinicalTrials.gov ${ids.nct}`,
      href: `https://clinicaltrials.gov/study/${ids.nct}`,
    });
  }
  if (ids.pmid) {
    links.push({
      label: `PubMed ${ids.pmid}`,
      href: `https://pubmed.ncbi.nlm.nih.gov/${ids.pmid}/`,
    });
  }
  if (ids.pmcid) {
    links.push({
      label: `PubMed Central ${ids.pmcid} (full text)`,
      href: `https://pmc.ncbi.nlm.nih.gov/articles/${ids.pmcid}/`,
    });
  }
  if (ids.doi) {
    links.push({
      label: `DOI ${ids.doi}`,
      href: `https://doi.org/${encodeURI(ids.doi)}`,
    });
  }
  if (ids.url) {
    // Name what the page is, not only where it is: "NICE page (nice.org.uk)".
    const host = hostOf(ids.url);
    links.push({ label: publisher ? `${publisher} page (${host})` : `Web page (${host})`, href: ids.url });
  }
  return links;
}

/** A link to a trial's own registry record, where the registry has stable addresses we know. */
export function registryLinks(id: string): SourceLink[] {
  if (/^NCT\d{8}$/.test(id)) return sourceLinks({ nct: id });
  if (/^ISRCTN\d{8}$/.test(id)) return [{ label: `ISRCTN registry ${id}`, href: `https://www.isrctn.com/${id}` }];
  return [];
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export interface ReferenceEntry {
  number: number;
  key: string;
  /** "Randomized trial: ivabradine versus placebo in POTS (2021)" */
  text: string;
  title: string;
  citation: string;
  typeLabel: string;
  links: SourceLink[];
  /** Id of the first citation mark in the text, for the back-link; none for a source listed without a mark. */
  backlink: string | undefined;
  checked: string;
  /** Free to read: in PubMed Central, or open access at the publisher. */
  free: boolean;
}

/** Join citation parts with full stops, never doubling one ("et al." then the journal). */
function citationLine(parts: ReadonlyArray<string | undefined>): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .map((p) => p.trim().replace(/\.$/, ''))
    .join('. ');
}

export function referenceEntry(number: number, key: string, source: Source, marked = true): ReferenceEntry {
  const citation = citationLine([
    source.authors,
    source.publication,
    source.year === undefined ? undefined : String(source.year),
  ]);
  return {
    number,
    key,
    text: `${source.description} (${source.year ?? 'undated'})`,
    title: source.title,
    citation,
    typeLabel: dictionary().sourceTypes[source.type],
    links: sourceLinks(source.ids, source.publication),
    backlink: marked ? `cite-${number}-1` : undefined,
    checked: source.checked,
    free: source.ids.pmcid !== undefined || source.openAccess === true,
  };
}

/** The numbered reference list for everything a registry numbered, in order of first citation. */
export function referenceList(
  registry: { orderedKeys(): string[]; uses(key: string): number },
  sources: ReadonlyMap<string, { data: Source }>,
): ReferenceEntry[] {
  return registry.orderedKeys().flatMap((key, i) => {
    const source = sources.get(key);
    return source ? [referenceEntry(i + 1, key, source.data, registry.uses(key) > 0)] : [];
  });
}
