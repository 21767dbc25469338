// Inline bootstrap (see BaseLayout). Static text, so its CSP hash is computed once in astro.config.mjs.
(function () {
// Bootstrap: the only script on reading pages. It loads the search code on first use and the footer's
// "clear my data" code on its first press; nothing else is fetched until the visitor asks.
var me = document.currentScript;
var searchUiUrl = me.dataset.searchUi;
var storagePrefix = me.dataset.storagePrefix;
var loadSearch = function () { return import(searchUiUrl); };
var openSearch = function (event) {
  if (event) event.preventDefault();
  loadSearch().then(function (m) { m.openSearchDialog(); }, function () { location.href = document.querySelector('[data-search-open]').href; });
};
document.addEventListener('click', function (event) {
  var el = event.target instanceof Element ? event.target : null;
  if (!el) return;
  if (el.closest('[data-search-open]') && !event.metaKey && !event.ctrlKey && !event.shiftKey) openSearch(event);
  var clear = el.closest('[data-clear-data]');
  // The clearing code loads on the button's first press; offline, the button says storage is unavailable.
  if (clear) import(me.dataset.clearModule).then(function (m) { m.clearData(clear, storagePrefix); }, function () {
    document.querySelector('[data-clear-status]').textContent = clear.dataset.unavailable;
  });
});
document.addEventListener('keydown', function (event) {
  var el = event.target;
  var typing = el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  if ((event.key === '/' && !typing) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) openSearch(event);
});
// A page opened from a search result marks the words that were searched for (Pagefind's highlighter).
if (/[?&]pagefind-highlight=/.test(location.search)) import('/pagefind/pagefind-highlight.js').then(function () { new window.PagefindHighlight({ highlightParam: 'pagefind-highlight' }); }, function () {});
var searchPage = document.querySelector('[data-search-page]');
if (searchPage) loadSearch().then(function (m) { m.mountSearch(searchPage); });
var clearButton = document.querySelector('[data-clear-data]');
if (clearButton) clearButton.hidden = false;
    
})();
