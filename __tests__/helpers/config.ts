import { mergeConfig } from '../../src/config/load-config.ts';
import type { LadderLintConfig, ResolvedConfig } from '../../src/config/types.ts';
import { ruleNames } from '../../src/rule-api/registry.ts';

/** The default configuration with only `rule` switched on, so a test sees that rule's findings alone. */
export function onlyRule(
  rule: string,
  options?: Record<string, unknown>,
  extra: LadderLintConfig = {},
): ResolvedConfig {
  const rules = Object.fromEntries(ruleNames.map((name) => [name, 'off' as const]));
  const config = mergeConfig(
    { ...extra, rules: { ...rules, [rule]: options ? ['warn', options] : 'warn' } },
    '',
    [],
  );
  return config;
}

/** The default configuration with `extra` merged in and only `rule` on, as `extra` sets it (default `warn`). */
export function onlyRuleWith(rule: string, extra: LadderLintConfig = {}): ResolvedConfig {
  const setting = extra.rules?.[rule];
  const options = Array.isArray(setting) ? setting[1] : undefined;
  return onlyRule(rule, options, { ...extra, rules: {} });
}
