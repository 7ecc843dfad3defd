declare module 'vfile' {
    interface DataMap {
        /** The file started with a byte-order mark, which is dropped before the page is parsed. */
        byteOrderMark: boolean;
    }
}
declare const ladderTypography: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderTypography;
