/* The sign-in window's last page: hand the one-time code to the comment frame that
   opened it (our own origin only), then close. */
(function () {
  "use strict";
  var main = document.querySelector("[data-handoff]");
  if (!window.opener) {
    main.querySelector("[data-lost]").hidden = false;
    return;
  }
  window.opener.postMessage(
    { type: "newsroom:signed-in", code: main.dataset.handoff },
    window.location.origin
  );
  window.setTimeout(function () { window.close(); }, 300);
})();
