/* taizhang pages: draw the charts whose data the server put beside them. No other behaviour. */
(function () {
  "use strict";
  var COLORS = { target: "#9aa7b8", actual: "#1f6feb", line: "#c62828" };

  function yuan(v, unit) {
    if (v === null || v === undefined) return "—";
    if (unit === "元" || unit === "美元") {
      if (Math.abs(v) >= 1e8) return (v / 1e8).toLocaleString("zh-CN", { maximumFractionDigits: 2 }) + "亿" + unit;
      if (Math.abs(v) >= 1e4) return (v / 1e4).toLocaleString("zh-CN", { maximumFractionDigits: 2 }) + "万" + unit;
    }
    return v.toLocaleString("zh-CN") + (unit || "");
  }

  function scaleOf(values, unit) {
    var max = Math.max.apply(null, values.filter(function (v) { return v !== null; }).concat([0]));
    if ((unit === "元" || unit === "美元") && max >= 1e8) return { div: 1e8, label: "亿" + unit };
    if ((unit === "元" || unit === "美元") && max >= 1e4) return { div: 1e4, label: "万" + unit };
    return { div: 1, label: unit || "" };
  }

  function scaled(values, s) {
    return values.map(function (v) { return v === null ? null : Math.round((v / s.div) * 100) / 100; });
  }

  function bars(el, data) {
    var names = data.points.map(function (p) { return p.region; });
    var targets = data.points.map(function (p) { return p.target; });
    var actuals = data.points.map(function (p) { return p.actual; });
    var s = scaleOf(targets.concat(actuals), data.unit);
    return {
      tooltip: { trigger: "axis" },
      legend: { data: ["目标", "最新完成"], top: 0 },
      grid: { left: 48, right: 12, top: 30, bottom: 40 },
      xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: "value", name: s.label },
      series: [
        { name: "目标", type: "bar", data: scaled(targets, s), itemStyle: { color: COLORS.target } },
        { name: "最新完成", type: "bar", data: scaled(actuals, s), itemStyle: { color: COLORS.actual } }
      ]
    };
  }

  function history(el, data) {
    var s = scaleOf(data.values.concat([data.target]), data.unit);
    return {
      tooltip: { trigger: "axis" },
      grid: { left: 56, right: 16, top: 24, bottom: 30 },
      xAxis: { type: "category", data: data.periods },
      yAxis: { type: "value", name: s.label },
      series: [{
        name: "累计完成", type: "line", data: scaled(data.values, s), itemStyle: { color: COLORS.actual },
        markLine: { symbol: "none", data: [{ yAxis: Math.round((data.target / s.div) * 100) / 100, name: "目标" }],
                    lineStyle: { color: COLORS.line, type: "dashed" }, label: { formatter: "目标" } }
      }]
    };
  }

  function compare(el, data) {
    var names = data.rows.map(function (r) { return r.region; });
    var values = data.rows.map(function (r) { return r.value; });
    var extraNames = [], extra = [];
    data.rollups.forEach(function (r) { extraNames.push(r.region.replace(/市$/, "") + "所辖合计"); extra.push(r.children_sum); });
    var s = scaleOf(values.concat(extra), data.unit);
    return {
      tooltip: { trigger: "axis" },
      grid: { left: 56, right: 12, top: 24, bottom: 40 },
      xAxis: { type: "category", data: names.concat(extraNames), axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: "value", name: s.label },
      series: [{ name: "目标", type: "bar", data: scaled(values.concat(extra), s).map(function (v, i) {
        return { value: v, itemStyle: { color: i >= names.length ? COLORS.line : COLORS.actual } };
      }) }]
    };
  }

  var KINDS = { bars: bars, history: history, compare: compare };

  function draw() {
    if (!window.echarts) return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var src = document.getElementById(el.id + "-data");
      var kind = KINDS[el.getAttribute("data-chart")];
      if (!src || !kind) return;
      var chart = window.echarts.init(el, null, { renderer: "svg" });
      chart.setOption(kind(el, JSON.parse(src.textContent)));
      window.addEventListener("resize", function () { chart.resize(); });
    });
    document.documentElement.setAttribute("data-charts", "ready");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
  window.taizhangFormat = yuan;
})();
