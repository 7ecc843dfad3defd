/** Past this many of one marker, a page is a draft: the rest are counted in one finding. */
export declare const placeholdersShown = 20;
declare const ladderPlaceholder: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderPlaceholder;
