/* unshame: small enhancements; every page works without this file.
 * - Locks the journal after the idle time the server uses (UNSHAME_LOCK_MINUTES),
 *   so her words do not stay on screen when she walks away.
 * - While she types, tells the server she is still here, so a long entry is not
 *   interrupted by the idle lock.
 */
(function () {
  "use strict";
  var seconds = Number(document.body.getAttribute("data-lock-seconds") || 0);
  var form = document.getElementById("lock-form");
  if (!seconds || !form) {
    return;
  }
  var timer = null;
  var lastPing = Date.now();

  function restart() {
    if (timer) {
      window.clearTimeout(timer);
    }
    timer = window.setTimeout(function () { form.submit(); }, seconds * 1000);
  }

  function stillHere() {
    restart();
    if (Date.now() - lastPing > 60000) {
      lastPing = Date.now();
      window.fetch("/api/session", { credentials: "same-origin", cache: "no-store" });
    }
  }

  ["input", "keydown", "pointerdown", "scroll"].forEach(function (name) {
    document.addEventListener(name, stillHere, { passive: true });
  });
  restart();
}());
