// The visit page: renders the reader's chosen pages from the one build-time data file (same origin, fetched only
// here and only when the list is not empty), prints them, removes one, or clears the list in one step.
import {
  parseVisitList,
  serializeVisitList,
  VISIT_DATA_URL,
  VISIT_STORAGE_KEY,
  type VisitEntry,
} from '../lib/site/visit.ts';
import { readStored, writeStored } from './storage.ts';

const sheet = document.querySelector<HTMLElement>('[data-visit]');
let data: Record<string, VisitEntry> | undefined;

async function pages(): Promise<Record<string, VisitEntry>> {
  if (!data) {
    const response = await fetch(VISIT_DATA_URL, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${VISIT_DATA_URL} answered ${response.status}`);
    data = (await response.json()) as Record<string, VisitEntry>;
  }
  return data;
}

function badgeItem(badge: VisitEntry['badges'][number]): HTMLLIElement {
  const li = document.createElement('li');
  const word = document.createElement('span');
  word.className = `badge badge--${badge.scale}${badge.scale === 'certainty' ? ` badge--${badge.level}` : ''}`;
  if (badge.marks !== undefined) {
    const marks = document.createElement('span');
    marks.className = 'marks';
    marks.setAttribute('aria-hidden', 'true');
    for (let i = 0; i < 4; i++) {
      const box = document.createElement('span');
      if (i < badge.marks) box.className = 'on';
      marks.append(box);
    }
    word.append(marks);
  }
  word.append(badge.label);
  li.append(word);
  if (badge.direction) {
    const direction = document.createElement('span');
    direction.className = 'badge-direction';
    direction.textContent = ` (${badge.direction})`;
    li.append(direction);
  }
  return li;
}

function wire(sheet: HTMLElement): void {
  const list = sheet.querySelector<HTMLOListElement>('[data-visit-list]');
  const template = sheet.querySelector<HTMLTemplateElement>('template[data-visit-item]');
  const controls = sheet.querySelector<HTMLElement>('[data-visit-controls]');
  const empty = sheet.querySelector<HTMLElement>('[data-visit-empty]');
  const status = sheet.querySelector<HTMLElement>('[data-visit-status]');
  const words = sheet.querySelector<HTMLElement>('[data-visit-words]')?.dataset ?? {};
  const heading = sheet.querySelector<HTMLElement>('h1');
  if (!list || !template || !controls || !empty || !status) return;

  const chosen = () => parseVisitList(readStored(VISIT_STORAGE_KEY));
  const say = (text: string | undefined) => {
    status.textContent = text ?? '';
  };

  const remove = (path: string, title: string) => {
    const before = chosen();
    const at = before.indexOf(path);
    writeStored(VISIT_STORAGE_KEY, serializeVisitList(before.filter((p) => p !== path)));
    say(`${words.removed ?? ''} ${title}`.trim());
    void render().then(() => {
      // Focus goes to the next page's remove button, or the heading when none is left.
      const buttons = list.querySelectorAll<HTMLButtonElement>('[data-remove]');
      (buttons[Math.min(at, buttons.length - 1)] ?? heading)?.focus();
    });
  };

  const item = (path: string, entry: VisitEntry): Node => {
    const node = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    const field = <T extends Element>(name: string) => node.querySelector<T>(`[data-${name}]`);
    const kind = field<HTMLElement>('kind');
    if (kind) kind.textContent = entry.systemLabel ? `${entry.kindLabel} · ${entry.systemLabel}` : entry.kindLabel;
    const title = field<HTMLAnchorElement>('title');
    if (title) {
      title.textContent = entry.title;
      title.href = path;
    }
    const short = field<HTMLElement>('short');
    if (short) short.textContent = entry.short;
    const badges = field<HTMLElement>('badges');
    if (entry.badges.length === 0) badges?.remove();
    else badges?.append(...entry.badges.map(badgeItem));
    const questions = field<HTMLElement>('questions');
    if (entry.questions.length === 0) questions?.remove();
    else
      questions?.querySelector('ul')?.append(
        ...entry.questions.map((q) => {
          const li = document.createElement('li');
          li.textContent = q;
          return li;
        }),
      );
    const name = field<HTMLElement>('remove-name');
    if (name) name.textContent = ` ${entry.title} ${words.from ?? ''}`.trimEnd();
    field<HTMLButtonElement>('remove')?.addEventListener('click', () => remove(path, entry.title));
    return node;
  };

  const render = async (): Promise<void> => {
    const paths = chosen();
    let entries: Array<[string, VisitEntry]> = [];
    if (paths.length > 0) {
      try {
        const all = await pages();
        entries = paths.flatMap((p) => (all[p] ? [[p, all[p]] as [string, VisitEntry]] : []));
      } catch {
        say(words.unavailable);
      }
    }
    list.replaceChildren(...entries.map(([p, e]) => item(p, e)));
    controls.hidden = entries.length === 0;
    empty.hidden = entries.length > 0;
  };

  sheet.querySelector('[data-visit-print]')?.addEventListener('click', () => window.print());
  sheet.querySelector('[data-visit-clear]')?.addEventListener('click', () => {
    writeStored(VISIT_STORAGE_KEY, null);
    void render().then(() => {
      say(words.cleared);
      heading?.focus();
    });
  });
  window.addEventListener('storage', (event) => {
    if (event.key === VISIT_STORAGE_KEY || event.key === null) void render();
  });
  void render();
}

if (sheet) wire(sheet);
