// The header menu is a <details>: open by default, so it works without JavaScript. On a narrow screen (below the
// breakpoint of site.css) this folds it into its "Menu" button, and unfolds it again when the screen widens.
(function () {
  var menu = document.querySelector("[data-compact-menu]");
  if (!menu || !window.matchMedia) return;
  var narrow = window.matchMedia("(max-width: 47.99em)");
  function apply() { menu.open = !narrow.matches; }
  apply();
  if (narrow.addEventListener) narrow.addEventListener("change", apply);
})();
