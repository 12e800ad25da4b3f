// The entry form without this script works as it is; with it, the totals (3), (7), (11) follow what is typed, and
// Enter or the arrow keys move between cells like a spreadsheet.
(function () {
  "use strict";
  var form = document.getElementById("entry-form");
  if (!form) return;
  function count(input) {
    var t = (input && input.value || "").trim().replace(/\./g, "");
    return /^\d+$/.test(t) ? parseInt(t, 10) : null;
  }
  function sum(row, cols) {
    var total = 0;
    for (var i = 0; i < cols.length; i++) {
      var v = count(row.querySelector('input[data-col="' + cols[i] + '"]'));
      if (v === null) return null;
      total += v;
    }
    return total;
  }
  var fmt = new Intl.NumberFormat(document.documentElement.lang === "en" ? "en-US" : "vi-VN");
  function show(row, col, value) {
    var cell = row.querySelector('[data-total="' + col + '"]');
    if (cell) cell.textContent = value === null ? "—" : fmt.format(value);
  }
  function update(row) {
    var resolved = sum(row, [8, 9, 10]);
    var pending = sum(row, [12, 13]);
    var handled = sum(row, [4, 5, 6]);
    if (handled === null && resolved !== null && pending !== null) handled = resolved + pending;
    show(row, 3, handled);
    show(row, 7, resolved);
    show(row, 11, pending);
  }
  form.addEventListener("input", function (e) {
    var row = e.target.closest("tr[data-field]");
    if (row) update(row);
  });
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input.cell"));
  var perRow = 8;
  form.addEventListener("keydown", function (e) {
    var i = inputs.indexOf(e.target);
    if (i < 0) return;
    var to = -1;
    if (e.key === "Enter" || e.key === "ArrowDown") to = i + perRow;
    else if (e.key === "ArrowUp") to = i - perRow;
    else if (e.key === "ArrowRight" && e.target.selectionStart === e.target.value.length) to = i + 1;
    else if (e.key === "ArrowLeft" && e.target.selectionStart === 0) to = i - 1;
    else return;
    if (e.key === "Enter" && to >= inputs.length) to = (i % perRow) + 1 < perRow ? (i % perRow) + 1 : -1;
    if (to < 0 || to >= inputs.length) { if (e.key === "Enter") e.preventDefault(); return; }
    e.preventDefault();
    inputs[to].focus();
    inputs[to].select();
  });
})();
