// Drives Debian's chromium (playwright-core, headless) to one event page of a running `apogee serve` whose articles
// repeat claims (tests/Apogee.Web.Tests/ClaimGroupsTests.cs): each (source, field, value) must be one chip and one
// line, and a repeated one a closed <details> that opens to all its quotes.
// usage: node claims.mjs BASE_URL EVENT_ID. Prints one line per check; exits 1 at the first failure.
import { check, run } from './harness.mjs';

const [base, id] = process.argv.slice(2);
await run(async (browser) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/#/event/${id}`);
  await page.waitForSelector('body[data-ready="true"] #claims', { timeout: 20000 });

  const chips = await page.$$eval('#figures .figure[data-field="category"] .chip', (cs) => cs.map((c) => c.textContent));
  check(chips.length === 1 && chips[0] === 'North Korea: space_launch ×3', 'one category chip with its count', chips);

  const groups = await page.$$eval('#claims details.claim', (ds) => ds.map((d) => ({
    field: d.dataset.field, open: d.open, summary: d.querySelector('summary').textContent,
  })));
  check(groups.length === 2 && groups.every((g) => !g.open && g.summary.endsWith(' 3 quotes')), 'two repeated claims, closed, with their count', groups);
  const single = await page.$$eval('#claims div.claim blockquote', (bs) => bs.length);
  check(single === 1, "Japan's one claim shown with its quote", single);

  await page.click('#claims details.claim[data-field="range_km"] summary');
  const quotes = await page.$$eval('#claims details.claim[data-field="range_km"][open] blockquote', (bs) => bs.map((b) => b.querySelector('span').textContent));
  check(quotes.length === 3 && new Set(quotes).size === 3, 'opening the group shows its three quotes', quotes);
  check(errors.length === 0, 'no page errors', errors);
});
