// Drives Debian's chromium (playwright-core, headless) to a launch's event page on a running `apogee serve` whose store
// holds a reference catalogue, and to the dashboard's table.
// usage: node catalogue.mjs BASE_URL EVENT_ID EXPECTED_JSON
// EXPECTED_JSON: {"title":"Catalogue (CNS launch 1)","rows":{"apogee":["6000 km","6000 km","yes"]},"none":5,"lacking_event":2}
// Prints one line per check; exits 1 at the first failure with what was seen.
import { check, run } from './harness.mjs';

const [base, eventId, expectedJson] = process.argv.slice(2);
const expected = JSON.parse(expectedJson);
await run(async (browser) => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const ready = async () => page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });

  // The linked launch: the catalogue card lists each field beside the consolidated value.
  await page.goto(`${base}/#/event/${eventId}`);
  await ready();
  check(await page.textContent('#catalogue h2') === expected.title, 'event page titles the catalogue card with the CNS launch', await page.textContent('#catalogue h2'));
  const rows = await page.$$eval('#catalogue tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [tr.dataset.field, [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)])));
  for (const [field, cells] of Object.entries(expected.rows)) {
    check(JSON.stringify(rows[field]) === JSON.stringify(cells), `catalogue row ${field} shows Apogee, catalogue, agreement`, rows[field]);
  }

  // A launch the catalogue lacks says so.
  await page.evaluate(() => { document.body.dataset.ready = 'false'; location.hash = '#/'; });
  await ready();
  await page.evaluate((id) => { document.body.dataset.ready = 'false'; location.hash = `#/event/${id}`; }, expected.lacking_event);
  await ready();
  check((await page.textContent('#catalogue p.empty'))?.includes('the catalogue lacks this launch'), 'an unlinked launch says the catalogue lacks it', await page.textContent('#catalogue'));

  // The dashboard's table marks the launches the catalogue lacks.
  await page.evaluate(() => { document.body.dataset.ready = 'false'; location.hash = '#/'; });
  await ready();
  const marked = await page.$$eval('table.events tbody tr.not-in-catalogue', (trs) => trs.length);
  check(marked === expected.none, 'the table marks the launches the catalogue lacks', marked);
  check(errors.length === 0, 'no page errors', errors);
});
