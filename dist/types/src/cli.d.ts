export declare const exitCodes: {
    readonly ok: 0;
    readonly findings: 1;
    readonly failure: 2;
};
export declare const formats: readonly ["stylish", "json", "sarif", "github", "progression", "outline"];
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd: string;
    color: boolean;
    /** Where GITHUB_ACTIONS is read (see output-guard.ts); process.env unless given. */
    env?: NodeJS.ProcessEnv;
}
/** Runs the command line and returns the exit code; never calls process.exit. */
export declare function runCli(argv: readonly string[], given: CliIo): Promise<number>;
