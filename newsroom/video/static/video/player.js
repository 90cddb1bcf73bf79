/* The video player: the HLS ladder through hls.js (or the browser's own HLS), captions,
   keyboard control and "copy link at this time", on the page's <video> element.
   Without JavaScript the native <video controls> plays the MP4 and stays. */
(function () {
  "use strict";
  if (window.newsroomVideoPlayer) return; // included once per player; set up all at once
  window.newsroomVideoPlayer = true;

  var SEEK_STEP = 5;
  var SEEK_PAGE = 30;
  var HLS_TYPE = "application/vnd.apple.mpegurl";

  function clock(seconds) {
    var total = Math.max(0, Math.round(seconds || 0));
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var secs = String(total % 60).padStart(2, "0");
    return hours ? hours + ":" + String(minutes).padStart(2, "0") + ":" + secs : minutes + ":" + secs;
  }

  // "#t=75" (or "#t=1:15") in the address starts the video there, as a copied link asks.
  function startTime() {
    var match = /(?:^#|&)t=(\d+(?::\d{1,2}){0,2})(?:&|$)/.exec(window.location.hash);
    if (!match) return 0;
    return match[1].split(":").reduce(function (sum, part) { return sum * 60 + Number(part); }, 0);
  }

  function attachStream(video, playlist) {
    // hls.js where Media Source Extensions exist (it picks the rung for the bandwidth);
    // otherwise the browser's own HLS (Safari, iOS); otherwise the MP4 <source> stays.
    // The page says preload="none", so nothing of the MP4 was fetched before this.
    if (window.Hls && window.Hls.isSupported()) {
      var hls = new window.Hls({ enableWorker: false, capLevelToPlayerSize: true });
      hls.loadSource(playlist);
      hls.attachMedia(video);
      video.dataset.engine = "hls.js";
      return;
    }
    if (video.canPlayType(HLS_TYPE)) {
      video.src = playlist;
      video.dataset.engine = "native";
      return;
    }
    video.dataset.engine = "mp4";
  }

  function setUp(player) {
    var video = player.querySelector("[data-video]");
    var controls = player.querySelector("[data-video-controls]");
    var play = player.querySelector("[data-video-play]");
    var seek = player.querySelector("[data-video-seek]");
    var volume = player.querySelector("[data-video-volume]");
    var mute = player.querySelector("[data-video-mute]");
    var elapsed = player.querySelector("[data-video-elapsed]");
    var total = player.querySelector("[data-video-total]");
    var captions = player.querySelector("[data-video-captions]");
    var fullscreen = player.querySelector("[data-video-fullscreen]");
    var copy = player.querySelector("[data-video-copy]");
    var status = player.querySelector("[data-video-status]");
    var labels = player.dataset;
    var live = "live" in player.dataset;
    var dragging = false;

    video.controls = false;
    controls.hidden = false;
    attachStream(video, player.dataset.playlist);

    function duration() {
      if (isFinite(video.duration) && video.duration > 0) return video.duration;
      return seek ? Number(seek.max) : 0;
    }

    function showPosition() {
      if (!seek) return;
      elapsed.textContent = clock(video.currentTime);
      if (!dragging) seek.value = Math.floor(video.currentTime);
      seek.setAttribute(
        "aria-valuetext",
        labels.labelPosition.replace("%(elapsed)s", clock(video.currentTime)).replace("%(total)s", clock(duration()))
      );
    }

    function showPlaying() {
      var playing = !video.paused && !video.ended;
      play.setAttribute("aria-label", playing ? labels.labelPause : labels.labelPlay);
      player.classList.toggle("is-playing", playing);
    }

    function seekTo(seconds) {
      if (live) return;
      video.currentTime = Math.min(Math.max(0, seconds), duration());
      showPosition();
    }

    function togglePlay() {
      if (video.paused || video.ended) {
        video.play().catch(function () { showPlaying(); });
      } else {
        video.pause();
      }
    }

    function captionTracks() {
      return Array.prototype.filter.call(video.textTracks, function (track) {
        return track.kind === "captions" || track.kind === "subtitles";
      });
    }

    function setCaptions(on) {
      var tracks = captionTracks();
      var language = document.documentElement.lang;
      var chosen = tracks.filter(function (t) { return t.language === language; })[0] || tracks[0];
      tracks.forEach(function (track) { track.mode = on && track === chosen ? "showing" : "disabled"; });
      if (captions) captions.setAttribute("aria-pressed", on && chosen ? "true" : "false");
    }

    play.addEventListener("click", togglePlay);
    video.addEventListener("click", togglePlay);
    video.addEventListener("play", showPlaying);
    video.addEventListener("pause", showPlaying);
    video.addEventListener("ended", showPlaying);
    video.addEventListener("timeupdate", showPosition);
    video.addEventListener("loadedmetadata", function () {
      if (seek) {
        seek.max = Math.floor(duration());
        total.textContent = clock(duration());
      }
      var start = startTime();
      if (start && !live) seekTo(start);
      showPosition();
    });

    if (seek) {
      seek.addEventListener("input", function () {
        dragging = true;
        seekTo(Number(seek.value));
      });
      seek.addEventListener("change", function () { dragging = false; });
      // As the podcast player: arrows move five seconds, Page Up/Down thirty, Home and
      // End to either end; right-to-left pages swap the arrows.
      seek.addEventListener("keydown", function (event) {
        var rtl = getComputedStyle(seek).direction === "rtl";
        var moves = { ArrowUp: SEEK_STEP, ArrowDown: -SEEK_STEP, PageUp: SEEK_PAGE, PageDown: -SEEK_PAGE };
        moves[rtl ? "ArrowLeft" : "ArrowRight"] = SEEK_STEP;
        moves[rtl ? "ArrowRight" : "ArrowLeft"] = -SEEK_STEP;
        if (event.key in moves) {
          seekTo(video.currentTime + moves[event.key]);
        } else if (event.key === "Home") {
          seekTo(0);
        } else if (event.key === "End") {
          seekTo(duration());
        } else {
          return;
        }
        event.preventDefault();
      });
    }

    volume.addEventListener("input", function () {
      video.volume = Number(volume.value);
      video.muted = video.volume === 0;
    });
    mute.addEventListener("click", function () { video.muted = !video.muted; });
    video.addEventListener("volumechange", function () {
      mute.setAttribute("aria-pressed", video.muted ? "true" : "false");
    });

    if (captions) {
      setCaptions(false);
      captions.addEventListener("click", function () {
        setCaptions(captions.getAttribute("aria-pressed") !== "true");
      });
    }

    fullscreen.addEventListener("click", function () {
      if (document.fullscreenElement) {
        document.exitFullscreen();
      } else if (player.requestFullscreen) {
        player.requestFullscreen().catch(function () {});
      }
    });

    if (copy) {
      copy.addEventListener("click", function () {
        var url = player.dataset.shareUrl + "#t=" + Math.floor(video.currentTime);
        var done = function () { status.textContent = labels.labelCopied; };
        var failed = function () { status.textContent = labels.labelCopyFailed + ": " + url; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(url).then(done, failed);
        } else {
          failed();
        }
      });
    }

    // Keys anywhere in the player outside its own buttons and sliders, as in most video
    // players: Space or K plays and pauses, the arrows seek, M mutes, C captions, F full.
    player.addEventListener("keydown", function (event) {
      if (event.target.closest("button, input, a") || event.ctrlKey || event.metaKey || event.altKey) return;
      var key = event.key.toLowerCase();
      if (key === " " || key === "k") togglePlay();
      else if (key === "arrowright") seekTo(video.currentTime + SEEK_STEP);
      else if (key === "arrowleft") seekTo(video.currentTime - SEEK_STEP);
      else if (key === "m") mute.click();
      else if (key === "c" && captions) captions.click();
      else if (key === "f") fullscreen.click();
      else return;
      event.preventDefault();
    });
    video.tabIndex = 0;

    showPlaying();
    showPosition();
  }

  function setUpAll() {
    document.querySelectorAll("[data-video-player]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
