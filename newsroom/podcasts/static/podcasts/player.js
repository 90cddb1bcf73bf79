/* The episode player: labelled controls for the page's <audio> element.
   Without JavaScript the native <audio controls> stays; with it, this takes over. */
(function () {
  "use strict";
  if (window.newsroomPlayer) return; // included once per player; set up all at once
  window.newsroomPlayer = true;

  var SEEK_STEP = 5;
  var SEEK_PAGE = 30;

  function clock(seconds) {
    var total = Math.max(0, Math.round(seconds || 0));
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var secs = String(total % 60).padStart(2, "0");
    return hours ? hours + ":" + String(minutes).padStart(2, "0") + ":" + secs : minutes + ":" + secs;
  }

  function setUp(player) {
    var audio = player.querySelector("[data-player-audio]");
    var controls = player.querySelector("[data-player-controls]");
    var play = player.querySelector("[data-player-play]");
    var seek = player.querySelector("[data-player-seek]");
    var volume = player.querySelector("[data-player-volume]");
    var elapsed = player.querySelector("[data-player-elapsed]");
    var total = player.querySelector("[data-player-total]");
    var copy = player.querySelector("[data-player-copy]");
    var status = player.querySelector("[data-player-status]");
    var labels = player.dataset;
    var dragging = false;

    audio.controls = false;
    controls.hidden = false;

    function duration() {
      return isFinite(audio.duration) && audio.duration > 0 ? audio.duration : Number(seek.max);
    }

    function showPosition() {
      elapsed.textContent = clock(audio.currentTime);
      if (!dragging) seek.value = Math.floor(audio.currentTime);
      seek.setAttribute(
        "aria-valuetext",
        labels.labelPosition.replace("%(elapsed)s", clock(audio.currentTime)).replace("%(total)s", clock(duration()))
      );
    }

    function showPlaying() {
      var playing = !audio.paused && !audio.ended;
      play.setAttribute("aria-label", playing ? labels.labelPause : labels.labelPlay);
      player.classList.toggle("is-playing", playing);
    }

    function seekTo(seconds) {
      audio.currentTime = Math.min(Math.max(0, seconds), duration());
      showPosition();
    }

    play.addEventListener("click", function () {
      if (audio.paused || audio.ended) {
        audio.play().catch(function () { showPlaying(); });
      } else {
        audio.pause();
      }
    });
    audio.addEventListener("play", showPlaying);
    audio.addEventListener("pause", showPlaying);
    audio.addEventListener("ended", showPlaying);
    audio.addEventListener("timeupdate", showPosition);
    audio.addEventListener("loadedmetadata", function () {
      seek.max = Math.floor(duration());
      total.textContent = clock(duration());
      showPosition();
    });

    seek.addEventListener("input", function () {
      dragging = true;
      seekTo(Number(seek.value));
    });
    seek.addEventListener("change", function () { dragging = false; });
    // Arrow keys move by five seconds (a one-second step is too fine to hear), Page
    // Up/Down by thirty, Home and End to either end. Right-to-left pages swap the arrows.
    seek.addEventListener("keydown", function (event) {
      var rtl = getComputedStyle(seek).direction === "rtl";
      var forward = rtl ? "ArrowLeft" : "ArrowRight";
      var back = rtl ? "ArrowRight" : "ArrowLeft";
      var moves = { ArrowUp: SEEK_STEP, ArrowDown: -SEEK_STEP, PageUp: SEEK_PAGE, PageDown: -SEEK_PAGE };
      moves[forward] = SEEK_STEP;
      moves[back] = -SEEK_STEP;
      if (event.key in moves) {
        seekTo(audio.currentTime + moves[event.key]);
      } else if (event.key === "Home") {
        seekTo(0);
      } else if (event.key === "End") {
        seekTo(duration());
      } else {
        return;
      }
      event.preventDefault();
    });

    volume.addEventListener("input", function () {
      audio.volume = Number(volume.value);
      audio.muted = audio.volume === 0;
    });

    copy.addEventListener("click", function () {
      var url = copy.dataset.url;
      var done = function () { status.textContent = labels.labelCopied; };
      var failed = function () { status.textContent = labels.labelCopyFailed + ": " + url; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done, failed);
      } else {
        failed();
      }
    });

    // Space anywhere in the player (outside its buttons and sliders, which have their
    // own keys) plays or pauses, as in most audio players.
    player.addEventListener("keydown", function (event) {
      if (event.key !== " " || event.target.closest("button, input, a")) return;
      event.preventDefault();
      play.click();
    });

    showPlaying();
    showPosition();
  }

  function setUpAll() {
    document.querySelectorAll("[data-player]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
