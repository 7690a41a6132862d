/** One `qos` subcommand. Each lives in its own file under commands/ and is listed in commands.ts. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal: progress lines are drawn only then. */
  readonly interactive: boolean;
  readonly cwd: string;
  /** Resolves when the user asks to stop (Ctrl+C); long commands watch it. */
  readonly interrupted: Promise<void>;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `qos --help`. */
  readonly summary: string;
  /** Full usage text for `qos <name> --help`. */
  readonly usage: string;
  /** Returns the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Thrown for wrong arguments: main prints the message and the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
