/**
 * The search page: reads the query and filters from the form (and the URL), asks Pagefind, and
 * lists the results with their unit and a snippet. Results are built as DOM nodes.
 */
import { excerptNodes, loadPagefind, resultKind, loadFailedMessage, statusFilters, type Filters, type PagefindResultData, type StatusScope } from '../components/search/pagefind';

const SHOWN = 10;

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  const heading = document.createElement('h2');
  heading.className = 'search-results__title';
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'search-results__unit';
  kind.textContent = resultKind(data);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-results__excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, kind, excerpt);
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  const scopes = [...form.querySelectorAll<HTMLInputElement>('input[name=keberlakuan]')];
  const askedScope = params.get('keberlakuan');
  for (const radio of scopes) if (askedScope) radio.checked = radio.value === askedScope;

  const run = async () => {
    const query = input.value.trim();
    const values: Record<string, string[]> = {};
    const url = new URLSearchParams();
    if (query) url.set('q', query);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (values[box.name] ??= []).push(box.value);
      url.append(box.name, box.value);
    }
    // Indicators no longer in force are left out unless the person asks for them.
    const scope = (scopes.find((r) => r.checked)?.value ?? 'berlaku') as StatusScope;
    if (scope !== 'berlaku') url.set('keberlakuan', scope);
    const filters: Filters = { ...values, ...statusFilters(scope) };
    history.replaceState(null, '', `${location.pathname}${url.size > 0 ? `?${url}` : ''}`);
    if (!query) {
      list.replaceChildren();
      status.textContent = 'Ketik kata yang dicari.';
      return;
    }
    status.textContent = 'Mencari…';
    try {
      const api = await loadPagefind(form.dataset['base'] ?? '/');
      const search = await api.debouncedSearch(query, { filters }, 200);
      if (search === null) return; // superseded by a newer query
      const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
      list.replaceChildren(...data.map(resultItem));
      const total = search.results.length;
      status.textContent =
        total === 0
          ? `Tidak ada hasil untuk “${query}”.`
          : `${total} hasil untuk “${query}”${total > SHOWN ? `, ${SHOWN} teratas ditampilkan` : ''}.`;
    } catch {
      status.textContent = loadFailedMessage();
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  void run();
}
