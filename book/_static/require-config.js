// Glue between the self-hosted widget manager and the rest of the page. Loaded after
// require.js and before @jupyter-widgets/html-manager (see _config.yml).
(function () {
  // 1. Each module of the manager's bundle (@jupyter-widgets/base, /controls, /html-manager)
  //    finds its fonts next to the URL require.js gives the module; without this mapping that
  //    URL is relative to each page (notebooks/@jupyter-widgets/...) and the icon fonts 404.
  var here = document.currentScript.src;
  var folder = here.slice(0, here.lastIndexOf("/") + 1);
  require.config({
    paths: {
      "@jupyter-widgets/html-manager/dist": folder + "course-js/html-manager",
      "@jupyter-widgets": folder + "course-js/html-manager",
    },
  });

  // 2. The manager typesets widget labels with MathJax 2's MathJax.Hub.Queue, but the book
  //    loads MathJax 3, which has no Hub: every label would log a TypeError. Give whatever
  //    object is window.MathJax (the page's config, then MathJax 3 itself) a Hub that
  //    forwards to MathJax 3's typesetPromise.
  var hub = {
    Queue: function (command) {
      var element = command && command[2];
      var mathjax = window.MathJax;
      if (element && mathjax && typeof mathjax.typesetPromise === "function") {
        mathjax.typesetPromise([element]).catch(function () {});
      }
    },
  };
  function withHub(value) {
    if (value && typeof value === "object" && !("Hub" in value)) {
      Object.defineProperty(value, "Hub", { value: hub, enumerable: false });
    }
    return value;
  }
  var current = withHub(window.MathJax);
  Object.defineProperty(window, "MathJax", {
    configurable: true,
    get: function () { return current; },
    set: function (value) { current = withHub(value); },
  });
})();
