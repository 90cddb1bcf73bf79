/* The comment frame on another site: reads the thread from the JSON API, posts through
   it with the frame's own cookie (set by /embed/session/ after signing in in a window of
   its own), and tells the embedding page its height (to that page's origin only). */
(function () {
  "use strict";
  var root = document.querySelector("[data-embed]");
  var strings = document.querySelector("[data-strings]").dataset;
  var article = root.dataset.article;
  var parentOrigin = root.dataset.parentOrigin;
  var list = root.querySelector("[data-list]");
  var form = root.querySelector("[data-form]");
  var signedOut = root.querySelector("[data-signed-out]");
  var who = root.querySelector("[data-who]");
  var signInWindow = null;
  var storageAccess = Promise.resolve(false);
  var warned = false;
  var postKey = newKey();

  function newKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  function tellHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: "newsroom:height", height: height }, parentOrigin);
  }

  function api(method, path, body) {
    var options = { method: method, credentials: "same-origin", headers: { "X-Newsroom-Embed": "1" } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    });
  }

  function commentItem(item) {
    var li = document.createElement("li");
    li.className = "embed__comment";
    li.dataset.commentId = item.id;
    var meta = document.createElement("p");
    meta.className = "embed__meta";
    var name = document.createElement("strong");
    name.textContent = item.author;
    var time = document.createElement("time");
    time.dateTime = item.created_at;
    time.textContent = new Date(item.created_at).toLocaleString();
    meta.append(name, " · ", time, " · " + item.score);
    var body = document.createElement("div");
    body.className = "embed__body";
    if (item.deleted) body.textContent = strings.deleted;
    // Rendered from Markdown and cleaned by an allowlist on the server when written.
    else body.innerHTML = item.html;
    li.append(meta, body);
    if (item.replies && item.replies.length) {
      var replies = document.createElement("ol");
      replies.className = "embed__replies";
      item.replies.forEach(function (reply) { replies.append(commentItem(reply)); });
      li.append(replies);
    }
    return li;
  }

  function loadThread() {
    return api("GET", "/api/articles/" + article + "/comments").then(function (answer) {
      if (answer.status !== 200) return;
      list.replaceChildren.apply(list, answer.data.items.map(commentItem));
      root.querySelector("[data-count]").textContent = "(" + answer.data.comment_count + ")";
      tellHeight();
    });
  }

  function showReader(me) {
    if (!form) return;
    var signedIn = Boolean(me);
    form.hidden = !signedIn;
    signedOut.hidden = signedIn;
    who.hidden = !signedIn;
    if (signedIn) who.querySelector("[data-name]").textContent = me.display_name;
    tellHeight();
  }

  function loadMe() {
    return api("GET", "/api/me").then(function (answer) {
      showReader(answer.status === 200 ? answer.data : null);
      return answer.status === 200;
    });
  }

  function signIn() {
    // Storage access first, while the click still counts as the reader's: with it the
    // frame's cookie is shared by every site that embeds us; without it the cookie is
    // partitioned to this one. Then the top-level sign-in window.
    if (document.requestStorageAccess) {
      storageAccess = document.requestStorageAccess().then(
        function () { return true; },
        function () { return false; }
      );
    }
    signInWindow = window.open(root.dataset.signInUrl, "newsroom-sign-in", "popup,width=520,height=680");
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== window.location.origin || event.source !== signInWindow) return;
    var data = event.data;
    if (!data || data.type !== "newsroom:signed-in" || typeof data.code !== "string") return;
    storageAccess.then(function (granted) {
      return api("POST", "/embed/session/", { code: data.code, origin: parentOrigin, storage_access: granted });
    }).then(function (answer) {
      if (answer.status === 200) loadMe().then(loadThread);
    });
  });

  function say(text) {
    form.querySelector("[data-message]").textContent = text;
    tellHeight();
  }

  if (form) {
    signedOut.querySelector("[data-sign-in]").addEventListener("click", signIn);
    who.querySelector("[data-sign-out]").addEventListener("click", function () {
      api("DELETE", "/embed/session/").then(function () { showReader(null); });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var textarea = form.querySelector("textarea");
      var warning = form.querySelector("[data-warning]");
      var submit = form.querySelector("[data-submit]");
      submit.disabled = true;
      api("POST", "/api/articles/" + article + "/comments", {
        body: textarea.value,
        warned: warned,
        idempotency_key: postKey,
      }).then(function (answer) {
        submit.disabled = false;
        if (answer.status === 201) {
          textarea.value = "";
          warned = false;
          warning.hidden = true;
          postKey = newKey();
          var held = answer.data.status !== "published";
          say(held ? strings.held + " " + answer.data.status_reason : strings.posted);
          return loadThread();
        }
        if (answer.status === 422 && answer.data.code === "warning") {
          warned = true;
          warning.textContent = answer.data.warning;
          warning.hidden = false;
          submit.textContent = strings.postAnyway;
          return tellHeight();
        }
        if (answer.status === 401) showReader(null);
        say(answer.data.detail || strings.failed);
      }, function () {
        submit.disabled = false;
        say(strings.failed);
      });
    });
  }

  if (window.ResizeObserver) new ResizeObserver(tellHeight).observe(document.body);
  var start = document.hasStorageAccess ? document.hasStorageAccess() : Promise.resolve(false);
  start.catch(function () { return false; }).then(function () { return loadMe(); }).then(loadThread);
})();
