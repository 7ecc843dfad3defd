declare const ladderMetadata: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderMetadata;
