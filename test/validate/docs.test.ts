// docs/validation.md describes every check: each issue code used in src/validate is documented, and
// the page documents no code that no longer exists.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const srcDir = path.join(root, 'src', 'validate');
const source = fs.readdirSync(srcDir).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(srcDir, f), 'utf8')).join('\n');
const docs = fs.readFileSync(path.join(root, 'docs', 'validation.md'), 'utf8');

// Every kebab-case string literal in src/validate is an issue code.
const codes = new Set([...source.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)].map((m) => m[1]));
const documented = new Set([...docs.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)].map((m) => m[1]));

test('there are codes to check (the scan works)', () => {
  expect(codes.size).toBeGreaterThan(30);
  expect(codes.has('unknown-reference')).toBe(true);
});

test('every code is documented with its own table row', () => {
  const missing = [...codes].filter((c) => !docs.includes(`| \`${c}\` |`));
  expect(missing).toEqual([]);
});

test('the docs name no code that does not exist', () => {
  expect([...documented].filter((c) => !codes.has(c))).toEqual([]);
});
