#!/usr/bin/env node

// src/reporters/json.ts
function formatJson(results) {
  return JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map((message) => ({
        ruleId: message.ruleId,
        severity: message.severity,
        message: message.message,
        line: message.line,
        column: message.column,
        nodeType: null,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ...message.fix ? { fix: message.fix } : {},
        ...message.suggestions ? { suggestions: message.suggestions } : {},
        ...message.data ? { data: message.data } : {}
      })),
      suppressedMessages: [],
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
      ...result.output !== void 0 ? { output: result.output } : {},
      usedDeprecatedRules: []
    }))
  );
}

// src/reporters/stylish.ts
import pc from "picocolors";

// src/reporters/suggestion.ts
function suggestionText(suggestions) {
  return suggestions?.length ? ` (suggestion: ${suggestions.join(", ")})` : "";
}

// src/reporters/stylish.ts
function formatStylish(results, options) {
  const colors = pc.createColors(options.color);
  const lines = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    lines.push(colors.underline(result.filePath));
    const places = result.messages.map((message) => `${message.line}:${message.column}`);
    const width = places.reduce((widest, place) => Math.max(widest, place.length), 0);
    result.messages.forEach((message, index) => {
      const severity = message.severity === 2 ? colors.red("error  ") : colors.yellow("warning");
      const suggestion = suggestionText(message.expected);
      lines.push(
        `  ${colors.dim((places[index] ?? "").padEnd(width))}  ${severity}  ${message.message}${suggestion && colors.dim(suggestion)}  ${colors.dim(message.ruleId)}`
      );
    });
    lines.push("");
  }
  const total = errors + warnings;
  const read = options.summaryLine ? `${colors.dim(options.summaryLine)}
` : "";
  if (total === 0) return read;
  const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  lines.push(errors > 0 ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
  return `${lines.join("\n")}
${read}`;
}

export {
  suggestionText,
  formatJson,
  formatStylish
};
