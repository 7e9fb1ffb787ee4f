// Sort and filter the index table; save a chart as PNG. Plain DOM, no library.
(function () {
  "use strict";
  function shown(table) {
    var n = 0;
    table.tBodies[0].querySelectorAll("tr").forEach(function (tr) { if (!tr.hidden) { n += 1; } });
    document.querySelectorAll('.shown[data-table="' + table.id + '"]').forEach(function (el) { el.textContent = n; });
  }
  document.querySelectorAll("input.table-filter").forEach(function (input) {
    var table = document.getElementById(input.dataset.table);
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (tr) { return tr.textContent.toLowerCase(); });
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      rows.forEach(function (tr, i) {
        tr.hidden = !words.every(function (w) { return texts[i].indexOf(w) !== -1; });
      });
      shown(table);
    });
    shown(table);
  });
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.tHead.querySelectorAll("th").forEach(function (th, col) {
      th.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        var number = th.dataset.type === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent, y = b.cells[col].textContent;
          var c = number ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, undefined, {numeric: true});
          return up ? c : -c;
        });
        table.tHead.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        rows.forEach(function (tr) { body.appendChild(tr); });
      });
    });
  });
  document.querySelectorAll("button.png").forEach(function (button) {
    button.addEventListener("click", function () {
      var svg = document.getElementById(button.dataset.figure).querySelector("svg");
      var box = svg.viewBox.baseVal, scale = 2;
      var url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], {type: "image/svg+xml"}));
      var img = new Image();
      img.onload = function () {
        var canvas = document.createElement("canvas");
        canvas.width = box.width * scale; canvas.height = box.height * scale;
        var ctx = canvas.getContext("2d");
        ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        var a = document.createElement("a");
        a.download = button.dataset.figure + ".png"; a.href = canvas.toDataURL("image/png");
        a.click();
      };
      img.src = url;
    });
  });
}());
