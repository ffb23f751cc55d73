// The browser test drives Debian's Chromium through playwright-core (browser downloads are not used).
// Installs it with apt-get when it is missing and we may; otherwise says what to do.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);
const found = candidates.find((file) => fs.existsSync(file));
if (found) {
  console.log(`Chromium for the browser test: ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Installing Chromium from the Debian packages for the browser test…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execSync('apt-get install -y --no-install-recommends chromium', { stdio: 'inherit', env });
  } catch {
    execSync('apt-get update && apt-get install -y --no-install-recommends chromium', {
      stdio: 'inherit',
      env,
    });
  }
  process.exit(0);
}

console.error(
  'The browser test needs Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) ' +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
