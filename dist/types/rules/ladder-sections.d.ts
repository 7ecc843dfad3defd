declare const ladderSections: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderSections;
