/**
 * `npm run test:e2e`: the browser tests, in four steps, each announced and timed: a Chromium
 * (scripts/ensure-chromium.ts), the site built into `.next-test` (build:test), the hostile build into
 * `.next-hostile` (build:hostile), then Playwright against both. Arguments go to `playwright test`
 * (`npm run test:e2e -- tests/e2e/site.spec.ts`). Neither build is `.next`, so a running `npm start`
 * keeps serving what it served.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './next-build';

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const steps: { name: string; command: string; args: string[] }[] = [
  { name: 'chromium', command: bin('tsx'), args: ['scripts/ensure-chromium.ts'] },
  { name: 'build:test', command: bin('tsx'), args: ['scripts/build-test.ts'] },
  { name: 'build:hostile', command: bin('tsx'), args: ['scripts/build-hostile.ts'] },
  { name: 'playwright', command: bin('playwright'), args: ['test', ...process.argv.slice(2)] },
];

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`test:e2e: could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// The child gets the terminal's Ctrl+C itself; this process waits for it to finish cleaning up.
process.on('SIGINT', () => {});

const timings: string[] = [];
const started = performance.now();
let status = 0;
for (const [index, step] of steps.entries()) {
  console.log(`\ntest:e2e [${index + 1}/${steps.length}] ${step.name}`);
  const stepStarted = performance.now();
  status = await run(step.command, step.args);
  timings.push(`${step.name} ${((performance.now() - stepStarted) / 1000).toFixed(0)} s`);
  if (status !== 0) break;
}
const total = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\ntest:e2e ${status === 0 ? 'passed' : `FAILED (exit ${status})`} in ${total} s: ${timings.join(', ')}.`);
process.exit(status);
