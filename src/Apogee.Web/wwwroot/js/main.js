// Router: #/?filters (dashboard), #/event/ID, #/document/ID?claim=CID. Filters live in the URL so a view can be shared.
import { el, clear } from './dom.js';
import { renderDashboard } from './dashboard.js';
import { renderEvent } from './eventPage.js';
import { renderDocument } from './documentPage.js';

export const filterNames = ['since', 'until', 'actor', 'site', 'category', 'range_class', 'min_range', 'max_range', 'q'];

function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = h.split('?');
  return { parts: path.split('/').filter(Boolean), params: new URLSearchParams(query) };
}

export function filtersFromHash() {
  const { params } = parseHash();
  const f = {};
  for (const n of filterNames) if (params.get(n)) f[n] = params.get(n);
  return f;
}

export function navigateFilters(filters) {
  const p = new URLSearchParams();
  for (const n of filterNames) if (filters[n]) p.set(n, filters[n]);
  const q = p.toString();
  location.hash = q ? `#/?${q}` : '#/';
}

async function route() {
  const app = document.getElementById('app');
  const { parts, params } = parseHash();
  clear(app);
  try {
    if (parts[0] === 'event' && parts[1]) await renderEvent(app, parts[1]);
    else if (parts[0] === 'document' && parts[1]) await renderDocument(app, parts[1], params.get('claim'));
    else await renderDashboard(app, filtersFromHash());
  } catch (e) {
    clear(app).append(el('div', { class: 'error', role: 'alert', text: e.message }));
  }
  document.body.dataset.ready = 'true';
}

window.addEventListener('hashchange', () => {
  document.body.dataset.ready = 'false';
  route();
});
// d3 and topojson are classic deferred scripts; modules run after them, so they are loaded here.
route();
