// Wires the header's Text and Theme controls. The page works without this: it only adds choices.
import { isTextSize, isTheme, STORAGE_KEYS } from '../lib/settings.ts';

const root = document.documentElement;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage can be off (private modes); the choice still applies to this page.
  }
}

function applyTheme(value: string): void {
  if (value === 'system') delete root.dataset.theme;
  else root.dataset.theme = value;
}

function applyText(value: string): void {
  if (value === '100') delete root.dataset.text;
  else root.dataset.text = value;
}

const themeSelect = document.querySelector<HTMLSelectElement>('#setting-theme');
const textSelect = document.querySelector<HTMLSelectElement>('#setting-text');

if (themeSelect) {
  const saved = read(STORAGE_KEYS.theme);
  themeSelect.value = isTheme(saved) ? saved : 'system';
  themeSelect.addEventListener('change', () => {
    applyTheme(themeSelect.value);
    write(STORAGE_KEYS.theme, themeSelect.value === 'system' ? null : themeSelect.value);
  });
}
if (textSelect) {
  const saved = read(STORAGE_KEYS.text);
  textSelect.value = isTextSize(saved) ? saved : '100';
  textSelect.addEventListener('change', () => {
    applyText(textSelect.value);
    write(STORAGE_KEYS.text, textSelect.value === '100' ? null : textSelect.value);
  });
}

// Keep other open tabs in step with a change made here.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEYS.theme) {
    const value = isTheme(event.newValue) ? event.newValue : 'system';
    applyTheme(value);
    if (themeSelect) themeSelect.value = value;
  } else if (event.key === STORAGE_KEYS.text) {
    const value = isTextSize(event.newValue) ? event.newValue : '100';
    applyText(value);
    if (textSelect) textSelect.value = value;
  }
});
