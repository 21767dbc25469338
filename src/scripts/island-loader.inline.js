// Inline after each tool island. Starts the page's own module (the island's code) once the first
// frame is painted, not while the page is still being read: the build-time page appears without
// waiting for that code, and on a slow link the code does not compete with the page for bandwidth.
// The build moves the page's module script address into data-entry (integrations/island-entry.ts);
// without one (the dev server) the page loads its script as written and this does nothing.
(function (script) {
var entry = script && script.getAttribute('data-entry');
if (!entry) return;
var started = false;
function load() {
if (started) return;
started = true;
import(entry);
}
// A frame callback runs just before the paint; a task queued from it runs just after.
requestAnimationFrame(function () { setTimeout(load, 0); });
// A page opened in a background tab is not painted until shown; its tool loads anyway.
setTimeout(load, 500);
})(document.currentScript);
