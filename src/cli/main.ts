// The `periodic` command line: dispatch, help, and the one place failures become exit codes.
import { CliError, EXIT, processIo, type CliIo } from './io';

export const HELP = `Periodic: school timetables and club schedules from an Excel workbook.

Usage: periodic <command> [options]

Commands:
  example <out.xlsx> [--size small|medium|large] [--broken] [--force]
                    write a realistic example workbook
  validate <in.xlsx> [--json] [--mark <out.xlsx>]
                    check every sheet; list each issue at its cell
  solve <in.xlsx> [--out <file>] [--seed N] [--time-limit S] [--steps N] [--json] [--only timetable|clubs]
                    solve the timetable and/or the clubs; write <name>.solved.xlsx
  views <in.xlsx> [--out <file>]
                    after editing Timetable / Club Assignments, re-derive every other view

'periodic <command> --help' explains a command. Exit status: 0 ok, 1 errors, 2 unreadable file
or bad usage. The workbook format: docs/workbook-format.md.`;

interface Command {
  run: (argv: string[], io: CliIo) => Promise<number>;
  help: string;
}

/** A command whose module is imported only when it runs. */
const lazy = <M>(load: () => Promise<M>, pick: (m: M) => Command) => async (): Promise<Command> => pick(await load());

// Loaded on demand, so `periodic --help` does not pay for ExcelJS and the solvers.
const COMMANDS: Record<string, () => Promise<Command>> = {
  example: lazy(() => import('./commands/example'), (m) => ({ run: m.exampleCommand, help: m.EXAMPLE_HELP })),
  validate: lazy(() => import('./commands/validate'), (m) => ({ run: m.validateCommand, help: m.VALIDATE_HELP })),
  solve: lazy(() => import('./commands/solve'), (m) => ({ run: m.solveCommand, help: m.SOLVE_HELP })),
  views: lazy(() => import('./commands/views'), (m) => ({ run: m.viewsCommand, help: m.VIEWS_HELP })),
};

/** Run the command line; resolves to the exit status (never throws, never prints a stack trace). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command) {
    io.err(HELP);
    return EXIT.unreadable;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return EXIT.ok;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(`periodic: unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(', ')}. See 'periodic --help'.`);
    return EXIT.unreadable;
  }
  try {
    const entry = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(entry.help);
      return EXIT.ok;
    }
    return await entry.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(err.message);
      return err.exitCode;
    }
    // A bug of ours: still one line for the user, the details only when asked for.
    const message = err instanceof Error ? err.message : String(err);
    io.err(`periodic ${command}: unexpected failure: ${message}`);
    if (process.env.PERIODIC_DEBUG && err instanceof Error && err.stack) io.err(err.stack);
    return EXIT.errors;
  }
}
