// Where the command line writes, injected so tests can run main() in-process.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Is stderr a terminal (progress bar on)? */
  isTTY: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
  /** Redraw the progress line in place (TTY only). */
  status?(line: string): void;
  /** Register a Ctrl-C handler for the duration of a solve; returns an unregister function. */
  onInterrupt?(handler: () => void): () => void;
}

export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

/** A failure to report as one line and an exit code, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function processIo(): CliIo {
  const tty = !!process.stderr.isTTY;
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTTY: tty,
    columns: process.stderr.columns,
    status: (line) => process.stderr.write(`\r\x1b[2K${line}`),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };
}
