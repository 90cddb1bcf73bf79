// Loads the proof-of-work widget (ALTCHA) only on pages with a form that uses it, also
// when such a form arrives later (a reader's own comment section, fetched by script).
// Its stylesheet is linked first under the id the widget checks, so the widget does
// not add an inline <style> element, which the Content-Security-Policy would refuse.
(function () {
  "use strict";
  var me = document.currentScript;
  var loaded = false;
  function load() {
    if (loaded || !document.querySelector("altcha-widget")) return;
    loaded = true;
    if (!document.getElementById("altcha-css")) {
      var link = document.createElement("link");
      link.id = "altcha-css";
      link.rel = "stylesheet";
      link.href = me.dataset.css;
      document.head.appendChild(link);
    }
    import(me.dataset.widget).then(function () {
      if (me.dataset.i18n) return import(me.dataset.i18n);
    });
  }
  function start() {
    load();
    if (loaded) return;
    var watcher = new MutationObserver(function () {
      load();
      if (loaded) watcher.disconnect();
    });
    watcher.observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
