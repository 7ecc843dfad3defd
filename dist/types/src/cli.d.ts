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
}
/** Runs the command line and returns the exit code; never calls process.exit. */
export declare function runCli(argv: readonly string[], io: CliIo): Promise<number>;
