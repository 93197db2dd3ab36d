/**
 * HTTP headers for hosts. A meta CSP cannot set frame-ancestors, so every
 * page's policy is also written to a `_headers` file (the format static
 * hosts read), with the directives only a header can carry.
 */

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy from a built page's meta element, or undefined if it has none. */
export function metaCsp(html: string): string | undefined {
  return META_CSP.exec(html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/** The text of every inline <script> (without src) or <style> in a built page: what CSP hashes must allow. */
export function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const pattern =
    tag === 'script' ? /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g : /<style[^>]*>([\s\S]*?)<\/style>/g;
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** The header form of a page's policy: the meta policy plus frame-ancestors. */
export function headerCsp(meta: string): string {
  const directives = meta
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d.length > 0 && !d.startsWith('frame-ancestors'));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** A `_headers` file: one block per page with its own policy, and the shared headers for all. */
export function headersFile(pages: ReadonlyArray<{ path: string; csp: string }>): string {
  const blocks = [
    ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
    ...pages.map(({ path, csp }) => `${path}\n  Content-Security-Policy: ${headerCsp(csp)}`),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Parse a `_headers` file into path → headers; `/*` applies to every path. */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const result = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      current = {};
      result.set(line.trim(), current);
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return result;
}
