/**
 * The configuration schema with what each rule says of itself: its options' schema, description
 * and docs page, so that editors complete and check rule options, and the loader rejects a wrong
 * one (exit 2) instead of the rule failing on every page.
 */
import { configSchema } from './schema.ts';

/** What the configuration needs to know of a rule (see RuleMeta). */
export interface RuleSchemaSource {
  id: string;
  description?: string;
  url?: string;
  options?: object;
}

const severity = configSchema.properties.rules.additionalProperties.oneOf[0];

/** A rule without options takes none: `["warn", {}]` at most. */
const noOptions = { type: 'object', additionalProperties: false, properties: {} };

function ruleSettingSchema(rule: RuleSchemaSource): object {
  return {
    ...(rule.description ? { description: `${rule.description}${rule.url ? ` ${rule.url}` : ''}` } : {}),
    $comment: 'rule-setting',
    oneOf: [
      severity,
      {
        type: 'array',
        prefixItems: [severity, rule.options ?? noOptions],
        minItems: 1,
        maxItems: 2,
        items: false,
      },
    ],
  };
}

export function configSchemaWithRules(rules: readonly RuleSchemaSource[]): object {
  const rulesSchema = {
    ...configSchema.properties.rules,
    properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSettingSchema(rule)])),
  };
  const { properties } = configSchema;
  const rulesReference = { $ref: '#/$defs/rules' };
  return {
    ...configSchema,
    properties: {
      ...properties,
      rules: rulesReference,
      overrides: {
        ...properties.overrides,
        items: {
          ...properties.overrides.items,
          properties: { ...properties.overrides.items.properties, rules: rulesReference },
        },
      },
    },
    $defs: { rules: rulesSchema },
  };
}
