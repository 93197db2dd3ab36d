/**
 * Filters and sorting for the index pages, the evidence map and the trials list, without a reload. The full list is
 * in the HTML; this only hides, shows and reorders it, and keeps the choice in the address (shareable; Back undoes
 * it). The form stays hidden without JavaScript, because only this script can act on it.
 *
 * Markup: a [data-filter-root] holds a form[data-filters] of <select>s (each with data-default), one or more
 * [data-items] containers of [data-item] elements, and an optional [data-count] status line.
 * An item passes a filter named N when the filter is at its default or N's value is among the item's data-f-N words.
 * data-unless="N" hides an item while N is chosen; data-requires="N" hides it until N is chosen.
 * Sorting reads data-sort-<value>: numbers and dates ascending, except "reviewed", newest first.
 */

function setUp(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-filters]');
  if (!form) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const containers = [...root.querySelectorAll<HTMLElement>('[data-items]')];
  const count = root.querySelector<HTMLElement>('[data-count]');

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const wanted = params.get(select.name) ?? select.dataset.default ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : (select.dataset.default ?? '');
    }
  };

  const apply = () => {
    const chosen = new Map(selects.map((s) => [s.name, s.value]));
    const active = new Set(selects.filter((s) => s.value !== (s.dataset.default ?? '')).map((s) => s.name));
    let shown = 0;
    let total = 0;
    for (const container of containers) {
      const items = [...container.querySelectorAll<HTMLElement>(':scope > [data-item]')];
      for (const item of items) {
        const unless = item.dataset.unless;
        const requires = item.dataset.requires;
        let pass = !(unless && active.has(unless)) && !(requires && !active.has(requires));
        for (const name of active) {
          const words = item.getAttribute(`data-f-${name}`);
          if (words !== null && !words.split(' ').includes(chosen.get(name) ?? '')) pass = false;
        }
        item.hidden = !pass;
        if (container.hasAttribute('data-counted')) {
          if (!requires) total += 1;
          if (pass) shown += 1;
        }
      }
      const sort = chosen.get('sort');
      if (sort) {
        const key = `sort${sort[0]?.toUpperCase()}${sort.slice(1)}`;
        const desc = sort === 'reviewed' ? -1 : 1;
        items
          .sort((a, b) => {
            const x = a.dataset[key] ?? '';
            const y = b.dataset[key] ?? '';
            const byKey = x.localeCompare(y, undefined, { numeric: true }) * desc;
            return byKey || (a.dataset.sortName ?? '').localeCompare(b.dataset.sortName ?? '');
          })
          .forEach((item) => {
            container.append(item);
          });
      }
      container.closest<HTMLElement>('[data-empty-when-hidden]')?.toggleAttribute(
        'data-empty',
        items.every((i) => i.hidden),
      );
    }
    if (count)
      count.textContent = (count.dataset.template ?? '')
        .replace('{n}', String(shown))
        .replace('{total}', String(total));
  };

  const writeUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      if (select.value === (select.dataset.default ?? '')) params.delete(select.name);
      else params.set(select.name, select.value);
    }
    const query = params.toString();
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  form.addEventListener('change', () => {
    writeUrl();
    apply();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  addEventListener('popstate', () => {
    readUrl();
    apply();
  });
  readUrl();
  apply();
  form.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-filter-root]')) setUp(root);
