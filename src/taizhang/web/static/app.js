/* taizhang pages: draw the charts whose data the server put beside them, and tick every box of a
   review queue's page at once ("全选本页"). No other behaviour: every form works without it. */
(function () {
  "use strict";
  var COLORS = { target: "#9aa7b8", actual: "#1f6feb", line: "#c62828", sum: "#6b7280" };

  function yuan(v, unit) {
    if (v === null || v === undefined) return "—";
    if (unit === "元" || unit === "美元") {
      if (Math.abs(v) >= 1e8) return (v / 1e8).toLocaleString("zh-CN", { maximumFractionDigits: 2 }) + "亿" + unit;
      if (Math.abs(v) >= 1e4) return (v / 1e4).toLocaleString("zh-CN", { maximumFractionDigits: 2 }) + "万" + unit;
    }
    return v.toLocaleString("zh-CN") + (unit || "");
  }

  /* The scale of a chart's axis: the server's (data.axis, the one the chart's title states), else by size. */
  function scaleOf(values, unit, axis) {
    if (axis && axis.div && axis.label) return axis;
    var max = Math.max.apply(null, values.filter(function (v) { return v !== null; }).concat([0]));
    if ((unit === "元" || unit === "美元") && max >= 1e8) return { div: 1e8, label: "亿" + unit };
    if ((unit === "元" || unit === "美元") && max >= 1e4) return { div: 1e4, label: "万" + unit };
    return { div: 1, label: unit || "" };
  }

  function shown(v, s) {
    if (v === null || v === undefined) return "—";
    return v.toLocaleString("zh-CN", { maximumFractionDigits: 2 }) + s.label;
  }

  function scaled(values, s) {
    return values.map(function (v) { return v === null ? null : Math.round((v / s.div) * 100) / 100; });
  }

  /* Category labels turn when the chart is too narrow to set them side by side (phones). */
  function labelTurn(el, names) {
    var room = (el.clientWidth || 600) - 70;
    var longest = Math.max.apply(null, names.map(function (n) { return String(n).length; }).concat([1]));
    return names.length * longest * 13 > room ? 35 : 0;
  }

  function bars(el, data) {
    var names = data.points.map(function (p) { return p.region; });
    var targets = data.points.map(function (p) { return p.target; });
    var actuals = data.points.map(function (p) { return p.actual; });
    var s = scaleOf(targets.concat(actuals), data.unit, data.axis);
    var turn = labelTurn(el, names);
    return {
      tooltip: { trigger: "axis" },
      legend: { data: ["目标", "最新完成"], top: 0 },
      grid: { left: 48, right: 12, top: 30, bottom: turn ? 64 : 40 },
      xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: turn } },
      yAxis: { type: "value", name: s.label },
      series: [
        { name: "目标", type: "bar", data: scaled(targets, s), itemStyle: { color: COLORS.target } },
        { name: "最新完成", type: "bar", data: scaled(actuals, s), itemStyle: { color: COLORS.actual } }
      ]
    };
  }

  function niceCeil(x) {
    if (!(x > 0)) return undefined;
    var p = Math.pow(10, Math.floor(Math.log10(x)));
    var steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= x) return steps[i] * p;
    return 10 * p;
  }

  /* The reports as points on a line (a single report is a visible point, not an invisible line),
     the target as a dashed line the axis always reaches, and, where the status has one, the
     amount due by time progress at the as-of month as a diamond. */
  function history(el, data) {
    var hasTarget = data.target !== null && data.target !== undefined;
    var hasDue = hasTarget && data.time_progress !== null && data.time_progress !== undefined;
    var due = hasDue ? data.target * data.time_progress / 100 : null;
    /* One point per month: the server sends one; should a month come twice, the later entry wins. */
    var periods = data.periods.filter(function (p, i) { return data.periods.indexOf(p) === i; });
    if (hasDue && data.as_of_period && periods.indexOf(data.as_of_period) < 0) {
      periods.push(data.as_of_period);
      periods.sort();
    }
    var values = periods.map(function (p) {
      var i = data.periods.lastIndexOf(p);
      return i < 0 ? null : data.values[i];
    });
    var s = scaleOf(values.concat(hasTarget ? [data.target] : []), data.unit, data.axis);
    var sv = function (v) { return v === null ? null : Math.round((v / s.div) * 100) / 100; };
    var top = Math.max.apply(null, scaled(values, s).filter(function (v) { return v !== null; })
      .concat(hasTarget ? [sv(data.target)] : []).concat([0]));
    var series = [{
      name: "完成值", type: "line", data: scaled(values, s), connectNulls: true,
      showSymbol: true, symbol: "circle", symbolSize: 9, lineStyle: { width: 2 },
      itemStyle: { color: COLORS.actual },
      label: { show: data.values.length <= 6, position: "left", distance: 8, color: COLORS.actual,
               formatter: function (p) { return shown(p.value, s); } },
      markLine: hasTarget ? {
        symbol: "none", silent: true, data: [{ yAxis: sv(data.target), name: "目标" }],
        lineStyle: { color: COLORS.line, type: "dashed", width: 1.5 },
        label: { position: "insideEndTop", color: COLORS.line, formatter: "目标 " + (data.target_label || "") }
      } : undefined
    }];
    if (hasDue) {
      series.push({
        name: "按时序进度应完成", type: "scatter", symbol: "diamond", symbolSize: 12,
        itemStyle: { color: "#6b7280" }, z: 1,
        data: periods.map(function (p) { return p === data.as_of_period ? sv(due) : null; }),
        label: { show: true, position: "right", color: "#4b5563",
                 formatter: "时序进度 " + data.time_progress + "%" }
      });
    }
    return {
      tooltip: { trigger: "axis", valueFormatter: function (v) { return shown(v, s); } },
      legend: { top: 0, right: 8, data: hasDue ? ["完成值", "按时序进度应完成"] : ["完成值"] },
      grid: { left: 56, right: 24, top: 36, bottom: 30, containLabel: false },
      xAxis: { type: "category", data: periods, boundaryGap: true },
      yAxis: { type: "value", name: s.label, max: niceCeil(top * 1.08) },
      series: series
    };
  }

  function compare(el, data) {
    var names = data.rows.map(function (r) { return r.region; });
    var values = data.rows.map(function (r) { return r.value; });
    var extraNames = [], extra = [];
    data.rollups.forEach(function (r) { extraNames.push(r.region.replace(/市$/, "") + "所辖合计"); extra.push(r.children_sum); });
    var s = scaleOf(values.concat(extra), data.unit, data.axis);
    var turn = labelTurn(el, names.concat(extraNames));
    return {
      tooltip: { trigger: "axis" },
      grid: { left: 56, right: 12, top: 24, bottom: turn ? 72 : 40 },
      xAxis: { type: "category", data: names.concat(extraNames), axisLabel: { interval: 0, rotate: turn } },
      yAxis: { type: "value", name: s.label },
      series: [{ name: "目标", type: "bar", data: scaled(values.concat(extra), s).map(function (v, i) {
        return { value: v, itemStyle: { color: i >= names.length ? COLORS.sum : COLORS.actual } };
      }) }]
    };
  }

  /* An escalation analysis (/analysis): one bar per row, the reference (0 points over the parent,
     100% of the parent's target) as a dashed line; bars past it in the actual colour. */
  function analysis(el, data) {
    var turn = labelTurn(el, data.names);
    return {
      tooltip: { trigger: "axis" },
      grid: { left: 8, right: 12, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: data.names, axisLabel: { interval: 0, rotate: turn } },
      yAxis: { type: "value", name: data.axis },
      series: [{
        name: data.axis, type: "bar",
        data: data.values.map(function (v) {
          return { value: v, itemStyle: { color: v > data.line ? COLORS.actual : COLORS.target } };
        }),
        markLine: { symbol: "none", silent: true, data: [{ yAxis: data.line }],
                    lineStyle: { color: COLORS.line, type: "dashed", width: 1.5 }, label: { show: false } }
      }]
    };
  }

  var KINDS = { bars: bars, history: history, compare: compare, analysis: analysis };

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

  function selectAll() {
    document.querySelectorAll("[data-select-all]").forEach(function (box) {
      var name = box.getAttribute("data-select-all");
      var form = box.form ? box.form.id : "";
      var boxes = function () {
        return document.querySelectorAll('input[type=checkbox][name="' + name + '"][form="' + form + '"]');
      };
      box.addEventListener("change", function () {
        boxes().forEach(function (b) { b.checked = box.checked; });
      });
    });
  }

  function start() { selectAll(); draw(); }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  window.taizhangFormat = yuan;
})();
