#!/usr/bin/env node
import {
  comparePlacements,
  place
} from "./UYEE65SK.js";

// src/progression/progression.ts
function levelOrder(level) {
  return level.rank;
}
function scaledFields(config) {
  const columns = /* @__PURE__ */ new Map();
  for (const template of Object.values(config.templates)) {
    for (const spec of template.metadata?.fields ?? []) {
      if (!spec.scale) continue;
      const scale = config.scales[spec.scale];
      if (!scale) continue;
      const key = spec.label.toLowerCase();
      const names = [spec.label, ...spec.aliases ?? []].map((name) => name.toLowerCase());
      const existing = columns.get(key);
      if (existing) existing.names.push(...names.filter((name) => !existing.names.includes(name)));
      else columns.set(key, { label: spec.label, names, scaleName: spec.scale, scale });
    }
  }
  return [...columns.values()];
}
function columnOf(field, columns) {
  const label = field.label.toLowerCase();
  return columns.find((column) => column.names.includes(label));
}
function valueText(field) {
  return field.value.replace(
    new RegExp(`^\\s*${field.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:\\s*`, "i"),
    ""
  );
}
function trackProgression(track, pages, config) {
  const columns = scaledFields(config);
  const levelPages = pages.filter((page) => page.kind === "level" && page.level);
  const byLevel = /* @__PURE__ */ new Map();
  for (const page of levelPages) {
    const level = page.level;
    const key = levelOrder(level);
    const row = byLevel.get(key) ?? { level, pages: [] };
    row.pages.push(page);
    byLevel.set(key, row);
  }
  const rows = [...byLevel.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  for (const row of rows) row.pages.sort((a, b) => a.path.localeCompare(b.path));
  const values = [];
  const valueOf = /* @__PURE__ */ new Map();
  for (const page of levelPages) {
    const own = /* @__PURE__ */ new Map();
    for (const field of page.metadata) {
      const column = columnOf(field, columns);
      if (!column || own.has(column)) continue;
      const placement = field.value.trim() ? place(valueText(field), column.scale) : void 0;
      const value = { page, column, field, ...placement ? { placement } : {} };
      own.set(column, value);
      values.push(value);
    }
    valueOf.set(page, own);
  }
  const regressions = [];
  for (const column of columns) {
    const direction = column.scale.direction ?? "up";
    if (direction === "any") continue;
    const byRow = rows.map(
      (row) => row.pages.flatMap((page) => {
        const value = valueOf.get(page)?.get(column);
        return value?.placement ? [value] : [];
      })
    );
    for (const found of outliers(byRow, direction)) {
      const [low, high] = found.side === "below" ? [found.againstRow, found.row] : [found.row, found.againstRow];
      const skipped = [];
      const lowerLevel = rows[low].level;
      const higherLevel = rows[high].level;
      if (high - low === 1 && lowerLevel.prefix !== void 0 && lowerLevel.prefix === higherLevel.prefix)
        for (let major = lowerLevel.major + 1; major < higherLevel.major; major++)
          skipped.push(`${lowerLevel.prefix}${major}`);
      regressions.push({ value: found.value, against: found.against, side: found.side, skipped });
    }
  }
  return { track, columns, rows, values, regressions };
}
var mostCandidates = 1e3;
function outliers(byRow, direction) {
  const distinct = [];
  for (const value of byRow.flat())
    if (!distinct.some(
      (other) => comparePlacements(other.placement, value.placement) === 0
    ))
      distinct.push(value);
  distinct.sort((a, b) => comparePlacements(a.placement, b.placement));
  const steps = distinct.length;
  const rankOf = (value) => {
    const rank = distinct.findIndex(
      (other) => comparePlacements(other.placement, value.placement) === 0
    );
    return direction === "up" ? rank : steps - 1 - rank;
  };
  const ranks = byRow.map((values) => values.map(rankOf));
  const best = Array.from({ length: byRow.length + 1 }, () => new Array(steps + 1).fill(0));
  const choices = (row, highest) => {
    const own = ranks[row] ?? [];
    const tops = [.../* @__PURE__ */ new Set([highest, ...own.filter((rank) => rank >= highest)])].sort((a, b) => a - b);
    return tops.map((top) => ({
      top,
      kept: own.filter((rank) => rank >= highest && rank <= top && rank >= 0).length
    }));
  };
  for (let row = byRow.length - 1; row >= 0; row--)
    for (let highest = -1; highest < steps; highest++)
      best[row][highest + 1] = Math.max(
        ...choices(row, highest).map(({ top, kept }) => kept + (best[row + 1][top + 1] ?? 0))
      );
  const candidates = [];
  const walk = (row, highest, kept) => {
    if (candidates.length >= mostCandidates) return;
    if (row === byRow.length) {
      candidates.push(kept);
      return;
    }
    const target = best[row][highest + 1];
    for (const { top, kept: count } of choices(row, highest)) {
      if (count + (best[row + 1][top + 1] ?? 0) !== target) continue;
      const own = (ranks[row] ?? []).flatMap(
        (rank, index) => rank >= highest && rank <= top ? [[row, index]] : []
      );
      walk(row + 1, top, [...kept, ...own]);
    }
  };
  walk(0, -1, []);
  const judged = candidates.map((kept) => {
    const isKept = new Set(kept.map(([row, index]) => `${row}:${index}`));
    const blamed = [];
    let cost = 0;
    ranks.forEach(
      (own, row) => own.forEach((rank, index) => {
        if (isKept.has(`${row}:${index}`)) return;
        const below = kept.filter(([other]) => other < row).map(([r, i]) => ranks[r]?.[i] ?? 0);
        const above = kept.filter(([other]) => other > row).map(([r, i]) => ranks[r]?.[i] ?? 0);
        const floor = Math.max(-1, ...below);
        const ceiling = Math.min(steps, ...above);
        cost += Math.max(0, floor - rank) + Math.max(0, rank - ceiling);
        blamed.push({ row, index, rank, side: rank < floor ? "below" : "above" });
      })
    );
    const levels = blamed.map(({ row }) => row).sort((a, b) => b - a);
    return { kept, blamed, cost, levels };
  });
  const higherFirst = (a, b) => {
    for (let index = 0; index < Math.min(a.length, b.length); index++)
      if (a[index] !== b[index]) return (b[index] ?? 0) - (a[index] ?? 0);
    return 0;
  };
  const [chosen] = judged.sort((a, b) => a.cost - b.cost || higherFirst(a.levels, b.levels));
  if (!chosen) return [];
  return chosen.blamed.map(({ row, index, rank, side }) => {
    const conflicting = chosen.kept.filter(([other, otherIndex]) => {
      const otherRank = ranks[other]?.[otherIndex] ?? 0;
      return side === "below" ? other < row && otherRank > rank : other > row && otherRank < rank;
    }).sort(([a], [b]) => side === "below" ? b - a : a - b);
    const [againstRow, againstIndex] = conflicting[0];
    return {
      value: byRow[row]?.[index],
      row,
      against: byRow[againstRow]?.[againstIndex],
      againstRow,
      side
    };
  });
}
function ladderProgression(pages, config) {
  const tracks = /* @__PURE__ */ new Map();
  for (const page of pages) tracks.set(page.track, [...tracks.get(page.track) ?? [], page]);
  return [...tracks.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([track, members]) => trackProgression(track, members, config)).filter(
    (progression) => progression.rows.length > 0 && (progression.values.length > 0 || progression.columns.length === 0)
  );
}

export {
  trackProgression,
  ladderProgression
};
