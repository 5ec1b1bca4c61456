// Command-line options: Node's parseArgs, with mistakes turned into one clear line.
import { parseArgs } from 'node:util';
import { CliError, EXIT } from './io';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export function parse(command: string, argv: string[], options: OptionSpec, positionals: string[]): Parsed {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    // Node's messages run to several sentences; the first says what is wrong.
    const msg = (err as Error).message.split(/\.\s/)[0].replace(/\.$/, '').replace(/^Unknown option/, 'unknown option');
    throw new CliError(`periodic ${command}: ${msg}. See 'periodic ${command} --help'.`, EXIT.unreadable);
  }
  const pos = parsed.positionals;
  if (pos.length < positionals.length) {
    throw new CliError(`periodic ${command}: missing ${positionals[pos.length]}. See 'periodic ${command} --help'.`, EXIT.unreadable);
  }
  if (pos.length > positionals.length) {
    throw new CliError(`periodic ${command}: unexpected argument '${pos[positionals.length]}'. See 'periodic ${command} --help'.`, EXIT.unreadable);
  }
  return { positionals: pos, values: parsed.values as Parsed['values'] };
}

/** A whole number option within bounds, or undefined when absent. */
export function intOption(command: string, name: string, value: string | boolean | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new CliError(`periodic ${command}: --${name} must be a whole number ≥ ${min}; found '${String(value)}'.`, EXIT.unreadable);
  }
  return n;
}

/** A positive number option (seconds), or undefined when absent. */
export function secondsOption(command: string, name: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new CliError(`periodic ${command}: --${name} must be a number of seconds > 0; found '${String(value)}'.`, EXIT.unreadable);
  }
  return n;
}

export function choiceOption<T extends string>(command: string, name: string, value: string | boolean | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new CliError(`periodic ${command}: --${name} must be one of ${choices.join(', ')}; found '${String(value)}'.`, EXIT.unreadable);
}
