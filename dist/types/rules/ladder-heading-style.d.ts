declare const ladderHeadingStyle: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderHeadingStyle;
