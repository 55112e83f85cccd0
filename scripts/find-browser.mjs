// One place that finds the Chromium every browser tool uses (wtr, Storybook smoke, Playwright
// e2e, bench). Order: $CHROME_PATH, /usr/bin/chromium, other usual Chrome/Chromium locations.
// `node scripts/find-browser.mjs --ensure` installs Debian's chromium when none is found and we
// run as root on a machine with apt-get; anywhere else it stops with a message saying how.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Flags every launcher passes: root needs --no-sandbox, the closed network needs the rest. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const howToGetOne =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`) ' +
  'or point CHROME_PATH at a Chrome/Chromium executable.';

/** Returns the browser path, or undefined when none is found. */
export function locateBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`);
  }
  return candidates.find((path) => existsSync(path));
}

/** Returns the browser path or throws with a message naming how to get a browser. */
export function findBrowser(env = process.env) {
  const path = locateBrowser(env);
  if (!path) throw new Error(howToGetOne);
  return path;
}

function canInstallWithApt() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Finds a browser, installing Debian's chromium as root when there is none. */
export function ensureBrowser() {
  const found = locateBrowser();
  if (found) return found;
  if (!canInstallWithApt()) throw new Error(howToGetOne);
  console.log("No Chromium found: installing Debian's chromium with apt-get (running as root)…");
  execFileSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
    {
      stdio: 'inherit',
    },
  );
  return findBrowser();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const path = process.argv.includes('--ensure') ? ensureBrowser() : findBrowser();
    console.log(path);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
