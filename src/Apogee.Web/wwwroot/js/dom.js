// Article text and metadata are untrusted: every string goes in through textContent (never innerHTML),
// and links only ever point at http(s) URLs or the app's own routes.

export function el(tag, props = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') n.className = v;
    else if (k === 'text') n.textContent = String(v);
    else if (k === 'href') n.setAttribute('href', safeHref(v));
    else if (k.startsWith('on') && typeof v === 'function') n.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(n.dataset, v);
    else n.setAttribute(k, v === true ? '' : String(v));
  }
  append(n, children);
  return n;
}

export function append(parent, children) {
  for (const c of [children].flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** Internal routes (#/...) and absolute http(s) URLs pass; anything else (javascript:, data:, ...) becomes inert. */
export function safeHref(v) {
  const s = String(v ?? '');
  if (s.startsWith('#/') || s.startsWith('/api/') || s.startsWith('/openapi/')) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

export function clear(n) {
  while (n.firstChild) n.removeChild(n.firstChild);
  return n;
}

export const fmt = {
  num(v, unit = '') {
    if (v === null || v === undefined) return '—';
    const s = Number(v).toLocaleString('en-US', { maximumFractionDigits: 1 });
    return unit ? `${s} ${unit}` : s;
  },
  date(e) {
    if (!e.earliest && !e.latest) return 'undated';
    if (e.earliest === e.latest) return e.earliest;
    return `${e.earliest ?? '…'} – ${e.latest ?? '…'}`;
  },
  label(s) {
    return String(s ?? '').replaceAll('_', ' ');
  },
};

export const categoryColors = {
  ballistic: '#d1495b',
  cruise: '#2e86ab',
  hypersonic: '#8e44ad',
  rocket_artillery: '#f18f01',
  space_launch: '#3a9d5d',
  unknown: '#8a8f98',
};

export const categories = Object.keys(categoryColors);
export const rangeClasses = ['SRBM', 'MRBM', 'IRBM', 'ICBM'];
