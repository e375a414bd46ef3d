// Browser tests drive Debian's Chromium (never a downloaded browser build). Installs it, with CJK fonts so
// Chinese renders in screenshots, when it is missing. Needs root, as on the CI machines.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureChromium() {
  const fonts = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
  if (existsSync(CHROMIUM) && existsSync(fonts)) return CHROMIUM;
  console.log('Installing Debian chromium and fonts-noto-cjk for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
