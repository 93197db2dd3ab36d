/**
 * The site's public address, which is not decided yet: read from ATLAS_SITE_URL at build time, with no default.
 * Without it, citations and feeds use paths on the site and say so; nothing invents a domain.
 */
export const ADDRESS_VARIABLE = 'ATLAS_SITE_URL';

/** "https://example.org" (no trailing slash), or undefined when the address is not set or not an http(s) URL. */
export function siteAddress(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env[ADDRESS_VARIABLE]?.trim();
  if (!value || !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)) return undefined;
  return value.replace(/\/+$/, '');
}

/** A site path as a full address when the address is known, or the path itself. */
export function absolute(path: string, address: string | undefined): string {
  return address === undefined ? path : `${address}${path}`;
}
