// What every browser check shares: Debian's chromium launched headless (playwright-core; a non-persistent launch gets
// its own fresh user-data-dir) with nothing that reaches outside 127.0.0.1, and one output line per check.
import { chromium } from 'playwright-core';

// Throws at the first failed check, with what was seen; prints "ok ..." for each that holds.
export function check(cond, what, seen) {
  if (!cond) throw new Error(`FAIL ${what}${seen === undefined ? '' : `: saw ${JSON.stringify(seen)}`}`);
  console.log(`ok ${what}`);
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
