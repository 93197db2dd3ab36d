/** Turning a source's identifiers into links a reader can follow. */
import type { Identifiers, Source } from '../model/schema.ts';
import { SOURCE_TYPE_LABELS } from '../model/vocabulary.ts';

export interface SourceLink {
  /** Visible and spoken text: it names the destination. */
  label: string;
  href: string;
}

/** Links in a fixed order: the registry or PubMed first, then full text, then the publisher. */
export function sourceLinks(ids: Identifiers): SourceLink[] {
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
    links.push({ label: hostOf(ids.url), href: ids.url });
  }
  return links;
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
  /** Id of the first citation mark in the text, for the back-link. */
  backlink: string;
  checked: string;
}

export function referenceEntry(number: number, key: string, source: Source): ReferenceEntry {
  const citation = [source.authors, source.publication, source.year === undefined ? undefined : String(source.year)]
    .filter(Boolean)
    .join('. ');
  return {
    number,
    key,
    text: `${source.description} (${source.year ?? 'undated'})`,
    title: source.title,
    citation,
    typeLabel: SOURCE_TYPE_LABELS[source.type],
    links: sourceLinks(source.ids),
    backlink: `cite-${number}-1`,
    checked: source.checked,
  };
}

/** The numbered reference list for everything a registry numbered, in order of first citation. */
export function referenceList(
  keys: readonly string[],
  sources: ReadonlyMap<string, { data: Source }>,
): ReferenceEntry[] {
  return keys.flatMap((key, i) => {
    const source = sources.get(key);
    return source ? [referenceEntry(i + 1, key, source.data)] : [];
  });
}
