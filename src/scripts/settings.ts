// Wires the header's reading settings (text, theme, page length, spacing). The page works without this: it only adds choices.
import { isPageLength, isSpacing, isTextSize, isTheme, STORAGE_KEYS } from '../lib/site/settings.ts';

const root = document.documentElement;

interface Control {
  select: HTMLSelectElement | null;
  key: string;
  /** The value that needs nothing stored and nothing set on the page. */
  fallback: string;
  attribute: 'theme' | 'text' | 'pages' | 'spacing';
  isValid: (value: string | null) => boolean;
}

const controls: Control[] = [
  {
    select: document.querySelector('#setting-theme'),
    key: STORAGE_KEYS.theme,
    fallback: 'system',
    attribute: 'theme',
    isValid: isTheme,
  },
  {
    select: document.querySelector('#setting-text'),
    key: STORAGE_KEYS.text,
    fallback: '100',
    attribute: 'text',
    isValid: isTextSize,
  },
  {
    select: document.querySelector('#setting-pages'),
    key: STORAGE_KEYS.pages,
    fallback: 'full',
    attribute: 'pages',
    isValid: isPageLength,
  },
  {
    select: document.querySelector('#setting-spacing'),
    key: STORAGE_KEYS.spacing,
    fallback: 'normal',
    attribute: 'spacing',
    isValid: isSpacing,
  },
];

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

/** A stored or received value if the control offers it, else the control's fallback. */
function chosen(control: Control, value: string | null): string {
  return value !== null && control.isValid(value) ? value : control.fallback;
}

function apply(control: Control, value: string): void {
  if (value === control.fallback) delete root.dataset[control.attribute];
  else root.dataset[control.attribute] = value;
  if (control.select) control.select.value = value;
}

for (const control of controls) {
  if (control.select) {
    control.select.value = chosen(control, read(control.key));
    const select = control.select;
    select.addEventListener('change', () => {
      apply(control, select.value);
      write(control.key, select.value === control.fallback ? null : select.value);
    });
  }
}

// Keep other open tabs in step with a change made here.
window.addEventListener('storage', (event) => {
  const control = controls.find((c) => c.key === event.key);
  if (control) apply(control, chosen(control, event.newValue));
});

// Print every "More detail" disclosure open: a printed page cannot be clicked.
window.addEventListener('beforeprint', () => {
  const address = document.querySelector('[data-print-address]');
  if (address) address.textContent = location.href;
  const printed = document.querySelector('[data-print-date]');
  if (printed) printed.textContent = ` on ${new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })}`;
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.more-detail:not([open])')) {
    details.dataset.printOpened = '';
    details.open = true;
  }
});
window.addEventListener('afterprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-opened]')) {
    details.open = false;
    delete details.dataset.printOpened;
  }
});
