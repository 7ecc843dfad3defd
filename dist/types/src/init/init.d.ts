export interface InitIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd: string;
}
export interface InitOptions {
    /** Replace a `.ladderlintrc.json` that is already there. */
    force?: boolean;
}
export declare const initConfigFile = ".ladderlintrc.json";
/** Runs init on `dir` (relative to the working directory) and returns the exit code; never calls process.exit. */
export declare function runInit(dir: string, options: InitOptions, io: InitIo): Promise<number>;
