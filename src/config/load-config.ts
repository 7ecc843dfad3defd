import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './config-error.ts';
import { defaultPreset, type Preset, presets } from './presets.ts';
import { ruleDefaults } from './rule-defaults.ts';
import { needsMarkdownParser, resolveScales } from './ranks-from.ts';
import { configSchemaWithRules, type RuleSchemaSource } from './rule-schema.ts';
import { patternProblem } from './safe-pattern.ts';
import { cspellLanguage, spellingLanguages } from '../text/spelling-languages.ts';
import type { LadderLintConfig, LayoutSpec, LevelsSpec, ResolvedConfig } from './types.ts';

export { ConfigError };

export const configFileNames = [
  '.ladderlintrc.json',
  '.ladderlintrc.yaml',
  '.ladderlintrc.yml',
  'ladder-lint.config.js',
  'ladder-lint.config.mjs',
  'package.json',
] as const;

const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
const validators = new WeakMap<readonly RuleSchemaSource[], ValidateFunction>();
const validatorsBySchema = new Map<string, ValidateFunction>();

/**
 * The schema's validator with these rules' options in it, compiled once per list of rules, and
 * once for equal lists (the registry's metas and the same metas kept as data, rule-metas.ts).
 */
function validatorFor(rules: readonly RuleSchemaSource[]): ValidateFunction {
  let validate = validators.get(rules);
  if (!validate) {
    const schema = configSchemaWithRules(rules);
    const key = JSON.stringify(schema);
    validate = validatorsBySchema.get(key);
    if (!validate) {
      // Ajv keeps one schema per $id: a schema with other rules replaces the one before it.
      const id = (schema as { $id?: unknown }).$id;
      if (typeof id === 'string') ajv.removeSchema(id);
      validate = ajv.compile(schema);
      validatorsBySchema.set(key, validate);
    }
    validators.set(rules, validate);
  }
  return validate;
}

/** Walks up from `start` to the first folder that has a configuration file. */
export function findConfigFile(start: string): string | undefined {
  let folder = resolve(start);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(folder, name);
      if (!existsSync(candidate)) continue;
      if (name !== 'package.json' || hasLadderLintKey(candidate)) return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function hasLadderLintKey(packageJson: string): boolean {
  try {
    if (!statSync(packageJson).isFile()) return false;
    return Object.hasOwn(JSON.parse(readFileSync(packageJson, 'utf8')), 'ladderLint');
  } catch {
    return false;
  }
}

/** A path that is there but is not a regular file; an error reading it is left to the read. */
function isSomethingElse(file: string): boolean {
  try {
    return !statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Reads one configuration file, without validating it: undefined when it holds nothing. */
async function readConfigFile(file: string): Promise<unknown> {
  let text: string;
  // Reading a named pipe blocks until something writes to it, and a device such as /dev/zero never ends.
  if (isSomethingElse(file))
    throw new ConfigError(
      file,
      '',
      'is not a regular file (it is a named pipe, a device or a folder), so it was not read. Give the path of a configuration file.',
    );
  try {
    if (/\.m?js$/.test(file)) {
      const module = await importToTheEnd(file);
      if (!('default' in module))
        throw new ConfigError(
          file,
          '',
          'has no default export, so it gives no configuration. Export the settings: "export default { rules: { … } };".',
        );
      return module.default;
    }
    // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse refuses.
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, '', `could not be read: ${(error as Error).message}`);
  }
  try {
    if (file.endsWith('package.json')) return (JSON.parse(text) as { ladderLint?: unknown }).ladderLint;
    if (/\.ya?ml$/.test(file)) return parseYaml(text);
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      file,
      '',
      `is not valid ${/\.ya?ml$/.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
    );
  }
}

/**
 * Imports a JavaScript configuration. One whose top-level await waits for something that never
 * happens never settles, and Node then exits 13 with no word about the configuration: when the
 * event loop empties (`beforeExit`) while the import is still pending, nothing is left that could
 * settle it, so that is reported as the configuration error it is.
 */
async function importToTheEnd(file: string): Promise<Record<string, unknown>> {
  let onEmptyLoop: (() => void) | undefined;
  const stalled = new Promise<'stalled'>((resolve) => {
    onEmptyLoop = () => resolve('stalled');
    process.once('beforeExit', onEmptyLoop);
  });
  try {
    const loaded = await Promise.race([
      import(pathToFileURL(file).href) as Promise<Record<string, unknown>>,
      stalled,
    ]);
    if (loaded === 'stalled')
      throw new ConfigError(
        file,
        '',
        'never finished loading: a top-level "await" in it waits for something that never happens. Remove that await or make sure it settles.',
      );
    return loaded;
  } finally {
    if (onEmptyLoop) process.off('beforeExit', onEmptyLoop);
  }
}

/** Checks a configuration object against the schema and the rules and templates that exist. */
export function validateConfig(
  config: unknown,
  file: string,
  knownRules: readonly RuleSchemaSource[],
): LadderLintConfig {
  const validateSchema = validatorFor(knownRules);
  if (!validateSchema(config)) {
    throw schemaError(validateSchema.errors ?? [], file);
  }
  const ruleNames = knownRules.map((rule) => rule.id);
  const valid = config as LadderLintConfig;
  const ruleKeys = [
    ...Object.keys(valid.rules ?? {}).map((rule) => ({ key: `rules.${rule}`, rule })),
    ...(valid.overrides ?? []).flatMap((override, index) =>
      Object.keys(override.rules ?? {}).map((rule) => ({ key: `overrides[${index}].rules.${rule}`, rule })),
    ),
  ];
  for (const { key, rule } of ruleKeys) {
    if (!ruleNames.includes(rule)) {
      throw new ConfigError(file, key, `is not a ladder-lint rule. Known rules: ${ruleNames.join(', ')}.`);
    }
  }
  const preset = presets[valid.extends ?? defaultPreset] ?? (presets[defaultPreset] as Preset);
  const templateNames = new Set([...Object.keys(preset.templates), ...Object.keys(valid.templates ?? {})]);
  const layouts: Array<{ key: string; ladder: Partial<LayoutSpec> | undefined }> = [
    { key: 'ladder', ladder: valid.ladder },
    ...(valid.overrides ?? []).map((override, index) => ({
      key: `overrides[${index}].ladder`,
      ladder: override.ladder,
    })),
  ];
  for (const { key, ladder } of layouts) {
    if (ladder?.template !== undefined && !templateNames.has(ladder.template))
      throw new ConfigError(
        file,
        `${key}.template`,
        `names a template that does not exist: "${ladder.template}". Templates: ${[...templateNames].join(', ') || 'none'}.`,
      );
    checkPattern(file, `${key}.levels.pattern`, ladder?.levels?.pattern);
    for (const [index, source] of (ladder?.fields ?? []).entries()) {
      checkPattern(file, `${key}.fields[${index}].pattern`, source.pattern);
      if (source.from === 'pattern' && source.pattern === undefined)
        throw new ConfigError(
          file,
          `${key}.fields[${index}].pattern`,
          'is needed for fields "from": "pattern": a regular expression with the groups label and value, such as "(?<label>Years of experience):\\s*(?<value>.+)".',
        );
    }
  }
  for (const [index, override] of (valid.overrides ?? []).entries()) {
    if (override.template !== undefined && !templateNames.has(override.template)) {
      throw new ConfigError(
        file,
        `overrides[${index}].template`,
        `names a template that does not exist: "${override.template}". Templates: ${[...templateNames].join(', ')}.`,
      );
    }
  }
  const scaleNames = new Set([...Object.keys(preset.scales), ...Object.keys(valid.scales ?? {})]);
  for (const [name, template] of Object.entries(valid.templates ?? {})) {
    for (const [index, field] of (template.metadata?.fields ?? []).entries()) {
      if (field.scale !== undefined && !scaleNames.has(field.scale))
        throw new ConfigError(
          file,
          `templates.${name}.metadata.fields[${index}].scale`,
          `names a scale that does not exist: "${field.scale}". Scales: ${[...scaleNames].join(', ')}.`,
        );
    }
  }
  const language = valid.spelling?.language;
  if (language !== undefined && cspellLanguage(language) === undefined)
    throw new ConfigError(
      file,
      'spelling.language',
      `is "${language}", a language ladder-lint has no spelling dictionary for. Allowed: ${spellingLanguages.map((name) => `"${name}"`).join(' or ')}. ladder-lint spells English only: for a ladder in another language, remove this setting and turn "ladder-spelling" off.`,
    );
  for (const [index, track] of (valid.tracks ?? []).entries()) {
    checkPattern(file, `tracks[${index}].title`, track.title);
  }
  for (const [name, scale] of Object.entries(valid.scales ?? {})) {
    if (scale.kind === 'ranks' && (scale.ranks ?? []).length === 0 && !scale.ranksFrom)
      throw new ConfigError(
        file,
        `scales.${name}.ranks`,
        'is needed for a scale of kind "ranks": list its steps, lowest first (or name the list that defines them with "ranksFrom").',
      );
  }
  for (const [name, template] of Object.entries(valid.templates ?? {})) {
    for (const [index, section] of template.sections.entries()) {
      checkPattern(file, `templates.${name}.sections[${index}].pattern`, section.pattern);
    }
  }
  return valid;
}

/** A pattern must be valid and runnable in the linear-time engine (see safe-pattern.ts). */
function checkPattern(file: string, key: string, pattern: string | undefined): void {
  if (pattern === undefined) return;
  const problem = patternProblem(pattern);
  if (problem) throw new ConfigError(file, key, problem);
}

const typeNames: Record<string, string> = {
  array: 'a list in square brackets, such as ["a", "b"]',
  string: 'a text in double quotes',
  object: 'an object in curly braces, such as { "key": "value" }',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
};

function schemaError(errors: ErrorObject[], file: string): ConfigError {
  // The most specific error says the most: the deepest key (a rule's option before the rule's
  // setting as a whole), then one about a named key or the allowed values.
  const rank = ['additionalProperties', 'oneOf', 'enum'];
  const priority = (keyword: string) => (rank.includes(keyword) ? rank.indexOf(keyword) : rank.length);
  const depth = (candidate: ErrorObject) => candidate.instancePath.split('/').length;
  const error = [...errors].sort(
    (a, b) => depth(b) - depth(a) || priority(a.keyword) - priority(b.keyword),
  )[0];
  if (!error) return new ConfigError(file, '', 'is not a valid ladder-lint configuration.');
  const key = error.instancePath
    .split('/')
    .slice(1)
    .map((part) =>
      /^\d+$/.test(part) ? `[${part}]` : `.${part.replaceAll('~1', '/').replaceAll('~0', '~')}`,
    )
    .join('')
    .replace(/^\./, '');
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return new ConfigError(
        file,
        key ? `${key}.${unknown}` : unknown,
        allowed.length > 0
          ? `is not a known setting. Allowed here: ${allowed.join(', ')}.`
          : 'is not a known setting: nothing may be set here (a rule without options takes none).',
      );
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return new ConfigError(
        file,
        key,
        `must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}.`,
      );
    }
    case 'oneOf':
      return new ConfigError(
        file,
        key,
        'must be "off", "warn" or "error", or a list such as ["warn", { ...options }].',
      );
    case 'type': {
      const type = String((error.params as { type: string }).type);
      return new ConfigError(file, key, `must be ${typeNames[type] ?? type}.`);
    }
    default:
      return new ConfigError(file, key, `${error.message ?? 'is not valid'}.`);
  }
}

/** A layout laid over another: `levels` keys over the defaults of the layout they name. */
export function mergeLayout(base: LayoutSpec, over: Partial<LayoutSpec> | undefined): LayoutSpec {
  if (!over) return base;
  const location = over.levels?.in ?? base.levels.in;
  const defaults: LevelsSpec =
    location === base.levels.in
      ? base.levels
      : (Object.values(presets).find((preset) => preset.ladder.levels?.in === location)?.ladder
          .levels as LevelsSpec);
  return { ...base, ...over, levels: { ...defaults, ...over.levels, in: location } };
}

/** Lays a user configuration over the preset it extends (the built-in default unless it names one). */
export function mergeConfig(
  user: LadderLintConfig | undefined,
  base: string,
  sources: string[],
): ResolvedConfig {
  const presetName = user?.extends ?? defaultPreset;
  const preset = presets[presetName] as Preset;
  return {
    preset: presetName,
    ladder: mergeLayout(preset.ladder as LayoutSpec, user?.ladder),
    // Every preset starts from each rule's own default severity (its definition's).
    rules: { ...ruleDefaults(), ...user?.rules },
    ignores: (user?.ignores ?? []).map((pattern) => ({ base, pattern })),
    templates: { ...preset.templates, ...user?.templates },
    overrides: [
      ...preset.overrides.map((override) => ({ ...override, base: '' })),
      ...(user?.overrides ?? []).map((override) => ({ ...override, base })),
    ],
    spelling: {
      ...preset.spelling,
      ...user?.spelling,
      words: [...(preset.spelling.words ?? []), ...(user?.spelling?.words ?? [])],
      ignoreWords: [...(preset.spelling.ignoreWords ?? []), ...(user?.spelling?.ignoreWords ?? [])],
    } as ResolvedConfig['spelling'],
    scales: resolveScales({ ...preset.scales, ...user?.scales }, base, sources[0] ?? ''),
    tracks: (user?.tracks ?? []).map((track) => ({ ...track, base })),
    sources,
    ...(user?.cache === undefined ? {} : { cache: user.cache }),
  };
}

export interface LoadConfigOptions {
  /** An explicit configuration file (`--config`): no discovery. */
  configFile?: string;
  /** Where discovery starts: the folder being checked. */
  searchFrom: string;
  /** Every rule (RuleMeta), for rule names and options; the engine passes the registry's. */
  knownRules: readonly RuleSchemaSource[];
}

export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const file = options.configFile ? resolve(options.configFile) : findConfigFile(options.searchFrom);
  if (!file) return mergeConfig(undefined, '', []);
  if (options.configFile && !existsSync(file)) {
    throw new ConfigError(file, '', 'does not exist. Check the path given to --config.');
  }
  const raw = await readConfigFile(file);
  if (raw === undefined || raw === null)
    throw new ConfigError(
      file,
      file.endsWith('package.json') ? 'ladderLint' : '',
      file.endsWith('package.json')
        ? 'holds no configuration. Give it an object of settings, such as { "rules": { … } }.'
        : `holds no configuration (it is ${raw === null ? 'null' : 'empty'}). Write an object of settings, such as { "rules": { … } }, or {} for the defaults.`,
    );
  const user = validateConfig(raw, file, options.knownRules);
  if (needsMarkdownParser(user.scales)) await import('../model/parse.ts');
  return mergeConfig(user, dirname(file), [file]);
}
