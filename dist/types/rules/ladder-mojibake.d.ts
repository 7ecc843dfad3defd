declare const ladderMojibake: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderMojibake;
