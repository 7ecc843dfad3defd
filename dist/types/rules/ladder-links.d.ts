declare const ladderLinks: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderLinks;
