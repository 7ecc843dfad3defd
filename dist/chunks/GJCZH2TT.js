#!/usr/bin/env node
import {
  formatJson,
  formatStylish,
  suggestionText
} from "./RE7H7C6H.js";
import {
  lintFiles,
  outputFixes
} from "./H5UMH2NY.js";
import {
  engineRuleDescriptions
} from "./SQ4IMF4M.js";
import "./NMCSVTAH.js";
import {
  ladderProgression
} from "./LMRHD2SD.js";
import "./UYEE65SK.js";
import {
  fileName
} from "./H6E5BKS7.js";
import {
  boundHeapForLargeRuns,
  package_default,
  stopUnaskedSpellingWorker
} from "./COKCPPUW.js";
import {
  ruleMetaList
} from "./4CY6Z5UJ.js";
import {
  ConfigError
} from "./DGFCTSDI.js";
import "./J5HZSZD5.js";
import "./AUYJIZVL.js";
import "./IZPIUISF.js";
import "./UI456VJZ.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/reporters/github.ts
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function annotationText(message) {
  const related = message.related ? `
Compare ${message.related.filePath}:${message.related.line}: ${message.related.message}` : "";
  return `${message.message}${suggestionText(message.expected)}${related}`;
}
function workflowCommand(filePath, message) {
  const properties = [
    `file=${escapeProperty(filePath)}`,
    `line=${message.line}`,
    `endLine=${message.endLine}`,
    `col=${message.column}`,
    // GitHub draws a column range only within one line.
    ...message.endLine === message.line ? [`endColumn=${message.endColumn}`] : [],
    `title=${escapeProperty(`ladder-lint (${message.ruleId})`)}`
  ];
  const command = message.severity === 2 ? "error" : "warning";
  return `::${command} ${properties.join(",")}::${escapeData(annotationText(message))}`;
}
function formatGithub(results) {
  const lines = results.flatMap(
    (result) => result.messages.map((message) => workflowCommand(result.filePath, message))
  );
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}

// src/reporters/outline.ts
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function ladderOutline(run) {
  const tracks = /* @__PURE__ */ new Map();
  const withLevels = /* @__PURE__ */ new Set();
  for (const page of run.pages) {
    if (page.kind !== "level" || !page.level) continue;
    withLevels.add(page.path);
    tracks.set(page.track, [...tracks.get(page.track) ?? [], page]);
  }
  return {
    tracks: [...tracks.entries()].sort(([a], [b]) => byText(a, b)).map(([name, pages]) => ({
      name,
      levels: pages.map((page) => ({
        level: page.level?.label ?? "",
        rank: page.level?.rank ?? 0,
        title: page.title?.text ?? "",
        file: page.path,
        line: page.title?.position.start.line ?? 1,
        fields: Object.fromEntries(page.metadata.map((field) => [field.label, field.value]))
      })).sort((a, b) => a.rank - b.rank || byText(a.file, b.file) || a.line - b.line)
    })),
    unrecognised: run.results.map((result) => result.filePath).filter((path) => !withLevels.has(path)).sort(byText)
  };
}
function formatOutline(run) {
  return JSON.stringify(ladderOutline(run), null, 2);
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function runSummaryLine(run) {
  const { tracks, unrecognised } = ladderOutline(run);
  const levels = tracks.reduce((sum, track) => sum + track.levels.length, 0);
  const levelFiles = run.results.length - unrecognised.length;
  const levelWords = levels === levelFiles ? plural(levels, "level page") : plural(levels, "level");
  return `${plural(run.results.length, "file")} checked: ${levelWords} in ${plural(tracks.length, "track")}, ${plural(unrecognised.length, "other file")}`;
}

// src/reporters/progression.ts
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}
function valueCell(value, regressed) {
  if (!value) return "\u2014";
  const written = cell(value.field.value.replace(/\.$/, ""));
  if (!value.placement) return `${written} \u2753 *not on the ${value.column.scaleName} scale*`;
  const below = regressed.get(value);
  const reading = value.placement.reading.startsWith(`${written}, `) ? value.placement.reading.slice(written.length + 2) : value.placement.reading;
  return `${written} <sub>(${reading})</sub>${below ? ` \u26A0\uFE0F **${below}**` : ""}`;
}
function progressionTable(progression) {
  const regressed = /* @__PURE__ */ new Map();
  for (const { value, against, side } of progression.regressions)
    regressed.set(value, `${side} ${against.page.level?.label ?? ""}`);
  const sectionsOnly = progression.columns.length === 0;
  const header = [
    "Level",
    "Page",
    ...sectionsOnly ? ["Sections"] : progression.columns.map((column) => column.label)
  ];
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of progression.rows) {
    for (const page of row.pages) {
      const values = sectionsOnly ? [cell(page.sections.map((section) => section.name).join(", ")) || "\u2014"] : progression.columns.map(
        (column) => valueCell(
          progression.values.find((value) => value.page === page && value.column === column),
          regressed
        )
      );
      lines.push(`| ${row.level.label} | ${cell(fileName(page.path))} | ${values.join(" | ")} |`);
    }
  }
  const count = progression.regressions.length;
  const summary = sectionsOnly ? "No field of these levels has a scale, so none is compared." : count === 0 ? "No level asks for less than the level below." : `${count} ${count === 1 ? "value goes" : "values go"} backwards (\u26A0\uFE0F).`;
  return `### ${progression.track || "(top level)"}

${lines.join("\n")}

${summary}
`;
}
function formatProgression(pages, config) {
  const tracks = ladderProgression(pages, config);
  if (tracks.length === 0) return "No level pages with scaled metadata were found.\n";
  return `## Progression by track

${tracks.map(progressionTable).join("\n")}`;
}

// src/reporters/sarif.ts
import { createHash } from "node:crypto";
var informationUri = "https://github.com/ladder-lint/ladder-lint";
function relativeUri(filePath) {
  return filePath.toWellFormed().split("/").map((name) => encodeURIComponent(name)).join("/");
}
function stableKey(message) {
  return message.key !== void 0 ? `key\0${message.key}` : `message\0${message.message.replace(/\d+/g, "#")}`;
}
function fingerprint(ruleId, filePath, key, occurrence) {
  return createHash("sha256").update([ruleId, filePath, key, String(occurrence)].join("\0")).digest("hex").slice(0, 32);
}
function sarifFixes(message, uri) {
  const proposed = [
    ...message.fix ? [{ desc: "Applied by ladder-lint --fix.", fix: message.fix }] : [],
    ...message.suggestions ?? []
  ];
  return proposed.flatMap(
    ({ desc, fix }) => fix ? [
      {
        description: { text: desc },
        artifactChanges: [
          {
            artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
            replacements: [
              {
                deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] },
                insertedContent: { text: fix.text }
              }
            ]
          }
        ]
      }
    ] : []
  );
}
function formatSarif(results) {
  const rules = [
    // The metas kept as data, not the registry: the reporters load no rule (see rule-metas.ts).
    ...ruleMetaList.map((rule) => ({
      id: rule.id,
      name: rule.id,
      shortDescription: { text: rule.description },
      helpUri: rule.url,
      help: { text: `${rule.description} See ${rule.url}` }
    })),
    ...Object.entries(engineRuleDescriptions).map(([id, description]) => ({
      id,
      name: id,
      shortDescription: { text: description },
      helpUri: `${informationUri}#findings-about-files`
    }))
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults = [];
  for (const result of results) {
    const seen = /* @__PURE__ */ new Map();
    for (const message of result.messages) {
      const key = `${message.ruleId}\0${stableKey(message)}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const sarifResult = {
        ruleId: message.ruleId,
        level: message.severity === 2 ? "error" : "warning",
        message: {
          text: `${message.message}${suggestionText(message.expected)}`
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(result.filePath), uriBaseId: "%SRCROOT%" },
              region: {
                startLine: message.line,
                startColumn: message.column,
                endLine: message.endLine,
                endColumn: message.endColumn
              }
            }
          }
        ],
        partialFingerprints: {
          "ladderLintFinding/v2": fingerprint(
            message.ruleId,
            result.filePath,
            stableKey(message),
            occurrence
          )
        }
      };
      const fixes = sarifFixes(message, relativeUri(result.filePath));
      if (fixes.length > 0) sarifResult.fixes = fixes;
      const index = ruleIndex.get(message.ruleId);
      if (index !== void 0) sarifResult.ruleIndex = index;
      if (message.related) {
        sarifResult.relatedLocations = [
          {
            id: 1,
            message: { text: message.related.message },
            physicalLocation: {
              artifactLocation: { uri: relativeUri(message.related.filePath), uriBaseId: "%SRCROOT%" },
              region: { startLine: message.related.line, startColumn: message.related.column }
            }
          }
        ];
      }
      sarifResults.push(sarifResult);
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ladder-lint",
            version: package_default.version,
            semanticVersion: package_default.version,
            informationUri,
            rules
          }
        },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2);
}

// src/reporters/output-guard.ts
function inGithubActions(env = process.env) {
  return (env.GITHUB_ACTIONS ?? "") !== "";
}
var legacyPrefix = new RegExp("(#\\p{Cf}*#\\p{Cf}*)\\[", "gu");
var linePrefix = new RegExp("^([\\t\\v\\f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\p{Cf}]*:\\p{Cf}*):", "gmu");
function commandFreeText(text) {
  return text.replace(legacyPrefix, "$1 [").replace(linePrefix, "$1 :");
}
function commandFreeJson(json) {
  return json.replace(legacyPrefix, "$1\\u005b").replace(linePrefix, "$1\\u003a");
}
function outputGuard(kind, env = process.env) {
  if (!inGithubActions(env)) return (text) => text;
  return kind === "json" ? commandFreeJson : commandFreeText;
}

// src/cli.ts
var exitCodes = { ok: 0, findings: 1, failure: 2 };
var formats = ["stylish", "json", "sarif", "github", "progression", "outline"];
var help = `Usage: ladder-lint [options] [paths...]
       ladder-lint init [dir] [--force]

Checks career-ladder pages: paths are files, folders or globs (default: the current folder).

Options:
  --format <name>       stylish (default), json, sarif (SARIF 2.1.0 for code scanning),
                        github (GitHub Actions annotations), progression (a table per track),
                        or outline (JSON: how the ladder was read, every track's levels in order)
  --config <file>       use this configuration file instead of looking for one
  --fix                 repair what can be repaired safely (garbled characters, doubled words,
                        lost "- " bullets, \u2026) in the files, then report what remains
  --fix-dry-run         the same repairs without writing them; --format json gives each
                        repaired file's text as "output"
  --quiet               report errors only, not warnings
  --max-warnings <n>    exit 1 when there are more than n warnings
  --cache               keep each page's findings between runs, so that pages that have not
                        changed are not checked again (also "cache": true in the configuration)
  --cache-location <f>  the cache file (default: .ladder-lint-cache)
  --no-color            plain text without colours
  -h, --help            show this help
  -v, --version         show the version

init looks at the ladder in dir (default: the current folder), decides how it is laid out and
writes dir/.ladderlintrc.json, saying what it found and what it could not decide. --force
replaces a .ladderlintrc.json that is already there. To check a folder named "init", write ./init.

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage, configuration or internal failure.
`;
var guardKinds = {
  stylish: "text",
  json: "json",
  sarif: "json",
  github: "commands",
  progression: "text",
  outline: "json"
};
async function runCli(argv, given) {
  const text = outputGuard("text", given.env);
  const io = {
    ...given,
    stdout: (output) => given.stdout(text(output)),
    stderr: (output) => given.stderr(text(output))
  };
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`ladder-lint: ${error.message}
Run "ladder-lint --help" for the options.
`);
    return exitCodes.failure;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(help);
    return exitCodes.ok;
  }
  if (values.version) {
    io.stdout(`${package_default.version}
`);
    return exitCodes.ok;
  }
  if (positionals[0] === "init") {
    if (positionals.length > 2) {
      io.stderr(`ladder-lint: init takes one folder; got ${positionals.length - 1}.
`);
      return exitCodes.failure;
    }
    const { runInit } = await import("./AHIFEZQ2.js");
    return runInit(positionals[1] ?? ".", { force: values.force === true }, io);
  }
  if (values.force) {
    io.stderr('ladder-lint: --force goes with init only ("ladder-lint init --force").\n');
    return exitCodes.failure;
  }
  if (values.fix && values["fix-dry-run"]) {
    io.stderr("ladder-lint: give --fix (write the repairs) or --fix-dry-run (only show them), not both.\n");
    return exitCodes.failure;
  }
  const fix = values.fix === true || values["fix-dry-run"] === true;
  const format = values.format ?? "stylish";
  if (!formats.includes(format)) {
    io.stderr(`ladder-lint: --format must be one of ${formats.join(", ")}; got "${format}".
`);
    return exitCodes.failure;
  }
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = /^\d+$/.test(values["max-warnings"]) ? Number(values["max-warnings"]) : Number.NaN;
    if (!Number.isSafeInteger(maxWarnings)) {
      io.stderr(
        `ladder-lint: --max-warnings takes a whole number of 0 or more; got "${values["max-warnings"]}".
`
      );
      return exitCodes.failure;
    }
  }
  let results;
  let run;
  let fixFailed = false;
  try {
    run = await lintFiles(positionals, {
      cwd: io.cwd,
      onFilesFound: (count) => {
        boundHeapForLargeRuns(count);
        stopUnaskedSpellingWorker();
      },
      ...values.config ? { configFile: values.config } : {},
      ...fix ? { fix } : {},
      ...values.cache ? { cache: true } : {},
      ...values["cache-location"] !== void 0 ? { cacheLocation: values["cache-location"] } : {},
      onWarning: io.stderr
    });
    results = run.results;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`ladder-lint: configuration error in ${error.message}
`);
    } else {
      io.stderr(`ladder-lint: internal error: ${error?.stack ?? String(error)}
`);
    }
    return exitCodes.failure;
  }
  if (values.fix) {
    const { failed } = await outputFixes(results, io.cwd);
    for (const { filePath, problem } of failed)
      io.stderr(`ladder-lint: could not write the repairs to ${filePath}: ${problem}
`);
    if (failed.length > 0) fixFailed = true;
  }
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const shown = values.quiet ? results.map(onlyErrors) : results;
  const color = io.color && !values["no-color"];
  const reporters = {
    stylish: () => formatStylish(shown, { color, summaryLine: runSummaryLine(run) }),
    json: () => `${formatJson(shown)}
`,
    sarif: () => `${formatSarif(shown)}
`,
    github: () => formatGithub(shown),
    progression: () => formatProgression(run.pages, run.config),
    outline: () => `${formatOutline(run)}
`
  };
  const chosen = format;
  const kind = guardKinds[chosen];
  given.stdout(kind === "commands" ? reporters[chosen]() : outputGuard(kind, given.env)(reporters[chosen]()));
  if (fixFailed) return exitCodes.failure;
  if (errorCount > 0) return exitCodes.findings;
  if (maxWarnings !== void 0 && warningCount > maxWarnings) {
    io.stderr(`ladder-lint: ${warningCount} warnings, more than --max-warnings ${maxWarnings} allows.
`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}
function parseCliArgs(argv) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      config: { type: "string", short: "c" },
      quiet: { type: "boolean", short: "q" },
      "max-warnings": { type: "string" },
      "no-color": { type: "boolean" },
      color: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      force: { type: "boolean" },
      fix: { type: "boolean" },
      "fix-dry-run": { type: "boolean" },
      cache: { type: "boolean" },
      "cache-location": { type: "string" }
    }
  });
}
function onlyErrors(result) {
  return {
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0,
    fixableWarningCount: 0
  };
}
export {
  exitCodes,
  formats,
  runCli
};
