#!/usr/bin/env node
// The certificate SVGs are drawn in Chinese: rendering them needs a CJK font. ensureCjkFont() checks fontconfig and,
// running as root with apt-get (a Debian CI machine), installs fonts-wqy-zenhei; otherwise it says how to get one.
// Run directly (`node scripts/cjk-font.mjs`, part of `npm test`'s pretest) it does the same and exits non-zero on failure.
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function hasCjkFont() {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().length > 0;
  } catch {
    return false;
  }
}

export function ensureCjkFont() {
  if (hasCjkFont()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !hasCommand('apt-get')) {
    throw new Error('No CJK font for the certificate drawings: install fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei) or fonts-noto-cjk');
  }
  console.error('No CJK font found: installing fonts-wqy-zenhei with apt-get');
  const install = 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null';
  try {
    execSync(install, { stdio: 'inherit', shell: '/bin/bash' });
  } catch {
    execSync(`apt-get update -qq && ${install}`, { stdio: 'inherit', shell: '/bin/bash' });
  }
  if (!hasCjkFont()) throw new Error('CJK font still missing after apt-get: install fonts-noto-cjk or fonts-wqy-zenhei');
}

function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/bash' });
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureCjkFont();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
