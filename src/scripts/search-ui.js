// @ts-check
// Search interface, shared by the header dialog and the /search/ page. Plain JavaScript imported with
// `?url` so Vite emits it as one hashed file that is fetched only when the visitor opens search.
// Pagefind picks the index of the page's <html lang>, so Chinese pages search the Chinese index.

/**
 * The parts of Pagefind's result shapes this file reads.
 * @typedef {{ url: string, title: string, excerpt: string }} SubResult
 * @typedef {{ url: string, excerpt: string, meta?: { title?: string }, sub_results?: SubResult[] }} ResultData
 * @typedef {{ data: () => Promise<ResultData> }} Result
 */

/** @type {Promise<any> | null} */
let pagefindPromise = null;

/** @type {Promise<any> | null} */
let queryPromise = null;

/** @type {Promise<{ from: string, to: string }> | null} */
let t2sPromise = null;

/**
 * The Traditional->Simplified map, fetched only for a Chinese query with a character the site's
 * Simplified text never uses (most queries need none of it).
 * @param {HTMLElement} root
 */
function loadT2s(root) {
  if (!t2sPromise) {
    t2sPromise = import(/* @vite-ignore */ root.dataset.t2sModule ?? '').then((t) => ({ from: t.T2S_FROM, to: t.T2S_TO }));
    t2sPromise.catch(() => { t2sPromise = null; });
  }
  return t2sPromise;
}

const NO_FOLDING = { from: '', to: '' };

/**
 * The query tools, the Traditional->Simplified map, this locale's vocabulary (separate hashed files:
 * this file is copied, not bundled, so their URLs come from the search root's data attributes) and
 * the build's catalogue of indexed pages.
 * @param {HTMLElement} root @param {string} locale
 */
function loadQueryTools(root, locale) {
  if (!queryPromise) {
    const d = root.dataset;
    queryPromise = Promise.all([
      import(/* @vite-ignore */ d.queryModule ?? ''), import(/* @vite-ignore */ d.vocabModule ?? ''),
      fetch(`/pagefind/catalogue.${locale}.json`).then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json(); }),
    ]).then(([q, v, catalogue]) => ({ q, vocab: q.makeVocab(v.PAGES, v.WORDS, [], v.SYNONYMS), catalogue }));
    queryPromise.catch(() => { queryPromise = null; });
  }
  return queryPromise;
}


/** @type {Promise<[string, string][]> | null} */
let otherLanguagePromise = null;
/**
 * The other language's glossary names, fetched the first time a query needs them.
 * @param {HTMLElement} root
 */
function loadOtherLanguage(root) {
  if (!otherLanguagePromise) {
    otherLanguagePromise = import(/* @vite-ignore */ root.dataset.otherLanguageModule ?? '').then((m) => m.OTHER_LANGUAGE);
    otherLanguagePromise.catch(() => { otherLanguagePromise = null; });
  }
  return otherLanguagePromise;
}

function loadPagefind() {
  if (!pagefindPromise) {
    const url = '/pagefind/pagefind.js';
    pagefindPromise = import(/* @vite-ignore */ url).then(async (pf) => {
      // No web worker: the index is small, a search takes milliseconds on the main thread, and the
      // worker script would be one more download on the first search.
      await pf.options({ excerptLength: 24, highlightParam: 'pagefind-highlight', noWorker: true });
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
 * Citations (the query module's CITATION pattern) are dropped: they are for readers of the page.
 * @param {string} html @param {RegExp} citation
 */
function safeExcerpt(html, citation) {
  const fragment = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<body>${html.replace(citation, '').replace(/^[\s：:，,。；;、|]+/, '')}</body>`, 'text/html');
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
   * Searches the index for the whole understood query and for each of its words, then ranks every page
   * found (search-query.js rankCandidates): a page must match most of the words, and ranks by how many
   * it matches, how rare they are, and whether its title or a heading says the same thing.
   * @param {any} pf @param {string} raw
   */
  async function searchUnderstood(pf, raw) {
    const tools = await loadQueryTools(root, locale);
    const t2s = locale === 'zh-cn' && tools.q.hasUnknownHan(raw, tools.vocab) ? await loadT2s(root) : NO_FOLDING;
    if (!tools.vocab.otherLanguage.length && tools.q.needsOtherLanguage(raw, locale, tools.vocab)) tools.vocab.otherLanguage = await loadOtherLanguage(root);
    const understood = tools.q.understand(raw, locale, t2s, tools.vocab);
    const known = understood.terms.filter((/** @type {any} */ t) => t.known);
    /** @type {Map<string, { result: Result, strict: number, perTerm: Map<string, number> }>} */
    const found = new Map();
    const entry = (/** @type {any} */ r) => {
      if (!found.has(r.id)) found.set(r.id, { result: r, strict: 0, perTerm: new Map() });
      return /** @type {{ result: Result, strict: number, perTerm: Map<string, number> }} */ (found.get(r.id));
    };
    if (known.length) {
      const strict = await pf.search(known.map((/** @type {any} */ t) => t.text).join(' '));
      for (const r of strict.results) { const e = entry(r); e.strict = r.score; e.result = r; }
    }
    if (known.length > 1) {
      const rarest = [...known].sort((a, b) => b.idf - a.idf).slice(0, 10);
      const each = await Promise.all(rarest.map((/** @type {any} */ t) => pf.search(t.text)));
      each.forEach((res, i) => { for (const r of res.results) entry(r).perTerm.set(rarest[i].text, r.score); });
    }
    const candidates = [...found].filter(([id]) => tools.catalogue[id]).map(([id, e]) => {
      const [url, title, type, anchors] = tools.catalogue[id];
      return { id, url, strict: e.strict, perTerm: e.perTerm, title, type, headings: anchors.map((/** @type {[string, string]} */ a) => a[0]), anchors };
    });
    const ranked = tools.q.rankCandidates(candidates, understood.terms, understood.folded,
      (/** @type {string} */ h) => tools.q.applySynonyms(h, tools.vocab.synonyms), (/** @type {string} */ h) => tools.q.headingWords(h, tools.vocab));
    return { understood, tools, ranked: ranked.map((/** @type {any} */ r) => ({ ...r, result: /** @type {any} */ (found.get(r.candidate.id)).result })) };
  }

  /**
   * When nothing matches here, says so and, if the other locale's pages use every word of the query,
   * links to the same search there.
   * @param {string} query
   */
  async function offerOtherLocale(query) {
    const box = /** @type {HTMLElement | null} */ (root.querySelector('[data-search-other-locale]'));
    if (!box) return;
    box.hidden = true;
    try {
      const [q, v] = await Promise.all([import(/* @vite-ignore */ s.queryModule ?? ''), import(/* @vite-ignore */ s.otherVocabModule ?? '')]);
      const otherLocale = locale === 'zh-cn' ? 'en' : 'zh-cn';
      const t2s = otherLocale === 'zh-cn' ? await loadT2s(root) : NO_FOLDING;
      // The query is offered there because it is in that language: its glossary names of ours are not needed.
      const understood = q.understand(query, otherLocale, t2s, q.makeVocab(v.PAGES, v.WORDS, [], v.SYNONYMS));
      if (!understood.terms.length || understood.corrected || understood.terms.some((/** @type {any} */ t) => !t.known)) return;
      const a = /** @type {HTMLAnchorElement} */ (box.querySelector('a'));
      a.href = `${s.otherSearch}?q=${encodeURIComponent(query)}`;
      a.textContent = fill(s.strOtherLocale ?? '', { query });
      box.hidden = false;
    } catch { /* the offer is optional; the topics below still help */ }
  }

  const popular = /** @type {HTMLElement | null} */ (root.querySelector('[data-search-popular]'));
  /** @type {IntersectionObserver | undefined} */
  let snippets;
  const empty = /** @type {HTMLElement | null} */ (root.querySelector('[data-search-empty]'));

  async function run() {
    const query = input.value.trim();
    const mine = ++generation;
    list.replaceChildren();
    if (popular) popular.hidden = Boolean(query);
    if (empty) empty.hidden = true;
    if (query.length < 2 && !/[\u3400-\u9fff]/.test(query)) {
      status.textContent = query ? s.strHint ?? '' : '';
      return;
    }
    status.textContent = s.strLoading ?? '';
    list.setAttribute('aria-busy', 'true');
    try {
      const pf = await loadPagefind();
      const { understood, tools, ranked } = await searchUnderstood(pf, query);
      const top = ranked.slice(0, 10);
      if (mine !== generation) return;
      const count = ranked.length;
      const corrected = understood.corrected ? `${fill(s.strCorrected ?? '', { query: understood.corrected })} ` : '';
      status.textContent = corrected + (count === 0 ? fill(s.strNone ?? '', { query })
        : fill(count === 1 ? s.strCountOne ?? '' : s.strCount ?? '', { count, query }));
      snippets?.disconnect();
      snippets = watchSnippets(understood.terms, tools.q);
      for (const r of top) list.append(renderResult(r, understood, tools.q));
      if (count === 0 && empty) { empty.hidden = false; offerOtherLocale(query); }
    } catch {
      if (mine === generation) status.textContent = s.strError ?? '';
    } finally {
      if (mine === generation) list.setAttribute('aria-busy', 'false');
    }
  }

  /**
   * One result, drawn from the catalogue at once: its type, the title or term that matched, and where
   * it opens (a glossary hit at the term, a guide hit at the section that matched, a question or tool
   * page at its top, where the answer starts). Guides also list up to two more matching sections.
   * The snippet arrives when the result scrolls into view (see watchSnippets), so a search costs the
   * fragments of the results a visitor sees, not of all ten.
   * @param {any} ranked @param {any} understood @param {any} q
   */
  function renderResult(ranked, understood, q) {
    const c = ranked.candidate;
    const li = document.createElement('li');
    li.dataset.type = c.type;
    const label = document.createElement('span');
    label.className = 'search-type';
    label.textContent = s[`strType${c.type[0].toUpperCase()}${c.type.slice(1)}`] ?? '';
    const sectioned = c.type === 'glossary' || c.type === 'guide' || c.type === 'sources';
    // A heading whose id follows the usual rule is stored without it (see anchorSlug).
    const anchorOf = (/** @type {string} */ heading) => {
      const a = c.anchors.find((/** @type {[string, string?]} */ x) => x[0] === heading);
      return a ? (a[1] ?? q.anchorSlug(a[0])) : undefined;
    };
    const first = sectioned ? ranked.sections[0] : undefined;
    const highlight = understood.terms.filter((/** @type {any} */ t) => t.known).map((/** @type {any} */ t) => `pagefind-highlight=${encodeURIComponent(t.text)}`).join('&');
    const href = (/** @type {string | undefined} */ heading) => {
      const id = heading ? anchorOf(heading) : undefined;
      return `${c.url}${highlight ? `?${highlight}` : ''}${id ? `#${encodeURIComponent(id)}` : ''}`;
    };
    const title = c.type === 'glossary' && first ? first : c.title;
    const snippet = document.createElement('span');
    snippet.className = 'excerpt';
    snippet.dataset.snippetFor = c.id;
    const a = link(href(first), title, snippet, 'title');
    li.append(label, a);
    snippetJobs.set(snippet, { result: ranked.result, title: c.title, heading: c.type === 'glossary' ? first : undefined });
    snippets?.observe(snippet);
    const more = c.type === 'guide' ? ranked.sections.slice(1, 3) : [];
    if (more.length) {
      const nested = document.createElement('ul');
      nested.className = 'search-subs';
      for (const heading of more) {
        const item = document.createElement('li');
        item.append(link(href(heading), heading, null, 'sub'));
        nested.append(item);
      }
      li.append(nested);
    }
    return li;
  }

  /** @type {WeakMap<HTMLElement, { result: Result, title: string, heading: string | undefined }>} */
  const snippetJobs = new WeakMap();

  /**
   * Fills each result's snippet once it is on screen: the sentence of the page that best shows why it
   * matched, or for a glossary term its definition (Pagefind's excerpt of that section).
   * @param {any[]} terms @param {any} q
   */
  function watchSnippets(terms, q) {
    return new IntersectionObserver((entries, observer) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const el = /** @type {HTMLElement} */ (entry.target);
        observer.unobserve(el);
        const job = snippetJobs.get(el);
        if (!job) continue;
        job.result.data().then((/** @type {ResultData & { content?: string }} */ page) => {
          const sub = job.heading ? page.sub_results?.find((r) => r.title === job.heading) : undefined;
          el.replaceChildren(sub ? safeExcerpt(sub.excerpt, q.CITATION)
            : highlighted(q.bestSentence(page.content ?? '', terms, job.title, locale === 'zh-cn' ? 90 : 180)));
        }, () => {});
      }
    });
  }

  /** @param {{ text: string, marks: [number, number][] }} sentence */
  function highlighted({ text, marks }) {
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of marks) {
      fragment.append(document.createTextNode(text.slice(at, start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      at = end;
    }
    fragment.append(document.createTextNode(text.slice(at)));
    return fragment;
  }

  /** @param {string} href @param {string} heading @param {HTMLElement | null} snippet @param {string} kind */
  function link(href, heading, snippet, kind) {
    const a = document.createElement('a');
    a.href = href;
    const title = document.createElement('span');
    title.className = kind;
    title.textContent = heading;
    a.append(title);
    if (snippet) a.append(snippet);
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
