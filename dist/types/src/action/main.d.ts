/** GitHub shows at most this many error and this many warning annotations from one step. */
export declare const workflowCommandLimit = 10;
/** The Action: lint the whole ladder, report what the change touched, fail as `fail-on` says. */
export declare function runAction(): Promise<number>;
