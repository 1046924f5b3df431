/**
 * Makes sure the browser tests have a Chromium: $CHROMIUM_PATH, Playwright's own, or a system one.
 * When there is none it installs one (Playwright's download where that is reachable, else the
 * operating system's package when running as root), or stops with one line saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/chromium';

function run(command: string, args: string[], timeoutMs: number): boolean {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

let found = findChromium();
if (!found) {
  run('npx', ['playwright', 'install', 'chromium'], 180_000);
  found = findChromium();
}
if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  process.env.DEBIAN_FRONTEND = 'noninteractive';
  run('apt-get', ['update', '-qq'], 300_000) && run('apt-get', ['install', '-y', '-qq', 'chromium'], 600_000);
  found = findChromium();
}
if (!found) {
  console.error(
    'No Chromium for the browser tests: run `npx playwright install chromium`, or install your system\'s chromium package (e.g. `apt-get install chromium`), or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
console.log(`ensure-chromium: using ${found}`);
