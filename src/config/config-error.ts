/** A configuration problem the user must fix; the CLI prints it and exits 2. */
export class ConfigError extends Error {
  readonly file: string;
  readonly key: string;
  readonly problem: string;

  constructor(file: string, key: string, problem: string) {
    super(`${file}: ${key ? `"${key}" ` : ''}${problem}`);
    this.name = 'ConfigError';
    this.file = file;
    this.key = key;
    this.problem = problem;
  }
}
