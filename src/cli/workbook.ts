// Opening and saving workbooks for the commands, with failures as one line and an exit code.
import * as path from 'node:path';
import type { SheetValues } from '../schema/records';
import type { OutputSheet } from '../core/output';
import { UnreadableWorkbookError, XlsxHost } from '../host/xlsx';
import { CliError, EXIT, type CliIo } from './io';

export async function openWorkbook(file: string): Promise<{ host: XlsxHost; values: SheetValues }> {
  try {
    const host = await XlsxHost.load(file);
    return { host, values: await host.readSheets() };
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) throw new CliError(err.message, EXIT.unreadable);
    throw new CliError(`Cannot read ${file}: ${(err as Error)?.message ?? String(err)}`, EXIT.unreadable);
  }
}

export async function saveWorkbook(host: XlsxHost, file: string, options: { reproducible?: boolean } = {}): Promise<void> {
  try {
    await host.save(file, options);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EBUSY' ? 'the file is open in another program' : (err as Error).message;
    throw new CliError(`Cannot write ${file}: ${why}.`, EXIT.errors);
  }
}

/**
 * Before writing `out` from a workbook loaded from `input`: content the writer cannot keep
 * (charts, pivot tables, macros …) must not be lost silently. Writing over the input itself is
 * refused; writing elsewhere gets a note on stderr.
 */
export function checkLossyWrite(command: string, host: XlsxHost, input: string, out: string, io: CliIo): void {
  if (host.lossy.length === 0) return;
  const what = host.lossy.join(', ');
  if (samePath(input, out)) {
    throw new CliError(`periodic ${command}: ${input} has ${what}, which rewriting it here would lose; write to another file with --out.`, EXIT.errors);
  }
  io.err(`Note: ${input} has ${what}; ${out} will not have them (${input} itself is not changed).`);
}

/** 'dir/school.xlsx' → 'dir/school.solved.xlsx'. */
export function defaultOutput(input: string, suffix: string): string {
  const ext = path.extname(input);
  const base = ext ? input.slice(0, -ext.length) : input;
  return `${base}.${suffix}${ext || '.xlsx'}`;
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

/** Input sheets written as plain tables: bold, frozen header, fitted widths. */
export function inputSheets(values: SheetValues): OutputSheet[] {
  return Object.entries(values).map(([name, rows]) => ({ name, values: rows as OutputSheet['values'] }));
}
