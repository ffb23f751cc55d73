// The tests need two programs from the system: Debian's Chromium (the browser test, driven by playwright-core;
// browser downloads are not used) and LibreOffice Calc (an upload test re-saves a workbook with it, as users
// do). Installs what is missing with apt-get when we may; otherwise says what to do.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const tools = [
  {
    name: 'Chromium',
    candidates: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
    packages: 'chromium',
    hint: 'sudo apt-get install chromium, or point CHROMIUM_PATH at a Chromium or Chrome binary',
  },
  {
    name: 'LibreOffice Calc',
    candidates: ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/homebrew/bin/soffice'],
    packages: 'libreoffice-calc-nogui',
    hint: 'sudo apt-get install libreoffice-calc-nogui (macOS: brew install --cask libreoffice)',
  },
];

const isRoot = process.getuid?.() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const missing = [];

for (const tool of tools) {
  const found = tool.candidates.filter(Boolean).find((file) => fs.existsSync(file));
  if (found) {
    console.log(`${tool.name} for the tests: ${found}`);
    continue;
  }
  if (!isRoot || !hasApt) {
    missing.push(tool);
    continue;
  }
  console.log(`Installing ${tool.name} from the Debian packages for the tests…`);
  const install = `apt-get install -y --no-install-recommends ${tool.packages}`;
  try {
    execSync(install, { stdio: 'inherit', env });
  } catch {
    execSync(`apt-get update && ${install}`, { stdio: 'inherit', env });
  }
}

if (missing.length > 0) {
  for (const tool of missing) console.error(`The tests need ${tool.name}: ${tool.hint}.`);
  process.exit(1);
}
