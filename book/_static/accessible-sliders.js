// ipywidgets draws its sliders with noUiSlider, whose handles (role="slider") have no
// accessible name, so a screen reader announces only a number. Name each handle after its
// widget's description label, as widgets appear on the page.
(function () {
  function nameHandles() {
    document.querySelectorAll(".widget-slider").forEach(function (slider) {
      var label = slider.querySelector(".widget-label");
      var handle = slider.querySelector(".noUi-handle");
      if (label && handle && !handle.hasAttribute("aria-label")) {
        handle.setAttribute("aria-label", label.textContent.trim());
      }
    });
  }
  new MutationObserver(nameHandles).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
})();
