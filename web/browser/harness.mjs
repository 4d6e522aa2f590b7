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

// Runs a script's checks in one browser: the first failure prints its message (and whatever afterFailure adds), the
// browser is closed either way, and the process exits 1 on a failure, 0 otherwise.
export async function run(body, afterFailure = () => {}) {
  const browser = await launch();
  let exit = 0;
  try {
    await body(browser);
  } catch (e) {
    console.log(e.message);
    afterFailure();
    exit = 1;
  } finally {
    await browser.close();
  }
  process.exit(exit);
}
