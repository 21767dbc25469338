// Inline after each tool island. Starts the page's own module (the island's code) once the page's
// first content is on screen, not while the page is still being read: the build-time page appears
// without waiting for that code, and on a slow link the code does not compete with it for bandwidth.
// The build moves the page's module script address into data-entry (integrations/island-entry.ts);
// without one (the dev server) the page loads its script as written and this does nothing.
(function (script) {
var entry = script && script.getAttribute('data-entry'), started = 0;
if (!entry) return;
function load() { if (!started) { started = 1; import(entry); } }
function soon() { setTimeout(load); }
// A page opened in a background tab is not painted until shown; there is nothing to wait for.
if (document.visibilityState == 'hidden') return load();
var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
if (types && types.indexOf('paint') >= 0) {
new PerformanceObserver(function (list, observer) {
if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); soon(); }
}).observe({ type: 'paint', buffered: true });
}
// Without paint timing: a frame callback runs just before the first paint, a task queued from it just after.
else requestAnimationFrame(soon);
// Should no paint ever be reported, the tool still wakes.
setTimeout(load, 3000);
})(document.currentScript);
