// An article as stored: its clean text with each claim's quote marked. The text is untrusted, so it is cut into
// text nodes at span boundaries and wrapped in <mark> elements built here; it is never parsed as markup.
import { el, fmt } from './dom.js';
import { getJson } from './api.js';

/** Splits text at every span boundary; each segment lists the spans that cover it. */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push({ text: text.slice(a, b), spans: spans.filter((s) => s.start <= a && s.end >= b) });
  }
  return out;
}

export async function renderDocument(app, id, claimId) {
  const d = await getJson(`/api/documents/${encodeURIComponent(id)}`);
  const m = d.metadata;
  const selected = claimId ? Number(claimId) : null;

  app.append(el('p', {}, el('a', { href: '#/', text: '← all launches' }),
    d.event_ids.map((eid) => [' · ', el('a', { href: `#/event/${eid}`, text: `launch #${eid}` })])));
  app.append(el('header', { class: 'doc-head' },
    el('h1', { text: m.title ?? d.name }),
    el('p', { class: 'muted' },
      [m.outlet, m.published, d.name, d.relevant ? 'reports a launch' : 'not a launch report'].filter(Boolean).join(' · '),
      m.url ? [' · ', el('a', { href: m.url, rel: 'noopener noreferrer', target: '_blank', text: 'original ↗' })] : null)));

  const body = el('div', { class: 'article', id: 'article-text' });
  let focus = null;
  for (const seg of segments(d.text, d.spans)) {
    if (!seg.spans.length) {
      body.append(document.createTextNode(seg.text));
      continue;
    }
    const isSel = seg.spans.some((s) => s.claim_id === selected);
    const mark = el('mark', {
      class: isSel ? 'selected' : '',
      'data-claims': seg.spans.map((s) => s.claim_id).join(' '),
      title: seg.spans.map((s) => `${s.source}: ${fmt.label(s.field)} ${s.display}${s.speaker ? ` (${s.speaker})` : ''}`).join('\n'),
      text: seg.text,
    });
    if (isSel && !focus) focus = mark;
    body.append(mark);
  }
  app.append(el('section', { class: 'card' }, el('h2', { text: 'Article (clean text; marked: sentences claims were read from)' }), body));

  if (d.spans.length) {
    app.append(el('section', { class: 'card', id: 'doc-claims' }, el('h2', { text: `Claims read from this article (${d.spans.length})` }),
      el('table', { class: 'events' },
        el('thead', {}, el('tr', {}, ['Field', 'Value', 'Source', 'Speaker', 'Launch'].map((h) => el('th', { text: h })))),
        el('tbody', {}, d.spans.map((s) => el('tr', { class: s.claim_id === selected ? 'selected' : '' },
          el('td', {}, el('a', { href: `#/document/${d.id}?claim=${s.claim_id}`, text: fmt.label(s.field) })),
          el('td', { text: s.display }), el('td', { text: s.source }), el('td', { text: s.speaker ?? '' }),
          el('td', {}, s.event_id ? el('a', { href: `#/event/${s.event_id}`, text: `#${s.event_id}` }) : '')))))));
  }

  if (d.captions.length) {
    app.append(el('section', { class: 'card' }, el('h2', { text: 'Photo captions (kept apart, used as dating evidence)' }),
      el('ul', {}, d.captions.map((c) => el('li', { text: c })))));
  }
  app.append(el('section', { class: 'card', id: 'removed' }, el('h2', { text: `Removed by cleaning (${d.removed.length})` }),
    d.removed.length
      ? el('ul', { class: 'removed' }, d.removed.map((r) => el('li', {}, el('span', { class: 'badge neutral', text: r.reason }), ' ', el('span', { text: r.text }))))
      : el('p', { class: 'empty', text: 'Nothing was removed.' })));

  if (focus) requestAnimationFrame(() => focus.scrollIntoView({ block: 'center' }));
}
