/** A failure the command explains itself: the message goes to stderr as is, the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
