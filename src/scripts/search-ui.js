// @ts-check
// Search interface, shared by the header dialog and the /search/ page. Plain JavaScript imported with
// `?url` so Vite emits it as one hashed file that is fetched only when the visitor opens search.
// Pagefind picks the index of the page's <html lang>, so Chinese pages search the Chinese index.

/**
 * The parts of Pagefind's result shapes this file reads.
 * @typedef {{ url: string, title: string, excerpt: string, locations?: number[], weighted_locations?: { weight?: number, balanced_score?: number }[] }} SubResult
 * @typedef {{ url: string, excerpt: string, meta?: { title?: string }, sub_results?: SubResult[] }} ResultData
 * @typedef {{ data: () => Promise<ResultData> }} Result
 */

/** @type {Promise<any> | null} */
let pagefindPromise = null;

/** @type {Promise<any> | null} */
let queryPromise = null;

/**
 * The query tools and the Traditional->Simplified map are separate hashed files (this file is copied,
 * not bundled), so their URLs come from the search root's data attributes.
 * @param {HTMLElement} root
 */
function loadQueryTools(root) {
  if (!queryPromise) {
    queryPromise = Promise.all([import(/* @vite-ignore */ root.dataset.queryModule ?? ''), import(/* @vite-ignore */ root.dataset.t2sModule ?? '')])
      .then(([q, t]) => ({ understand: q.understand, t2s: { from: t.T2S_FROM, to: t.T2S_TO } }));
    queryPromise.catch(() => { queryPromise = null; });
  }
  return queryPromise;
}

/** Source file names and citation brackets are for readers of the page, not for a snippet. */
const CITATION = /[（(]\s*(?:source|sources|same source|来源|同上|出处)[^)）]*[)）]|\b\d{3}_[0-9a-f]{8,}\.txt\b/gi;

function loadPagefind() {
  if (!pagefindPromise) {
    const url = '/pagefind/pagefind.js';
    pagefindPromise = import(/* @vite-ignore */ url).then(async (pf) => {
      await pf.options({ excerptLength: 24, highlightParam: 'pagefind-highlight' });
      pf.init();
      return pf;
    });
    pagefindPromise.catch(() => { pagefindPromise = null; });
  }
  return pagefindPromise;
}

/**
 * Pagefind excerpts are HTML with <mark> around hits. Rebuild them from text nodes and <mark> only,
 * so nothing else from an index can ever become markup on the page.
 * @param {string} html
 */
function safeExcerpt(html) {
  const fragment = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<body>${html.replace(CITATION, '').replace(/^[\s：:，,。；;、|]+/, '')}</body>`, 'text/html');
  for (const node of Array.from(doc.body.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return fragment;
}

/** @param {string} template @param {Record<string, string|number>} vars */
function fill(template, vars) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Wires a search root (the dialog or the search page's section) to Pagefind.
 * @param {HTMLElement} root
 */
export function mountSearch(root) {
  if (root.dataset.searchMounted) return;
  root.dataset.searchMounted = 'true';
  const input = /** @type {HTMLInputElement} */ (root.querySelector('[data-search-input]'));
  const list = /** @type {HTMLElement} */ (root.querySelector('[data-search-results]'));
  const status = /** @type {HTMLElement} */ (root.querySelector('[data-search-status]'));
  const s = root.dataset;
  let timer = 0;
  let generation = 0;

  const locale = document.documentElement.lang.toLowerCase() === 'zh-cn' ? 'zh-cn' : 'en';

  /**
   * Strict search on the understood query; when it finds fewer than three pages, pages matching all
   * but one of the words follow, ranked after the strict ones.
   * @param {any} pf @param {string} raw
   */
  async function searchUnderstood(pf, raw) {
    const tools = await loadQueryTools(root);
    const { query, relaxed } = tools.understand(raw, locale, tools.t2s);
    const strict = await pf.search(query);
    /** @type {Result[]} */
    const results = [...strict.results];
    if (results.length < 3) {
      const seen = new Set(results.map((/** @type {any} */ r) => r.id));
      for (const q of relaxed) {
        const more = await pf.search(q);
        for (const r of more.results) if (!seen.has(r.id)) { seen.add(r.id); results.push(r); }
      }
    }
    return results;
  }

  async function run() {
    const query = input.value.trim();
    const mine = ++generation;
    list.replaceChildren();
    if (query.length < 2 && !/[\u3400-\u9fff]/.test(query)) {
      status.textContent = query ? s.strHint ?? '' : '';
      return;
    }
    status.textContent = s.strLoading ?? '';
    try {
      const pf = await loadPagefind();
      const found = await searchUnderstood(pf, query);
      const results = await Promise.all(found.slice(0, 10).map((/** @type {Result} */ r) => r.data()));
      if (mine !== generation) return;
      const count = found.length;
      status.textContent = count === 0 ? fill(s.strNone ?? '', { query })
        : fill(count === 1 ? s.strCountOne ?? '' : s.strCount ?? '', { count, query });
      for (const result of results) list.append(renderResult(result));
    } catch {
      if (mine === generation) status.textContent = s.strError ?? '';
    }
  }

  /**
   * A page, then up to three of its sections that match best (an FAQ question, a guide heading), so
   * a hit deep inside the long FAQ page links straight to the question.
   * @param {ResultData} result
   */
  function renderResult(result) {
    const li = document.createElement('li');
    const subs = (Array.isArray(result.sub_results) ? result.sub_results : [])
      .filter((/** @type {SubResult} */ r) => r.url !== result.url && r.title)
      .map((/** @type {SubResult} */ r) => ({ r, score: sectionScore(r) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((x) => x.r);
    const type = /** @type {any} */ (result.meta)?.type ?? 'page';
    li.dataset.type = type;
    const label = document.createElement('span');
    label.className = 'search-type';
    label.textContent = s[`strType${type[0].toUpperCase()}${type.slice(1)}`] ?? '';
    // A glossary hit opens the term itself (its heading is a sub-result); a question or tool page opens
    // at its top, where the answer starts.
    const best = type === 'glossary' || type === 'guide' ? subs[0] : undefined;
    const heading = type === 'glossary' && best ? best.title : result.meta?.title ?? result.url;
    li.append(label, link(best ? best.url : result.url, heading, best ? best.excerpt : result.excerpt, 'title'));
    if (type !== 'guide') return li;
    if (subs.length > 1) {
      const list = document.createElement('ul');
      list.className = 'search-subs';
      for (const sub of subs.slice(1)) {
        const item = document.createElement('li');
        item.append(link(sub.url, sub.title, sub.excerpt, 'sub'));
        list.append(item);
      }
      li.append(list);
    }
    return li;
  }

  /** @param {SubResult} sub */
  function sectionScore(sub) {
    if (Array.isArray(sub.weighted_locations)) return sub.weighted_locations.reduce((/** @type {number} */ n, l) => n + (l.balanced_score ?? l.weight ?? 1), 0);
    return Array.isArray(sub.locations) ? sub.locations.length : 0;
  }

  /** @param {string} href @param {string} heading @param {string} excerptHtml @param {string} kind */
  function link(href, heading, excerptHtml, kind) {
    const a = document.createElement('a');
    a.href = href;
    const title = document.createElement('span');
    title.className = kind;
    title.textContent = heading;
    const excerpt = document.createElement('span');
    excerpt.className = 'excerpt';
    excerpt.append(safeExcerpt(excerptHtml ?? ''));
    a.append(title, excerpt);
    return a;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 120);
  });
  // Enter in the box searches and keeps what is shown (a dialog form would otherwise close).
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  // Arrow keys move from the box through the results and back; Enter on a result follows its link.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = /** @type {HTMLAnchorElement[]} */ (Array.from(list.querySelectorAll('a')));
    if (!links.length) return;
    const at = links.indexOf(/** @type {HTMLAnchorElement} */ (document.activeElement));
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    event.preventDefault();
    if (next < 0) input.focus(); else links[next].focus();
  });
  if (root.hasAttribute('data-search-page')) {
    input.value = new URLSearchParams(location.search).get('q') ?? input.value;
  }
  if (input.value) run();
  // Fetch the index as soon as the visitor shows intent (focus), not on page load: the search page
  // itself then costs a few kilobytes until someone actually searches.
  input.addEventListener('focus', () => { loadPagefind().catch(() => {}); }, { once: true });
  if (root.tagName === 'DIALOG') loadPagefind().catch(() => {});
}

/** Opens the header dialog, mounting it on first use. */
export function openSearchDialog() {
  const dialog = /** @type {HTMLDialogElement | null} */ (document.getElementById('search-dialog'));
  if (!dialog) return;
  mountSearch(dialog);
  if (!dialog.open) dialog.showModal();
  const input = /** @type {HTMLInputElement} */ (dialog.querySelector('[data-search-input]'));
  input.focus();
  input.select();
  const close = dialog.querySelector('[data-search-close]');
  if (close && !close.hasAttribute('data-bound')) {
    close.setAttribute('data-bound', '');
    close.addEventListener('click', () => dialog.close());
  }
}
