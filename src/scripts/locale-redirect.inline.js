// Sends the visitor to the locale the browser prefers. Static text: its CSP hash is computed in astro.config.mjs.
(function () {
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  var target = 'zh-cn';
  for (var i = 0; i < langs.length; i++) {
    var tag = String(langs[i]).toLowerCase();
    if (tag.indexOf('zh') === 0) { target = 'zh-cn'; break; }
    if (tag.indexOf('en') === 0) { target = 'en'; break; }
  }
  location.replace('/' + target + '/' + location.hash);
})();
    
