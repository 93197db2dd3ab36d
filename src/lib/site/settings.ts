/** Reader settings: the only things the atlas stores, and only in the reader's own browser. */

export const STORAGE_KEYS = {
  theme: 'atlas-theme',
  text: 'atlas-text',
  /** "short" when the reader wants only each page's short version and badges; absent for full pages. */
  pages: 'atlas-pages',
  /** "more" for wider line and paragraph spacing; absent for the normal spacing. */
  spacing: 'atlas-spacing',
  /** The visit sheet: a JSON array of the topic page paths the reader chose, e.g. ["/treatment/ivig/"]. */
  visit: 'atlas-visit',
} as const;

export const THEMES = [
  { value: 'system', label: 'Follow my device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  // Short labels: at 200% text on a phone the longest must still fit its control.
  { value: 'low', label: 'Dim and warm' },
] as const;

export const TEXT_SIZES = [
  { value: '100', label: '100%' },
  { value: '125', label: '125%' },
  { value: '150', label: '150%' },
  { value: '175', label: '175%' },
  { value: '200', label: '200%' },
] as const;

/** Page length and spacing: the first value of each is the default, which stores nothing. Labels are in en.ts. */
export const PAGE_LENGTHS = ['full', 'short'] as const;
export const SPACINGS = ['normal', 'more'] as const;

export type ThemeValue = (typeof THEMES)[number]['value'];
export type TextValue = (typeof TEXT_SIZES)[number]['value'];

export function isTheme(value: string | null): value is ThemeValue {
  return THEMES.some((t) => t.value === value);
}

export function isTextSize(value: string | null): value is TextValue {
  return TEXT_SIZES.some((t) => t.value === value);
}

export function isPageLength(value: string | null): value is (typeof PAGE_LENGTHS)[number] {
  return (PAGE_LENGTHS as readonly (string | null)[]).includes(value);
}

export function isSpacing(value: string | null): value is (typeof SPACINGS)[number] {
  return (SPACINGS as readonly (string | null)[]).includes(value);
}
