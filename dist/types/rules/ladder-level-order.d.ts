declare const ladderLevelOrder: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderLevelOrder;
