// The moderation queue by keyboard: j/k move, a approves, r rejects (1-7 picks the
// reason), f features, x selects, o/u open, ? shows help. Every action is the item's own
// form sent with fetch; without this script the same forms post and redirect back.
(function () {
  "use strict";
  var list = document.querySelector(".mod-items");
  if (!list) return;
  var announce = document.querySelector("[data-announce]");
  var help = document.getElementById("mod-help");
  var rejectDialog = document.getElementById("mod-reject");
  var current = null;

  function items() { return Array.prototype.slice.call(list.querySelectorAll(".mod-item")); }
  function say(text) { if (announce) announce.textContent = text; }

  function select(item) {
    if (current) current.classList.remove("is-current");
    current = item || null;
    if (!current) return;
    current.classList.add("is-current");
    current.focus({ preventScroll: true });
    current.scrollIntoView({ block: "nearest" });
  }
  function move(step) {
    var all = items();
    if (!all.length) return;
    var index = current ? all.indexOf(current) : -1;
    select(all[Math.min(Math.max(index + step, 0), all.length - 1)]);
  }

  function send(form, extra) {
    var data = new FormData(form);
    Object.keys(extra || {}).forEach(function (key) { data.set(key, extra[key]); });
    return fetch(form.action, {
      method: "POST",
      body: data,
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok || !answer.ok) throw new Error(answer.message || "Failed");
        return answer;
      });
    });
  }

  function finish(item, answer) {
    var all = items();
    var next = all[all.indexOf(item) + 1] || all[all.indexOf(item) - 1];
    item.remove();
    say(answer.message);
    select(next);
    if (!items().length) window.location.reload();
  }

  function act(name, extra) {
    if (!current) return;
    var form = current.querySelector('form[data-action="' + name + '"]');
    if (!form) { say(current.getAttribute("data-id") + ": —"); return; }
    var item = current;
    item.classList.add("is-busy");
    send(form, extra).then(function (answer) {
      if (name === "feature") { item.classList.remove("is-busy"); say(answer.message); return; }
      finish(item, answer);
    }).catch(function (error) {
      item.classList.remove("is-busy");
      say(error.message);
      window.alert(error.message);
    });
  }

  // Reject: a small dialog, where a number picks the reason.
  var rejectForm = rejectDialog && rejectDialog.querySelector("form");
  function openReject() {
    if (!current || !current.querySelector('form[data-action="reject"]')) return;
    rejectForm.reset();
    rejectDialog.showModal();
    var first = rejectForm.querySelector("input[type=radio]:checked");
    if (first) first.focus();
  }
  if (rejectDialog) {
    rejectDialog.addEventListener("keydown", function (event) {
      if (event.target.name === "dialog-note") return;
      var number = parseInt(event.key, 10);
      var radios = rejectForm.querySelectorAll("input[type=radio]");
      if (number >= 1 && number <= radios.length) {
        radios[number - 1].checked = true;
        radios[number - 1].focus();
        event.preventDefault();
      } else if (event.key === "Enter") {
        event.preventDefault();
        rejectDialog.close("confirm");
      }
    });
    rejectDialog.addEventListener("close", function () {
      if (rejectDialog.returnValue !== "confirm") { if (current) current.focus(); return; }
      var reason = rejectForm.querySelector("input[type=radio]:checked");
      act("reject", { reason: reason ? reason.value : "other", note: rejectForm.elements["dialog-note"].value });
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea" || document.querySelector("dialog[open]")) return;
    var handled = true;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": act("approve"); break;
      case "r": openReject(); break;
      case "f": act("feature"); break;
      case "x": if (current) { var box = current.querySelector("input[type=checkbox]"); box.checked = !box.checked; } break;
      case "o": if (current) { var link = current.querySelector(".mod-item__context a"); if (link) window.location = link.href; } break;
      case "u": if (current) { var who = current.querySelector(".mod-item__author a"); if (who) window.location = who.href; } break;
      case "?": help.showModal(); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });
  document.querySelectorAll("[data-help]").forEach(function (button) {
    button.addEventListener("click", function () { help.showModal(); });
  });
  list.addEventListener("click", function (event) {
    var item = event.target.closest(".mod-item");
    if (item) select(item);
  });

  // Live: new comments arriving in this queue are announced, not pushed into the list,
  // so the item under the moderator's hand never moves.
  var arrivals = document.querySelector("[data-arrivals]");
  var latest = list.getAttribute("data-latest");
  function poll() {
    fetch(list.getAttribute("data-updates-url") + "&after=" + latest, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        Object.keys(data.counts).forEach(function (key) {
          document.querySelectorAll('[data-count="' + key + '"]').forEach(function (el) { el.textContent = data.counts[key]; });
        });
        if (data.arrived > 0) {
          var text = data.arrived === 1 ? arrivals.getAttribute("data-one") : arrivals.getAttribute("data-many");
          arrivals.textContent = text.replace("{n}", data.arrived);
          arrivals.parentNode.hidden = false;
        }
      })
      .catch(function () {});
  }
  if (arrivals) {
    arrivals.addEventListener("click", function () { window.location.reload(); });
    window.setInterval(poll, 5000);
  }
  select(items()[0]);
})();
