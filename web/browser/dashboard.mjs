// Drives Debian's chromium (playwright-core, headless) against a running `apogee serve` loaded with the synthetic corpus.
// usage: node dashboard.mjs BASE_URL OUT_DIR EXPECTED_JSON API_KEY
// EXPECTED_JSON: {"total":6,"sites":{"Pyongyang":3},"cruise":2,"conflict":{"field":"count","Japan":"2","South Korea":"1"}}
// Prints one line per check; exits 1 at the first failure with what was seen.
import { check, run } from './harness.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [base, outDir, expectedJson, apiKey] = process.argv.slice(2);
const expected = JSON.parse(expectedJson);
mkdirSync(outDir, { recursive: true });

const problems = [];
await run(async (browser) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const external = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', async (d) => { problems.push(`dialog opened: ${d.message()}`); await d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) external.push(r.url()); });

  const ready = async () => page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const go = async (hash) => {
    if (await page.evaluate(() => location.hash) === hash) return;
    await page.evaluate(() => { document.body.dataset.ready = 'false'; });
    await page.evaluate((h) => { location.hash = h; }, hash);
    await ready();
  };
  const rows = () => page.$$eval('table.events tbody tr', (trs) => trs.length);
  const barTotal = () => page.$$eval('#timeline rect.bar', (bs) => bs.reduce((s, b) => s + Number(b.dataset.count), 0));

  // 1. Dashboard: timeline, map and table agree with the store.
  await page.goto(`${base}/`);
  await ready();
  await page.waitForSelector('#map g.site');
  check(await page.textContent('#total-count') === String(expected.total), 'headline count', await page.textContent('#total-count'));
  check(await barTotal() === expected.total, 'timeline bars sum to the total', await barTotal());
  const sites = await page.$$eval('#map g.site', (gs) => Object.fromEntries(gs.map((g) => [g.dataset.site, Number(g.dataset.count)])));
  for (const [name, n] of Object.entries(expected.sites)) check(sites[name] === n, `map site ${name} sized by ${n}`, sites);
  check(await page.$$eval('#map path.country', (p) => p.length) > 3, 'map draws countries from the bundled atlas');
  check(await page.$$eval('#map path.flight', (p) => p.length) > 0, 'map draws flight directions');
  check(await rows() === expected.total, 'table lists every launch', await rows());
  await page.screenshot({ path: join(outDir, 'dashboard.png'), fullPage: true });

  // 2. Filter by category through the form.
  await page.selectOption('#filters select[name="category"]', 'cruise');
  await page.evaluate(() => { document.body.dataset.ready = 'false'; });
  await page.click('#filters button[type="submit"]');
  await ready();
  check(await rows() === expected.cruise, 'category filter narrows the table', await rows());
  check(await barTotal() === expected.cruise, 'category filter narrows the timeline', await barTotal());

  // 3. Clicking a site on the map filters to it.
  await go('#/');
  const [siteName, siteCount] = Object.entries(expected.sites)[0];
  await page.evaluate(() => { document.body.dataset.ready = 'false'; });
  // Click the busiest site on its lower rim: a smaller neighbour may sit on top of its centre.
  const siteBox = await (await page.$(`#map g.site[data-site="${siteName}"] circle`)).boundingBox();
  await page.mouse.click(siteBox.x + siteBox.width / 2, siteBox.y + siteBox.height * 0.92);
  await ready();
  check(page.url().includes(`site=${siteName}`), 'map click sets the site filter', page.url());
  check(await rows() === siteCount, 'site filter narrows the table', await rows());

  // 4. Brushing the timeline filters to a period.
  await go('#/');
  const box = await (await page.$('#timeline svg .brush .overlay')).boundingBox();
  await page.evaluate(() => { document.body.dataset.ready = 'false'; });
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await ready();
  const brushed = await rows();
  check(page.url().includes('since=') && page.url().includes('until='), 'brushing sets since/until', page.url());
  check(brushed > 0 && brushed < expected.total, 'brushing narrows the table', brushed);
  check(await page.textContent('#total-count') === String(brushed), 'headline follows the brush');

  // 5. CSV download of exactly what the table shows.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  const csv = readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  const shownIds = await page.$$eval('table.events tbody tr', (trs) => trs.map((t) => t.dataset.id));
  const csvIds = csv.slice(1).map((l) => l.split(',')[0]);
  check(JSON.stringify(csvIds) === JSON.stringify(shownIds), 'CSV holds exactly the rows shown', { csvIds, shownIds });

  // 6. Sorting the table by range.
  await go('#/');
  await page.click('table.events th[data-key="range_km"]');
  await page.click('table.events th[data-key="range_km"]');
  const ranges = await page.$$eval('table.events tbody tr td:nth-child(9)', (tds) => tds.map((t) => t.textContent));
  check(ranges[0] === '1,500', 'sorting by range puts the longest first', ranges);

  // 7. Event page: both sides of the conflict, quotes linked into their article.
  const eventId = await page.$$eval('table.events tbody tr', (trs) =>
    trs.find((t) => t.children[3].textContent === 'hypersonic')?.dataset.id);
  await go(`#/event/${eventId}`);
  const conflict = await page.$eval(`#conflicts .conflict[data-field="${expected.conflict.field}"]`, (c) =>
    Object.fromEntries([...c.querySelectorAll('.side')].map((s) => [s.dataset.source, s.querySelector('.values').textContent])));
  check(conflict.Japan === expected.conflict.Japan && conflict['South Korea'] === expected.conflict['South Korea'],
    'event page shows both sides of the count conflict', conflict);
  check(await page.$eval('#ballistics', (b) => b.textContent.includes('No ballistics analysis') || b.querySelector('dl') !== null), 'ballistics panel present');
  await page.screenshot({ path: join(outDir, 'event.png'), fullPage: true });
  const quoteLink = await page.$eval('#claims blockquote footer a', (a) => a.getAttribute('href'));
  await go(quoteLink);
  check(await page.$$eval('#article-text mark.selected', (m) => m.length) > 0, 'the quote is highlighted in its article');

  // 8. Hostile article: markup is shown as text and nothing in it runs.
  await go('#/?category=rocket_artillery');
  const hostileId = await page.$eval('table.events tbody tr', (t) => t.dataset.id);
  await go(`#/event/${hostileId}`);
  const hostileDoc = await page.$eval('#documents li a', (a) => a.getAttribute('href'));
  await go(hostileDoc);
  await page.waitForTimeout(300);
  await page.hover('#article-text mark').catch(() => {});
  const probe = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    scripts: document.querySelectorAll('#app script').length,
    images: document.querySelectorAll('#app img, #app iframe').length,
    badLinks: [...document.querySelectorAll('#app a')].map((a) => a.getAttribute('href')).filter((h) => /^\s*javascript:/i.test(h ?? '')),
    textShown: document.querySelector('#article-text').textContent.includes('<script>window.__xss'),
    titleShown: document.querySelector('h1').textContent.includes('<img'),
  }));
  check(probe.xss === null, 'no injected script ran', probe);
  check(probe.scripts === 0 && probe.images === 0, 'no injected elements exist', probe);
  check(probe.badLinks.length === 0, 'no javascript: links exist', probe);
  check(probe.textShown && probe.titleShown, 'the markup is shown as literal text', probe);
  await page.screenshot({ path: join(outDir, 'document.png'), fullPage: true });

  // 9. The same through the front door: POST a hostile article to /api/documents, then read it in the browser.
  const hostileText = [
    'North Korea fired two ballistic missiles from Sinpo on Tuesday morning, the Joint Chiefs of Staff said. <script>window.__xss="posted-script"</script>',
    'They flew about 400 km east, the JCS said. <img src=x onerror="window.__xss=\'posted-img\'"> <a href="javascript:window.__xss=\'posted-link\'">more</a>',
    '<svg onload="window.__xss=\'posted-svg\'"></svg> <iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  ].join('\n\n');
  const posted = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': apiKey },
    body: JSON.stringify({ name: 'posted-hostile', text: hostileText, published: '2024-06-04', outlet: '<b onmouseover="x()">Wire</b>', url: 'javascript:alert(1)' }),
  });
  check(posted.status === 200, 'hostile article accepted by POST /api/documents', posted.status);
  const postedBody = await posted.json();
  await go(`#/document/${postedBody.document_id}`);
  await page.waitForTimeout(300);
  const probe2 = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    injected: document.querySelectorAll('#app script, #app img, #app iframe, #app svg').length,
    literal: document.querySelector('#article-text').textContent.includes('<script>window.__xss'),
  }));
  check(probe2.xss === null && probe2.injected === 0 && probe2.literal, 'posted hostile article is shown as text and nothing runs', probe2);
  for (const ev of postedBody.events ?? []) {
    await go(`#/event/${ev.id}`);
    check(await page.evaluate(() => window.__xss ?? null) === null, `event #${ev.id} of the posted article runs nothing`);
  }

  check(external.length === 0, 'no request left the server (no CDN)', external);
  check(problems.length === 0, 'no page errors or dialogs', problems);
}, () => {
  if (problems.length) console.log(`also: ${problems.join('; ')}`);
});
