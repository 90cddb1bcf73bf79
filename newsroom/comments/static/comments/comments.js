// The comment section's in-page behaviour. Everything here is an enhancement: without
// JavaScript the same links and forms work as ordinary pages and posts.
(function () {
  "use strict";

  var section = document.getElementById("comments");

  // --- Formatting toolbar --------------------------------------------------------
  var WRAP = { bold: ["**", "**"], italic: ["*", "*"], code: ["`", "`"] };
  var PREFIX = { quote: function () { return "> "; }, bullets: function () { return "- "; },
                 numbers: function (i) { return (i + 1) + ". "; } };

  function format(textarea, kind) {
    var start = textarea.selectionStart, end = textarea.selectionEnd;
    var text = textarea.value, selected = text.slice(start, end);
    var replacement;
    if (WRAP[kind]) {
      replacement = WRAP[kind][0] + (selected || "") + WRAP[kind][1];
    } else {
      var lines = (selected || "").split("\n");
      replacement = lines.map(function (line, i) { return PREFIX[kind](i) + line; }).join("\n");
      if (start > 0 && text[start - 1] !== "\n") replacement = "\n" + replacement;
    }
    textarea.setRangeText(replacement, start, end, selected ? "select" : "end");
    if (!selected && WRAP[kind]) {
      var caret = start + WRAP[kind][0].length;
      textarea.setSelectionRange(caret, caret);
    }
    textarea.focus();
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-format]");
    if (!button) return;
    var form = button.closest("form");
    var textarea = form && form.querySelector("textarea");
    if (textarea) format(textarea, button.getAttribute("data-format"));
  });

  // --- Length counter ------------------------------------------------------------
  function updateCount(textarea) {
    var form = textarea.closest("form");
    var counter = form && form.querySelector(".char-count");
    if (!counter) return;
    var limit = parseInt(counter.getAttribute("data-limit"), 10);
    var left = limit - textarea.value.length;
    counter.textContent = left + " / " + limit;
    counter.classList.toggle("char-count--low", left < 100);
  }
  document.addEventListener("input", function (event) {
    if (event.target.matches("form[data-comment-form] textarea")) updateCount(event.target);
  });

  // --- Local times -----------------------------------------------------------------
  var dateFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "numeric", day: "numeric" });
  var timeFormat = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });
  function localTimes(root) {
    root.querySelectorAll("time[data-local-time]").forEach(function (el) {
      var when = new Date(el.getAttribute("datetime"));
      if (!isNaN(when)) el.textContent = dateFormat.format(when) + ", " + timeFormat.format(when);
    });
  }

  function enhance(root) {
    root.querySelectorAll(".toolbar[hidden]").forEach(function (bar) { bar.hidden = false; });
    root.querySelectorAll("form[data-comment-form] textarea").forEach(updateCount);
    localTimes(root);
  }

  // --- htmx: errors shown beside the form, forms reset after posting ----------------
  document.addEventListener("htmx:responseError", function (event) {
    var origin = event.detail.elt;
    var form = origin.closest("form") || origin;
    var slot = form.querySelector && form.querySelector("[data-form-error]");
    var message = event.detail.xhr.responseText || "Something went wrong; please try again.";
    if (slot) { slot.textContent = message; slot.hidden = false; }
    else { window.alert(message); }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var elt = event.detail.elt;
    if (!event.detail.successful || !elt.matches || !elt.matches("form[data-comment-form]")) return;
    // A warning came back in place of the form: the reader's text is in it, keep it.
    if (event.detail.xhr.getResponseHeader("HX-Retarget")) return;
    var slot = elt.querySelector("[data-form-error]");
    if (slot) slot.hidden = true;
    if (elt.querySelector("input[name=parent]")) { elt.remove(); return; }
    var textarea = elt.querySelector("textarea");
    if (textarea && !elt.classList.contains("comment-form--edit")) {
      textarea.value = "";
      updateCount(textarea);
      var preview = elt.querySelector(".comment-form__preview");
      if (preview) preview.innerHTML = "";
      var empty = section && section.querySelector(".comments__empty");
      if (empty) empty.remove();
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) { enhance(event.detail.target.parentNode || document); });

  // --- Sort menu: once the new order is in place, say so and close the menu ----------
  document.addEventListener("htmx:afterRequest", function (event) {
    var option = event.detail.elt;
    var menu = event.detail.successful && option.closest && option.closest(".sort-menu");
    if (!menu) return;
    menu.open = false;
    menu.querySelector("summary strong").textContent = option.textContent;
    menu.querySelectorAll("a[aria-current]").forEach(function (a) { a.removeAttribute("aria-current"); });
    option.setAttribute("aria-current", "true");
  });

  // --- Live updates ----------------------------------------------------------------
  function liveUpdates() {
    if (!section || !window.EventSource) return;
    var button = section.querySelector(".new-comments");
    var waiting = 0;
    function announce(count) {
      waiting = count;
      button.hidden = waiting === 0;
      var text = waiting === 1 ? button.getAttribute("data-one") : button.getAttribute("data-many");
      button.textContent = text.replace("{n}", waiting);
    }
    button.addEventListener("click", function () {
      var sort = (section.querySelector(".comment-list") || section).getAttribute("data-sort") || "updated";
      var url = section.getAttribute("data-thread-url") + "?sort=" + encodeURIComponent(sort) + "&fresh=" + Date.now();
      window.htmx.ajax("GET", url, { target: "#comment-list", swap: "innerHTML" }).then(function () {
        announce(0);
      });
    });
    var source = new EventSource(section.getAttribute("data-events-url"));
    source.addEventListener("comment", function (message) {
      var data = JSON.parse(message.data);
      // The reader's own new comment may be announced before the answer to their post
      // has put it on the page: look again once that answer has had time to arrive.
      window.setTimeout(function () {
        if (!document.getElementById("c" + data.id)) announce(waiting + 1);
      }, 1500);
    });
    source.addEventListener("score", function (message) {
      var data = JSON.parse(message.data);
      document.querySelectorAll('[data-score-for="' + data.id + '"] .score').forEach(function (el) {
        el.textContent = data.score;
      });
    });
    // A page served from the shared cache may be a few seconds old: compare its count
    // with the current one and offer what it is missing.
    var shown = parseInt(section.querySelector("[data-comment-count]").getAttribute("data-comment-count"), 10);
    var articleId = section.getAttribute("data-events-url").match(/comments\/(\d+)\//)[1];
    fetch("/api/comment-counts?ids=" + articleId).then(function (r) { return r.json(); }).then(function (data) {
      var now = data.counts[articleId] || 0;
      if (now > shown) announce(now - shown);
    }).catch(function () {});
  }

  // --- A shared page, personalised ------------------------------------------------
  // A signed-in reader's browser may be sent the same cached article page as everyone
  // (see core/page_cache.py). It then fetches the section every signed-in reader starts
  // from (also cached, the same for all) and this reader's own parts as JSON — token,
  // name, votes, "Reported", their own cards with Edit and Delete — puts them in, and
  // swaps the section in with the header's account link. A reader with a comment of
  // their own waiting (or who may not write) gets the section drawn for them instead.
  // The cookie only says "this browser does that"; it grants nothing. Without
  // JavaScript it is never set.
  var READER_COOKIE = "nr_reader";
  function readerCookie(on) {
    var secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = READER_COOKIE + "=" + (on ? "1" : "") + "; path=/; SameSite=Lax; max-age="
      + (on ? 7 * 24 * 3600 : 0) + secure;
  }
  function hasReaderCookie() {
    return document.cookie.split("; ").some(function (c) { return c.indexOf(READER_COOKIE + "=1") === 0; });
  }
  function fetchText(url) {
    return fetch(url, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); });
  }
  function formKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function putInPlace(doc) {
    var mine = doc.getElementById("comments");
    Array.prototype.forEach.call(mine.attributes, function (a) { section.setAttribute(a.name, a.value); });
    section.innerHTML = mine.innerHTML;
    var link = doc.getElementById("account-link-for-reader");
    var header = document.querySelector(".account-link");
    if (link && header) header.innerHTML = link.innerHTML;
    if (window.htmx) window.htmx.process(section);
    readerCookie(true);
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  }
  function withOwnParts(doc, parts) {
    doc.querySelectorAll("input[name=csrfmiddlewaretoken]").forEach(function (input) { input.value = parts.csrf; });
    doc.querySelectorAll("input[name=idempotency_key]").forEach(function (input) { input.value = formKey(); });
    Object.keys(parts.votes).forEach(function (id) {
      var votes = doc.querySelector('[data-score-for="' + id + '"]');
      if (!votes) return;
      votes.querySelectorAll(".vote--up").forEach(function (b) { b.setAttribute("aria-pressed", String(parts.votes[id] === 1)); });
      votes.querySelectorAll(".vote--down").forEach(function (b) { b.setAttribute("aria-pressed", String(parts.votes[id] === -1)); });
    });
    parts.reported.forEach(function (id) {
      doc.querySelectorAll('#comment-' + id + '-content a.action[href$="/' + id + '/report/"]').forEach(function (a) {
        var done = doc.createElement("span");
        done.className = "action action--done";
        done.textContent = parts.reported_label;
        a.replaceWith(done);
      });
    });
    Object.keys(parts.own).forEach(function (id) {
      var card = doc.getElementById("comment-" + id + "-content");
      if (!card) return;
      var fresh = doc.createElement("template");
      fresh.innerHTML = parts.own[id];
      card.replaceWith(fresh.content);
    });
    var link = doc.getElementById("account-link-for-reader");
    var name = link && link.content.querySelector("[data-reader-name]");
    if (name) name.textContent = parts.name;
  }
  function wholeSection() {
    return fetchText(section.getAttribute("data-section-url") + location.search).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var mine = doc.getElementById("comments");
      if (!mine || !mine.getAttribute("data-signed-in")) { readerCookie(false); return; }
      putInPlace(doc);
    });
  }
  function personalise(done) {
    if (!section) return done();
    if (section.getAttribute("data-signed-in")) { readerCookie(true); return done(); }
    if (!hasReaderCookie()) return done();
    var query = new URLSearchParams(location.search);
    // A permalink or a later page is drawn for the reader (the shared one is page one).
    var own = query.has("comment") || query.has("after") ? wholeSection() : fetchText(
      section.getAttribute("data-shared-section-url") + (query.has("sort") ? "?sort=" + encodeURIComponent(query.get("sort")) : "")
    ).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var ids = Array.prototype.map.call(doc.querySelectorAll("li.comment[id^='c']"), function (li) { return li.id.slice(1); });
      var url = section.getAttribute("data-reader-parts-url") + "?ids=" + ids.join(",");
      return fetch(url, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (parts) {
          if (!parts.signed_in) { readerCookie(false); return; }
          if (parts.whole_section) return wholeSection();
          withOwnParts(doc, parts);
          putInPlace(doc);
        });
    });
    own.catch(function () {}).then(done);
  }

  function start() { personalise(function () { enhance(document); liveUpdates(); }); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
