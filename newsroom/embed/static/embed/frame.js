/* The comment frame on another site: reads the thread from the JSON API (the page has
   its first comments already, for readers without JavaScript), posts, replies and votes
   through it with the frame's own cookie (set by /embed/session/ after signing in in a
   window of its own), and tells the embedding page its height (to that page's origin
   only). */
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
  var more = root.querySelector("[data-more]");
  var canWrite = false;

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

  function button(text, className, label) {
    var made = document.createElement("button");
    made.type = "button";
    made.className = className;
    made.textContent = text;
    if (label) made.setAttribute("aria-label", label);
    return made;
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
    time.textContent = new Date(item.created_at).toLocaleString(document.documentElement.lang);
    var score = document.createElement("span");
    score.dataset.score = "";
    score.setAttribute("aria-label", strings.score);
    score.textContent = String(item.score);
    meta.append(name, " · ", time, " · ", score);
    var body = document.createElement("div");
    body.className = "embed__body";
    if (item.deleted) body.textContent = strings.deleted;
    // Rendered from Markdown and cleaned by an allowlist on the server when written.
    else body.innerHTML = item.html;
    li.append(meta, body);
    if (!item.deleted) {
      var tools = document.createElement("p");
      tools.className = "embed__tools";
      tools.dataset.tools = "";
      tools.hidden = !canWrite;
      var up = button("▲", "link", strings.voteUp);
      var down = button("▼", "link", strings.voteDown);
      up.addEventListener("click", function () { vote(li, item.id, 1); });
      down.addEventListener("click", function () { vote(li, item.id, -1); });
      tools.append(up, " ", down);
      if (root.dataset.open === "true") {
        var reply = button(strings.reply, "link");
        reply.dataset.reply = "";
        reply.addEventListener("click", function () { openReply(li, item.id); });
        tools.append(" · ", reply);
      }
      var said = document.createElement("span");
      said.className = "embed__said";
      said.dataset.said = "";
      said.setAttribute("role", "status");
      tools.append(" ", said);
      li.append(tools);
    }
    if (item.replies && item.replies.length) {
      var replies = document.createElement("ol");
      replies.className = "embed__replies";
      item.replies.forEach(function (child) { replies.append(commentItem(child)); });
      li.append(replies);
    }
    return li;
  }

  function showMore(cursor) {
    if (!more) return;
    more.hidden = !cursor;
    more.dataset.cursor = cursor || "";
  }

  function threadPath(cursor) {
    var path = "/api/articles/" + article + "/comments";
    return cursor ? path + "?cursor=" + encodeURIComponent(cursor) : path;
  }

  function loadThread() {
    return api("GET", threadPath()).then(function (answer) {
      if (answer.status !== 200) return;
      list.replaceChildren.apply(list, answer.data.items.map(commentItem));
      root.querySelector("[data-count]").textContent = "(" + answer.data.comment_count + ")";
      showMore(answer.data.next_cursor);
      tellHeight();
    });
  }

  function loadMore(event) {
    event.preventDefault();
    api("GET", threadPath(more.dataset.cursor)).then(function (answer) {
      if (answer.status !== 200) return;
      answer.data.items.forEach(function (item) {
        // A comment already shown (the thread moved while reading) is not shown twice.
        if (!list.querySelector("[data-comment-id='" + item.id + "']")) list.append(commentItem(item));
      });
      showMore(answer.data.next_cursor);
      tellHeight();
    });
  }

  function vote(li, id, value) {
    api("POST", "/api/comments/" + id + "/vote", { value: value }).then(function (answer) {
      if (answer.status === 200) {
        li.querySelector("[data-score]").textContent = String(answer.data.score);
        return;
      }
      if (answer.status === 401) showReader(null);
      say(answer.data.detail || strings.failed, li.querySelector(":scope > [data-tools]"));
    }, function () { say(strings.failed, li.querySelector(":scope > [data-tools]")); });
  }

  function openReply(li, id) {
    var open = li.querySelector(":scope > [data-reply-form]");
    if (open) { open.querySelector("textarea").focus(); return; }
    var replyForm = document.createElement("form");
    replyForm.className = "embed__form";
    replyForm.dataset.replyForm = "";
    var textarea = document.createElement("textarea");
    textarea.rows = 3;
    textarea.maxLength = 3000;
    textarea.required = true;
    textarea.setAttribute("aria-label", strings.yourReply);
    var warning = document.createElement("p");
    warning.className = "embed__warning";
    warning.setAttribute("role", "alert");
    warning.hidden = true;
    var submit = document.createElement("button");
    submit.type = "submit";
    submit.textContent = strings.postReply;
    var cancel = button(strings.cancel, "link");
    cancel.addEventListener("click", function () { replyForm.remove(); tellHeight(); });
    var message = document.createElement("p");
    message.className = "embed__message";
    message.dataset.message = "";
    message.setAttribute("role", "status");
    replyForm.append(textarea, warning, message, submit, cancel);
    li.querySelector(":scope > [data-tools]").after(replyForm);
    sendOnSubmit(replyForm, "/api/comments/" + id + "/replies", strings.postReply, function () {
      replyForm.remove();
    });
    textarea.focus();
    tellHeight();
  }

  function showReader(me) {
    if (!form) return;
    var signedIn = Boolean(me);
    form.hidden = !signedIn;
    signedOut.hidden = signedIn;
    who.hidden = !signedIn;
    if (signedIn) who.querySelector("[data-name]").textContent = me.display_name;
    canWrite = signedIn;
    list.querySelectorAll("[data-tools]").forEach(function (tools) { tools.hidden = !signedIn; });
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

  // Says how a post or vote went: in the form it came from, or the comment form.
  function say(text, where) {
    var place = (where || form || root).querySelector("[data-message], [data-said]");
    if (place) place.textContent = text;
    tellHeight();
  }

  if (form) {
    signedOut.querySelector("[data-sign-in]").addEventListener("click", signIn);
    who.querySelector("[data-sign-out]").addEventListener("click", function () {
      api("DELETE", "/embed/session/").then(function () { showReader(null); });
    });
    sendOnSubmit(form, "/api/articles/" + article + "/comments", form.querySelector("[data-submit]").textContent);
  }
  if (more) more.addEventListener("click", loadMore);

  // Posts a form's text to `path` as the API wants it: one warning first for a likely
  // toxic text (then "post it anyway"), a key per post so a retry cannot post twice.
  function sendOnSubmit(target, path, label, done) {
    var warned = false;
    var postKey = newKey();
    target.addEventListener("submit", function (event) {
      event.preventDefault();
      var textarea = target.querySelector("textarea");
      var warning = target.querySelector("[role=alert]");
      var submit = target.querySelector("[type=submit]");
      submit.disabled = true;
      api("POST", path, {
        body: textarea.value,
        warned: warned,
        idempotency_key: postKey,
      }).then(function (answer) {
        submit.disabled = false;
        if (answer.status === 201) {
          textarea.value = "";
          warned = false;
          warning.hidden = true;
          submit.textContent = label;
          postKey = newKey();
          var held = answer.data.status !== "published";
          say(held ? strings.held + " " + answer.data.status_reason : strings.posted);
          if (done) done();
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
        say(answer.data.detail || strings.failed, target);
      }, function () {
        submit.disabled = false;
        say(strings.failed, target);
      });
    });
  }

  if (window.ResizeObserver) new ResizeObserver(tellHeight).observe(document.body);
  var start = document.hasStorageAccess ? document.hasStorageAccess() : Promise.resolve(false);
  start.catch(function () { return false; }).then(function () { return loadMe(); }).then(loadThread);
})();
