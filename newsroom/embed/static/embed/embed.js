/* Newsroom comments on another site: <script src="https://news.example/embed.js"
   data-article="42" async></script> puts the article's thread in a frame after the
   tag, and lets the frame set its own height. Only messages from our own origin, from
   that very frame, are listened to.
   A page that is not one of our articles has a thread of its own, opened on its first
   visit: data-url="https://blog.example/post" (empty: this page's canonical address),
   and/or data-thread-id="post-17" (a name that survives a change of address), with
   data-title (else the page's title) and data-lang (else the page's language). */
(function () {
  "use strict";

  function mount(script) {
    if (script.dataset.newsroomMounted) return;
    script.dataset.newsroomMounted = "1";
    var site = new URL(script.src, window.location.href).origin;
    var data = script.dataset;
    var params = new URLSearchParams({ origin: window.location.origin });
    if (data.article) {
      params.set("article", data.article);
    } else {
      var canonical = document.querySelector("link[rel=canonical]");
      params.set("url", data.url || (canonical && canonical.href) || window.location.href);
      if (data.threadId) params.set("thread", data.threadId);
      params.set("title", data.title || document.title || "");
      params.set("lang", data.lang || document.documentElement.lang || "");
    }
    var frame = document.createElement("iframe");
    frame.src = site + "/embed/comments/?" + params.toString();
    frame.title = script.dataset.title || "Comments";
    frame.setAttribute("scrolling", "no");
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = "240px";
    var target = script.dataset.target && document.getElementById(script.dataset.target);
    if (target) target.appendChild(frame);
    else script.parentNode.insertBefore(frame, script.nextSibling);

    window.addEventListener("message", function (event) {
      if (event.origin !== site || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.type !== "newsroom:height") return;
      var height = Number(data.height);
      if (!Number.isFinite(height)) return;
      frame.style.height = Math.max(60, Math.min(Math.ceil(height), 100000)) + "px";
    });
  }

  function wantsThread(script) {
    return ["data-article", "data-url", "data-thread-id"].some(function (name) {
      return script.hasAttribute(name);
    });
  }

  if (document.currentScript && wantsThread(document.currentScript)) {
    mount(document.currentScript);
  } else {
    document.querySelectorAll("script[src$='/embed.js']").forEach(function (script) {
      if (wantsThread(script)) mount(script);
    });
  }
})();

/* Counts beside links to our articles on the other site's pages:
   <a href="https://news.example/en/world/story/" data-newsroom-count></a> gets its
   count, for every such link on the page in one request. */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[src$='/embed.js']");
  if (!script) return;
  var site = new URL(script.src, window.location.href).origin;
  function fill() {
    var links = Array.from(document.querySelectorAll("[data-newsroom-count]")).slice(0, 100);
    if (!links.length) return;
    var params = new URLSearchParams();
    links.forEach(function (link) { params.append("url", link.dataset.url || link.href); });
    fetch(site + "/api/comment-counts/by-url?" + params.toString(), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : { counts: {} }; })
      .then(function (data) {
        links.forEach(function (link) {
          var count = data.counts[link.dataset.url || link.href];
          if (typeof count === "number") link.textContent = String(count);
        });
      });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fill);
  else fill();
})();
