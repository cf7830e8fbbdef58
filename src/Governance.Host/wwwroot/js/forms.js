// Forms (docs/web.md "Formulieren"): focus the error summary of a refused form, and count the characters left in a
// field with a maximum length. Without JavaScript the summary is still at the top and the limit is stated.
(function () {
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();

  document.querySelectorAll("[data-counter-for]").forEach(function (counter) {
    var field = document.getElementById(counter.getAttribute("data-counter-for"));
    var max = parseInt(counter.getAttribute("data-max"), 10);
    if (!field || !max) return;
    var number = new Intl.NumberFormat("nl-NL");
    function update() {
      var left = max - field.value.length;
      counter.textContent = left >= 0
        ? "Nog " + number.format(left) + (left === 1 ? " teken" : " tekens") + " (maximaal " + number.format(max) + ")."
        : number.format(-left) + (left === -1 ? " teken" : " tekens") + " te veel (maximaal " + number.format(max) + ").";
      counter.classList.toggle("governance-counter--over", left < 0);
    }
    // Announced politely, and only after typing pauses, so a screen reader is not interrupted on every key.
    var live = document.createElement("span");
    live.className = "visually-hidden";
    live.setAttribute("aria-live", "polite");
    counter.after(live);
    var timer;
    field.addEventListener("input", function () {
      update();
      clearTimeout(timer);
      timer = setTimeout(function () { live.textContent = counter.textContent; }, 800);
    });
    update();
  });
})();
