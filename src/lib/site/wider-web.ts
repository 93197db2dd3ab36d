/**
 * What the wider web reads: absolute addresses, the sitemap, robots.txt and schema.org data for topic pages.
 * The site's public address is not decided yet, so it comes from ATLAS_SITE_URL with no default: without it the
 * build emits no absolute URL (no canonical, og:url or sitemap, which must use absolute URLs to be valid).
 */
import { createHash } from 'node:crypto';

/** The public address from the environment, normalised to end in "/", or undefined when it is not set. */
export function siteAddress(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.ATLAS_SITE_URL?.trim();
  if (!raw) return undefined;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('ATLAS_SITE_URL must be an http(s) address');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export function absolute(site: string | undefined, path: string): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap of every page (the 404 page is not a page to find). */
export function sitemapXml(site: string, paths: readonly string[]): string {
  const urls = paths
    .filter((p) => !p.includes('404'))
    .map((p) => `  <url><loc>${xmlEscape(new URL(p, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: string | undefined): string {
  return `User-agent: *\nAllow: /\n${site ? `Sitemap: ${new URL('sitemap.xml', site).href}\n` : ''}`;
}

export interface MedicalPageFacts {
  title: string;
  description: string;
  path: string;
  reviewed: string;
  /** What the page is about: its title and other names. */
  about: { name: string; alternateName: string[] };
  citations: Array<{ name: string; url: string | undefined }>;
}

/** schema.org MedicalWebPage for a topic page; urls only when the public address is known. */
export function medicalWebPage(site: string | undefined, facts: MedicalPageFacts): Record<string, unknown> {
  const url = absolute(site, facts.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: facts.title,
    description: facts.description,
    ...(url ? { url } : {}),
    lastReviewed: facts.reviewed,
    about: {
      '@type': 'MedicalEntity',
      name: facts.about.name,
      ...(facts.about.alternateName.length > 0 ? { alternateName: facts.about.alternateName } : {}),
    },
    // Each source as its address (schema.org allows text): the page's whole reference list in a fraction of the bytes
    // that full CreativeWork records took, which pushed long pages over the weight budget.
    citation: facts.citations.map((c) => c.url ?? c.name),
  };
}

/** JSON for an inline data block: "<" escaped so no text can close the script element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
