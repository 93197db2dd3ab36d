// A topic page's reading aids: the visit sheet toggle, the short-versions view's "read the full page", and read
// aloud, whose code loads only when a reader first asks for it.
import { parseVisitList, serializeVisitList, toggleVisit, VISIT_STORAGE_KEY } from '../lib/site/visit.ts';
import { readStored, writeStored } from './storage.ts';

const root = document.documentElement;
const tools = document.querySelector<HTMLElement>('.page-tools');
const article = tools?.closest('article');

function wireVisit(tools: HTMLElement): void {
  const button = tools.querySelector<HTMLButtonElement>('[data-visit-toggle]');
  const status = tools.querySelector<HTMLElement>('[data-tools-status]');
  const path = button?.dataset.visitToggle;
  if (!button || !path) return;
  const words = button.dataset;
  const show = () => {
    const on = parseVisitList(readStored(VISIT_STORAGE_KEY)).includes(path);
    button.textContent = (on ? words.remove : words.add) ?? '';
    return on;
  };
  show();
  button.addEventListener('click', () => {
    writeStored(
      VISIT_STORAGE_KEY,
      serializeVisitList(toggleVisit(parseVisitList(readStored(VISIT_STORAGE_KEY)), path)),
    );
    const on = show();
    if (status) status.textContent = (on ? words.added : words.removed) ?? '';
  });
  // Another tab may change the sheet (the visit page clears it, say).
  window.addEventListener('storage', (event) => {
    if (event.key === VISIT_STORAGE_KEY || event.key === null) show();
  });
}

function wireShortView(tools: HTMLElement, article: HTMLElement): void {
  const template = tools.querySelector<HTMLTemplateElement>('template[data-read-full]');
  let button: HTMLButtonElement | null = null;
  const label = () => {
    if (!button) return;
    const full = article.dataset.full !== undefined;
    button.setAttribute('aria-expanded', String(full));
    button.textContent = (full ? button.dataset.less : button.dataset.more) ?? '';
  };
  const toggle = () => {
    if (article.dataset.full === undefined) article.dataset.full = '';
    else delete article.dataset.full;
    label();
  };
  // The button exists only while the page is in short-versions mode, so no hidden control waits in the tab order.
  const sync = () => {
    const short = root.dataset.pages === 'short';
    if (short && !button && template) {
      button = template.content.firstElementChild?.cloneNode(true) as HTMLButtonElement | null;
      if (!button) return;
      button.addEventListener('click', toggle);
      tools.prepend(button);
      label();
    } else if (!short && button) {
      button.remove();
      button = null;
      delete article.dataset.full;
    }
  };
  new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ['data-pages'] });
  sync();
  // A link to a part of the page the short view hides (urgent help, the evidence) opens the full page first.
  const reveal = (hash: string): HTMLElement | null => {
    const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target || !button || !article.contains(target) || target.getClientRects().length > 0) return null;
    toggle();
    return target;
  };
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (link) reveal(link.getAttribute('href') ?? '');
  });
  reveal(location.hash)?.scrollIntoView();
}

function wireReadAloud(tools: HTMLElement): void {
  for (const button of tools.querySelectorAll<HTMLButtonElement>('[data-read]')) {
    button.addEventListener('click', async () => {
      const { readAloud } = await import('./read-aloud.ts');
      readAloud(button.dataset.read === 'page' ? 'page' : 'short', button);
    });
  }
}

if (tools && article instanceof HTMLElement) {
  wireVisit(tools);
  wireShortView(tools, article);
  if (root.classList.contains('speech')) wireReadAloud(tools);
}
