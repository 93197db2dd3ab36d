/**
 * The search page: loads Pagefind's index only once the reader starts a search, then lists results with their kind,
 * badges and short version. Results are built as DOM nodes from text, never as HTML strings.
 */

interface ResultData {
  url: string;
  meta: { title?: string; kind?: string; badges?: string; short?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    q: string,
    o?: unknown,
    ms?: number,
  ): Promise<{ results: Array<{ data(): Promise<ResultData> }> } | null>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLElement>('[data-search-results]');
let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  // A variable keeps the bundler from resolving the index, which exists only after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 0 });
    return pf;
  });
  return pagefind;
}

function say(key: string, values: Record<string, string> = {}): void {
  if (!statusLine) return;
  statusLine.textContent = (statusLine.dataset[key] ?? '').replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(data: ResultData): HTMLLIElement {
  const item = el('li', '');
  if (data.meta.kind) item.append(el('p', 'eyebrow', data.meta.kind));
  const heading = el('h2', 'h3');
  const link = el('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.short) item.append(el('p', '', data.meta.short));
  let badges: Array<{ scale: string; level: string; label: string }> = [];
  try {
    badges = JSON.parse(data.meta.badges ?? '[]');
  } catch {
    badges = [];
  }
  if (badges.length > 0) {
    const ul = el('ul', 'badges');
    ul.setAttribute('aria-label', `Evidence for ${data.meta.title ?? ''}`);
    for (const b of badges) {
      const li = el('li', '');
      li.append(el('span', `badge badge--${b.scale}${b.scale === 'certainty' ? ` badge--${b.level}` : ''}`, b.label));
      ul.append(li);
    }
    item.append(ul);
  }
  return item;
}

async function run(q: string): Promise<void> {
  const query = q.trim();
  const url = query ? `${location.pathname}?q=${encodeURIComponent(query)}` : location.pathname;
  history.replaceState(null, '', url);
  if (!query) {
    list?.replaceChildren();
    say('none', { q: '' });
    if (statusLine) statusLine.textContent = '';
    return;
  }
  say('loading');
  try {
    const pf = await load();
    const search = await pf.debouncedSearch(query, {}, 200);
    if (!search) return; // a newer query replaced this one
    const data = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
    list?.replaceChildren(...data.map(render));
    if (data.length === 0) say('none', { q: query });
    else say(data.length === 1 ? 'one' : 'many', { n: String(search.results.length), q: query });
  } catch {
    say('failed');
  }
}

if (form && input) {
  form.hidden = false;
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  if (initial) void run(initial);
}
