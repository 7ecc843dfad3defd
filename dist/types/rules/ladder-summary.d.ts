declare const ladderSummary: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderSummary;
