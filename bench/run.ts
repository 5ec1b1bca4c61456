// `npm run bench -- <suite> [args…]`: runs bench/<suite>.ts, whose default export prints a table
// and writes its JSON into bench/results/. With no suite, runs every suite with its defaults.
import * as path from 'node:path';
import * as fs from 'node:fs';

const SUITES = ['schema', 'validate', 'timetable', 'clubs'] as const;

async function main(): Promise<void> {
  const [suite, ...args] = process.argv.slice(2);
  const chosen = suite ? [suite] : [...SUITES];
  for (const name of chosen) {
    const file = path.join(__dirname, `${name}.ts`);
    if (!fs.existsSync(file)) {
      console.error(`Unknown bench suite '${name}'. Suites: ${SUITES.join(', ')}`);
      process.exit(2);
    }
    const mod = (await import(file)) as { default: (args: string[]) => Promise<void> };
    await mod.default(args);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
