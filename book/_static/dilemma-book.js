// The course's own script for the book site (added by book/_ext/dilemma_book.py).
// The theme's "download" menu links a notebook page to its .ipynb with target="_blank", so a
// browser shows the notebook's JSON in a new tab. Ask the browser to save the file instead.
//
// MyST-NB labels the "Show code cell source" toggle of a folded cell "Toggle hidden content",
// which a screen reader announces instead of the words on the button (axe:
// label-content-name-mismatch). Let the button's visible words name it.
(function () {
  function nameToggles() {
    document.querySelectorAll("details.hide > summary[aria-label]").forEach(function (s) {
      s.removeAttribute("aria-label");
    });
  }
  function markDownloads() {
    document.querySelectorAll('a.btn-download-source-button[href$=".ipynb"]').forEach(
      function (link) {
        link.setAttribute("download", link.getAttribute("href").split("/").pop());
        link.removeAttribute("target");
      });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", markDownloads);
    document.addEventListener("DOMContentLoaded", nameToggles);
  } else {
    markDownloads();
    nameToggles();
  }
})();
