// `npm run test:browser`: build if dist/ is missing, start the harness server on a free port,
// and run test/browser/*.browser.ts with node's test runner against headless chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startHarnessServer } from '../../scripts/harness-server';
import { CHROMIUM } from './browser';

const ROOT = path.resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    return 1;
  }
  if (!existsSync(path.join(ROOT, 'dist', 'harness.html'))) {
    console.log('dist/ is missing: building first (npm run build)…');
    const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('The build failed; no browser tests were run.');
      return 1;
    }
  }
  if (!existsSync(path.join(ROOT, 'examples', 'school.xlsx'))) {
    console.error('examples/school.xlsx is missing: run `npm run examples` first.');
    return 1;
  }
  const server = await startHarnessServer(0, ROOT);
  console.log(`harness at ${server.url}`);
  try {
    const only = process.argv.slice(2);
    const files = readdirSync(__dirname).filter((f) => f.endsWith('.browser.ts')).map((f) => path.join(__dirname, f));
    const args = ['--import', 'tsx', '--test', '--test-concurrency=1', ...(only.length ? ['--test-name-pattern', only.join('|')] : []), ...files];
    // Asynchronously: the harness server lives in this process and must keep answering.
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, HARNESS_URL: server.url } });
    return await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The browser tests could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
