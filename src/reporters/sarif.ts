import { createHash } from 'node:crypto';
import type { Fix as SarifFix, Log, ReportingDescriptor, Result } from 'sarif';
import packageJson from '../../package.json' with { type: 'json' };
import { engineRuleDescriptions, type LintMessage, type LintResult } from '../findings/types.ts';
import { ruleMetaList } from '../rule-api/rule-metas.ts';
import { suggestionText } from './suggestion.ts';

const informationUri = 'https://github.com/ladder-lint/ladder-lint';

/**
 * A file path as a relative URI reference: `L3 - Senior.md` → `L3%20-%20Senior.md`. Every name the
 * file system accepts gives a valid URI: a lone UTF-16 surrogate (which encodeURIComponent refuses)
 * becomes U+FFFD, as a name that is not valid UTF-8 already is when read, and is encoded as such.
 */
function relativeUri(filePath: string): string {
  return filePath
    .toWellFormed()
    .split('/')
    .map((name) => encodeURIComponent(name))
    .join('/');
}

/**
 * Code scanning matches a finding across commits by fingerprint, so it must not change when
 * nothing about the finding did. Line numbers move when text is added above, and a message may
 * hold counts or other pages' line numbers that move with edits elsewhere in the ladder. So the
 * fingerprint is the rule, the file and the finding's stable key (the flagged word or value),
 * plus which occurrence of that key in the file it is. A finding without a key is known by its
 * message with every number taken out.
 */
function stableKey(message: LintMessage): string {
  return message.key !== undefined
    ? `key\0${message.key}`
    : `message\0${message.message.replace(/\d+/g, '#')}`;
}

function fingerprint(ruleId: string, filePath: string, key: string, occurrence: number): string {
  return createHash('sha256')
    .update([ruleId, filePath, key, String(occurrence)].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * A finding's safe fix, then each suggestion that has one, as SARIF `fixes`: one replacement each,
 * placed by `charOffset`/`charLength` in the text after any byte-order mark, counted in UTF-16
 * code units as the run's `columnKind` says. Suggestions without a fix (a file to rename, text to
 * add elsewhere) are not changes to an artifact, so they stay in the message only.
 */
function sarifFixes(message: LintMessage, uri: string): SarifFix[] {
  const proposed = [
    ...(message.fix ? [{ desc: 'Applied by ladder-lint --fix.', fix: message.fix }] : []),
    ...(message.suggestions ?? []),
  ];
  return proposed.flatMap(({ desc, fix }) =>
    fix
      ? [
          {
            description: { text: desc },
            artifactChanges: [
              {
                artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                replacements: [
                  {
                    deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] },
                    insertedContent: { text: fix.text },
                  },
                ],
              },
            ],
          },
        ]
      : [],
  );
}

/** SARIF 2.1.0, as github/codeql-action/upload-sarif accepts it. */
export function formatSarif(results: readonly LintResult[]): string {
  const rules: ReportingDescriptor[] = [
    // The metas kept as data, not the registry: the reporters load no rule (see rule-metas.ts).
    ...ruleMetaList.map((rule) => ({
      id: rule.id,
      name: rule.id,
      shortDescription: { text: rule.description },
      helpUri: rule.url,
      help: { text: `${rule.description} See ${rule.url}` },
    })),
    ...Object.entries(engineRuleDescriptions).map(([id, description]) => ({
      id,
      name: id,
      shortDescription: { text: description },
      helpUri: `${informationUri}#findings-about-files`,
    })),
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults: Result[] = [];
  for (const result of results) {
    const seen = new Map<string, number>();
    for (const message of result.messages) {
      const key = `${message.ruleId}\0${stableKey(message)}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const sarifResult: Result = {
        ruleId: message.ruleId,
        level: message.severity === 2 ? 'error' : 'warning',
        message: {
          text: `${message.message}${suggestionText(message.expected)}`,
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(result.filePath), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: message.line,
                startColumn: message.column,
                endLine: message.endLine,
                endColumn: message.endColumn,
              },
            },
          },
        ],
        partialFingerprints: {
          'ladderLintFinding/v2': fingerprint(
            message.ruleId,
            result.filePath,
            stableKey(message),
            occurrence,
          ),
        },
      };
      const fixes = sarifFixes(message, relativeUri(result.filePath));
      if (fixes.length > 0) sarifResult.fixes = fixes;
      const index = ruleIndex.get(message.ruleId);
      if (index !== undefined) sarifResult.ruleIndex = index;
      if (message.related) {
        sarifResult.relatedLocations = [
          {
            id: 1,
            message: { text: message.related.message },
            physicalLocation: {
              artifactLocation: { uri: relativeUri(message.related.filePath), uriBaseId: '%SRCROOT%' },
              region: { startLine: message.related.line, startColumn: message.related.column },
            },
          },
        ];
      }
      sarifResults.push(sarifResult);
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ladder-lint',
            version: packageJson.version,
            semanticVersion: packageJson.version,
            informationUri,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
