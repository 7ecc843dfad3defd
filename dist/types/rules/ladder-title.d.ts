declare const ladderTitle: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderTitle;
