// Run the CLI in-process and capture what it prints.
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
