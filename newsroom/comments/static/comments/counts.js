// Comment counts on article cards: one request for every card on the page. Without
// JavaScript the cards keep a plain "Comments" link.
(function () {
  "use strict";
  function fill() {
    var links = document.querySelectorAll("[data-comment-count-for]");
    if (!links.length) return;
    var ids = Array.from(new Set(Array.from(links).map(function (a) { return a.getAttribute("data-comment-count-for"); })));
    fetch("/api/comment-counts?ids=" + ids.slice(0, 100).join(",")).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (data) {
      if (!data) return;
      links.forEach(function (link) {
        var count = data.counts[link.getAttribute("data-comment-count-for")];
        if (count === undefined) return;
        var label = link.textContent.trim();
        link.textContent = count + " · " + label;
        link.setAttribute("aria-label", count + " " + label);
      });
    }).catch(function () {});
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fill);
  else fill();
})();
