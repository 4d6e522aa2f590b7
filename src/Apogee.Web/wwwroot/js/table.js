// The events table: click a header to sort, a row to open the launch; downloads carry the same filters as the view.
import { el, fmt, clear } from './dom.js';
import { getJson, filterQuery } from './api.js';

const COLUMNS = [
  { key: 'date', label: 'Date', value: (e) => e.earliest ?? '', show: (e) => fmt.date(e) },
  { key: 'time_local', label: 'Time', value: (e) => e.time_local ?? '' },
  { key: 'category', label: 'Category', value: (e) => e.category, show: (e) => fmt.label(e.category) },
  { key: 'range_class', label: 'Class', value: (e) => e.range_class ?? '' },
  { key: 'missile_name', label: 'Missile', value: (e) => e.missile_name ?? '' },
  { key: 'site', label: 'Site', value: (e) => e.site?.name ?? '' },
  { key: 'direction', label: 'Dir.', value: (e) => e.direction ?? '' },
  { key: 'range_km', label: 'Range km', value: (e) => e.range_km ?? -1, show: (e) => fmt.num(e.range_km), num: true },
  { key: 'apogee_km', label: 'Apogee km', value: (e) => e.apogee_km ?? -1, show: (e) => fmt.num(e.apogee_km), num: true },
  { key: 'count', label: 'Count', value: (e) => e.count ?? '' },
  { key: 'reports', label: 'Reports', value: (e) => e.reports, num: true },
  { key: 'sources', label: 'Sources', value: (e) => e.sources.join(', ') },
  // The catalogue launch each event matches; 'none' marks the events the catalogue lacks.
  { key: 'catalogue', label: 'CNS', value: (e) => e.catalogue?.id ?? 0, show: (e) => (e.catalogue ? String(e.catalogue.id) : 'none'), num: true },
  { key: 'conflicts', label: 'Disputed', value: (e) => e.conflicts.length, show: (e) => e.conflicts.map(fmt.label).join(', '), num: true },
];

export function renderTable(card, firstPage, filters, pageSize) {
  const rows = [...firstPage.items];
  const total = firstPage.total;
  let cursor = firstPage.next; // keyset: the page after the last row shown, an index seek however deep
  let sort = { key: null, dir: 1 };

  const heading = el('div', { class: 'table-head' },
    el('h2', { text: 'Launches' }),
    el('span', { class: 'shown', id: 'shown-count' }),
    el('a', { class: 'button', id: 'download-csv', href: `/api/export?${filterQuery(filters, { format: 'csv' })}`, download: 'apogee-events.csv', text: 'Download CSV' }),
    el('a', { class: 'button secondary', id: 'download-geojson', href: `/api/export?${filterQuery(filters, { format: 'geojson' })}`, download: 'apogee-events.geojson', text: 'GeoJSON' }));
  const table = el('table', { class: 'events' });
  const more = el('button', { class: 'secondary', id: 'load-more', type: 'button', text: 'Load more' });
  card.append(heading, el('div', { class: 'scroll' }, table), more);

  function draw() {
    const sorted = sort.key
      ? [...rows].sort((a, b) => {
        const col = COLUMNS.find((c) => c.key === sort.key);
        const va = col.value(a); const vb = col.value(b);
        return (va < vb ? -1 : va > vb ? 1 : a.id - b.id) * sort.dir;
      })
      : rows;
    clear(table);
    table.append(el('thead', {}, el('tr', {}, el('th', { text: '#' }), COLUMNS.map((c) =>
      el('th', {
        class: `${c.num ? 'num' : ''} sortable ${sort.key === c.key ? (sort.dir > 0 ? 'asc' : 'desc') : ''}`,
        'data-key': c.key,
        'aria-sort': sort.key === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none',
        onclick: () => { sort = { key: c.key, dir: sort.key === c.key ? -sort.dir : 1 }; draw(); },
        text: c.label,
      })))));
    table.append(el('tbody', {}, sorted.map((e) => el('tr', { 'data-id': e.id, class: `${e.conflicts.length ? 'disputed' : ''}${e.catalogue ? '' : ' not-in-catalogue'}` },
      el('td', {}, el('a', { href: `#/event/${e.id}`, text: e.id })),
      COLUMNS.map((c) => el('td', { class: c.num ? 'num' : '', text: c.show ? c.show(e) : c.value(e) }))))));
    if (!rows.length) table.append(el('caption', { text: 'No launches match the filters.' }));
    document.getElementById('shown-count').textContent = `${rows.length} of ${total} shown${rows.length < total ? ' (downloads include all matching)' : ''}`;
    more.hidden = !cursor;
  }

  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = await getJson(`/api/events?${filterQuery(filters, { after: cursor, limit: pageSize })}`);
    rows.push(...next.items);
    cursor = next.next;
    more.disabled = false;
    draw();
  });
  draw();
}
