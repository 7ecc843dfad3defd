/** A configuration problem the user must fix; the CLI prints it and exits 2. */
export declare class ConfigError extends Error {
    readonly file: string;
    readonly key: string;
    readonly problem: string;
    constructor(file: string, key: string, problem: string);
}
