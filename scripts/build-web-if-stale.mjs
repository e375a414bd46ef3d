#!/usr/bin/env node
// `npm start` builds the web app only when it has to: when apps/web/dist/index.html is missing or older
// than any source it is built from (docs/decisions/0001-typescript-without-a-server-build.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'apps/web/dist/index.html');
const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/public', 'packages/shared/src'].map((p) =>
  join(root, p),
);

/** The newest modification time under `path` (a file or a directory tree), 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file shows only as a newer directory
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

if (!existsSync(join(root, 'apps/web/index.html'))) {
  console.error('linli: no web app sources (apps/web/index.html): serving the API only');
  process.exit(0);
}

const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newest));
if (builtAt > 0 && builtAt >= changedAt) process.exit(0);

console.error(builtAt === 0 ? 'linli: building the web app (first run)…' : 'linli: web sources changed, rebuilding the web app…');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) {
  console.error('linli: the web app did not build; see the errors above');
  process.exit(result.status ?? 1);
}
