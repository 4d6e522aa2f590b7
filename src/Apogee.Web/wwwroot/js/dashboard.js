// The analyst's first view: filters, the timeline and the map over the same filtered set, and the table below.
import { el, fmt, categories, rangeClasses } from './dom.js';
import { getJson, filterQuery } from './api.js';
import { navigateFilters } from './main.js';
import { drawTimeline } from './timeline.js';
import { drawMap } from './map.js';
import { renderTable } from './table.js';

const PAGE = 500;

export async function renderDashboard(app, filters) {
  const [overview, page] = await Promise.all([
    getJson(`/api/overview?${filterQuery(filters)}`),
    getJson(`/api/events?${filterQuery(filters, { limit: PAGE })}`),
  ]);

  app.append(filterBar(filters));
  app.append(kpis(overview, filters));

  const timelineCard = el('section', { class: 'card timeline-card', id: 'timeline' },
    el('h2', { text: 'Launches per month, by category' }),
    el('p', { class: 'hint', text: 'Drag across the bars to filter to a period.' }));
  const mapCard = el('section', { class: 'card map-card', id: 'map' },
    el('h2', { text: 'Launch sites' }),
    el('p', { class: 'hint', text: 'Circle area = launches from the site; arrows = reported direction and range. Click a site to filter.' }));
  app.append(el('div', { class: 'grid' }, timelineCard, mapCard));

  const tableCard = el('section', { class: 'card table-card', id: 'events' });
  app.append(tableCard);

  drawTimeline(timelineCard, overview.months, (since, until) => navigateFilters({ ...filters, since, until }));
  await drawMap(mapCard, overview.sites, page.items, (site) => navigateFilters({ ...filters, site }));
  renderTable(tableCard, page, filters, PAGE);
}

function filterBar(filters) {
  const input = (name, label, type = 'text', extra = {}) =>
    el('label', { class: 'field' }, el('span', { text: label }),
      el('input', { name, type, value: filters[name] ?? '', ...extra }));
  const select = (name, label, values) =>
    el('label', { class: 'field' }, el('span', { text: label }),
      el('select', { name },
        el('option', { value: '', text: 'any' }),
        values.map((v) => el('option', { value: v, text: fmt.label(v), selected: filters[name] === v }))));

  const form = el('form', { class: 'filters', id: 'filters', autocomplete: 'off' },
    input('since', 'Since', 'date'),
    input('until', 'Until', 'date'),
    select('category', 'Category', categories),
    select('range_class', 'Range class', rangeClasses),
    input('site', 'Site'),
    input('actor', 'Actor'),
    input('min_range', 'Min km', 'number', { min: 0, step: 'any', class: 'short' }),
    input('max_range', 'Max km', 'number', { min: 0, step: 'any', class: 'short' }),
    input('q', 'Quote contains', 'search', { placeholder: 'e.g. Joint Chiefs' }),
    el('div', { class: 'actions' },
      el('button', { type: 'submit', text: 'Apply' }),
      el('button', { type: 'button', class: 'secondary', text: 'Clear', onclick: () => navigateFilters({}) })));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = {};
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) f[k] = String(v).trim();
    navigateFilters(f);
  });
  return form;
}

function kpis(overview, filters) {
  const months = overview.months.map((m) => m.month);
  const span = months.length ? `${months[0]} – ${months[months.length - 1]}` : 'no dated launches';
  const active = Object.entries(filters);
  return el('div', { class: 'kpis' },
    el('div', { class: 'kpi' }, el('b', { id: 'total-count', text: overview.total }), el('span', { text: 'launches' })),
    el('div', { class: 'kpi' }, el('b', { text: overview.sites.length }), el('span', { text: 'sites' })),
    el('div', { class: 'kpi' }, el('b', { text: span }), el('span', { text: 'period' })),
    overview.undated ? el('div', { class: 'kpi' }, el('b', { text: overview.undated }), el('span', { text: 'undated' })) : null,
    el('div', { class: 'chips' }, active.map(([k, v]) => el('span', { class: 'chip', text: `${fmt.label(k)}: ${v}` }))));
}
