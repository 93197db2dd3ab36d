/** Reader settings: the only things the atlas stores, and only in the reader's own browser. */

export const STORAGE_KEYS = { theme: 'atlas-theme', text: 'atlas-text' } as const;

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

export type ThemeValue = (typeof THEMES)[number]['value'];
export type TextValue = (typeof TEXT_SIZES)[number]['value'];

export function isTheme(value: string | null): value is ThemeValue {
  return THEMES.some((t) => t.value === value);
}

export function isTextSize(value: string | null): value is TextValue {
  return TEXT_SIZES.some((t) => t.value === value);
}
