/** What the configuration needs to know of a rule (see RuleMeta). */
export interface RuleSchemaSource {
    id: string;
    description?: string;
    url?: string;
    options?: object;
}
export declare function configSchemaWithRules(rules: readonly RuleSchemaSource[]): object;
