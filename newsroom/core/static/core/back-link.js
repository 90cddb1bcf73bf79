// "Go back" links (data-back-link): back in the browser's history, keeping what the
// reader typed in the page before; without JavaScript the link's own address is used.
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-back-link]");
  if (link && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
