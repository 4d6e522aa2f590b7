// One launch: each figure with its sources and the rule that chose it, disagreements side by side, who said what, and the articles.
import { el, fmt, safeHref } from './dom.js';
import { getJson } from './api.js';

function figures(d) {
  const s = d.summary;
  const site = s.site ? `${s.site.name} (${s.site.kind})` : null;
  const impact = d.impact ? [d.impact.area, d.impact.eez ? `${d.impact.eez} Japan's EEZ` : null].filter(Boolean).join(', ') : null;
  return [
    ['date', 'Date', fmt.date(s)],
    ['time_local', 'Local time', s.time_local],
    ['count', 'Missiles', s.count],
    ['category', 'Category', fmt.label(s.category)],
    ['range_class', 'Range class', s.range_class],
    ['missile_name', 'Missile', s.missile_name],
    ['basing', 'Basing', d.basing],
    ['site', 'Launch site', site],
    ['direction', 'Direction', s.direction],
    ['range_km', 'Range', s.range_km != null ? fmt.num(s.range_km, 'km') : null],
    ['apogee_km', 'Apogee', s.apogee_km != null ? fmt.num(s.apogee_km, 'km') : null],
    ['speed_mach', 'Speed', d.speed_mach != null ? `Mach ${fmt.num(d.speed_mach)}` : null],
    ['flight_time_min', 'Flight time', d.flight_time_min != null ? fmt.num(d.flight_time_min, 'min') : null],
    ['eez', 'Impact', impact],
  ];
}

export async function renderEvent(app, id) {
  const d = await getJson(`/api/events/${encodeURIComponent(id)}`);
  const s = d.summary;
  // Each source's identical claims (field, value) come as one group with its quotes: a chip and a line each, not one per article.
  const groups = d.sources.flatMap((g) => g.groups.map((x) => ({ ...x, source: g.source })));
  const claims = new Map(groups.flatMap((x) => x.claims).map((c) => [c.id, c]));
  const byField = new Map();
  for (const x of groups) byField.set(x.field, [...(byField.get(x.field) ?? []), x]);
  const explain = new Map(d.explanations.map((x) => [x.field, x]));
  const disputed = new Set(d.conflicts.map((c) => c.field));

  app.append(el('p', {}, el('a', { href: '#/', text: '← all launches' })));
  app.append(el('header', { class: 'event-head' },
    el('h1', {}, `Launch #${s.id} — ${fmt.date(s)}`, el('span', { class: `badge cat-${s.category}`, text: fmt.label(s.category) }),
      s.range_class ? el('span', { class: 'badge neutral', text: s.range_class }) : null),
    el('p', { class: 'when' },
      `${s.actor}. `,
      d.weekday ? `${d.weekday}` : '',
      d.part_of_day ? ` ${d.part_of_day}` : '',
      s.time_local ? `, ${s.time_local} local` : '',
      el('span', { class: 'basis', text: ` · date resolved by: ${s.date_basis}` }),
      ` · ${s.reports} report${s.reports === 1 ? '' : 's'} · sources: ${s.sources.join(', ') || 'none'}`)));

  // Why the reports are one launch (date overlap, site distance, missile), and what kept nearby events apart.
  const links = d.explanations.filter((x) => x.field === 'grouping' || x.field === 'kept_apart');
  if (links.length > 0) {
    app.append(el('section', { class: 'card', id: 'grouping' }, el('h2', { text: 'Why these reports are one launch' }),
      el('ul', {}, links.map((x) => el('li', { 'data-field': x.field },
        x.field === 'grouping' ? `${x.value}: ${x.rule}` : `kept apart from ${x.value}: ${x.rule}`)))));
  }

  // Figures: consolidated value, where it came from, and whether sources agree.
  app.append(el('section', { class: 'card', id: 'figures' }, el('h2', { text: 'Figures' }),
    el('div', { class: 'figures' }, figures(d).filter(([f, , v]) => v || byField.has(f)).map(([field, label, value]) => {
      const x = explain.get(field);
      const own = byField.get(field) ?? [];
      return el('div', { class: `figure ${disputed.has(field) ? 'disputed' : ''}`, 'data-field': field },
        el('div', { class: 'label', text: label }),
        el('div', { class: 'value', text: value ?? '—' }),
        x ? el('div', { class: 'rule', text: `chosen by: ${x.rule}` }) : null,
        el('div', { class: 'sources' }, own.map((x) =>
          el('a', { class: 'chip', href: `#/document/${x.claims[0].document_id}?claim=${x.claims[0].id}`, title: x.claims[0].quote,
            text: `${x.source}: ${x.display}${x.quotes > 1 ? ` ×${x.quotes}` : ''}` }))),
        disputed.has(field) ? el('div', { class: 'flag', text: 'sources disagree' }) : null);
    }))));

  // The reference catalogue's entry beside the consolidated values (docs/CATALOGUE.md), or that it lacks this launch.
  app.append(catalogue(s.catalogue, d.catalogue_checks ?? []));

  if (d.conflicts.length) {
    app.append(el('section', { class: 'card', id: 'conflicts' }, el('h2', { text: 'Where sources disagree' }),
      d.conflicts.map((c) => el('div', { class: 'conflict', 'data-field': c.field },
        el('h3', {}, fmt.label(c.field), el('span', { class: 'summary', text: c.sides.map((x) => `${x.source}: ${x.values.join(' / ')}`).join(' · ') })),
        c.chosen ? el('p', { class: 'rule', text: `consolidated value: ${c.chosen}` }) : null,
        el('div', { class: 'sides' }, c.sides.map((side) => el('div', { class: 'side', 'data-source': side.source },
          el('div', { class: 'source', text: side.source }),
          el('div', { class: 'values', text: side.values.join(' / ') }),
          side.claim_ids.map((cid) => claims.get(cid)).filter(Boolean).map((cl) => el('blockquote', {},
            el('span', { text: cl.quote }),
            el('footer', {}, cl.speaker ? `${cl.speaker}, ` : '', el('a', { href: `#/document/${cl.document_id}?claim=${cl.id}`, text: cl.outlet ?? cl.document_name })))))))))));
  }

  app.append(el('section', { class: 'card', id: 'ballistics' }, el('h2', { text: 'Ballistics' }),
    d.ballistics ? ballistics(d.ballistics) : el('p', { class: 'empty', text: 'No ballistics analysis for this launch yet.' })));

  app.append(el('section', { class: 'card', id: 'claims' }, el('h2', { text: 'Who said what' }),
    el('div', { class: 'groups' }, d.sources.map((g) => el('div', { class: 'group', 'data-source': g.source },
      el('h3', {}, g.source, el('span', { class: 'muted', text: ` ${g.claims} claim${g.claims === 1 ? '' : 's'}` })),
      g.groups.map(claimGroup))))));

  app.append(el('section', { class: 'card', id: 'documents' }, el('h2', { text: 'Reporting articles' }),
    el('ul', {}, d.documents.map((doc) => el('li', {},
      el('a', { href: `#/document/${doc.id}`, text: doc.title ?? doc.name }),
      el('span', { class: 'muted', text: ` ${doc.outlet ?? ''} ${doc.published ?? ''}` }),
      safeHref(doc.url) !== '#' ? el('a', { class: 'ext', href: doc.url, rel: 'noopener noreferrer', target: '_blank', text: ' original ↗' }) : null)))));

  if (d.references.length) {
    app.append(el('section', { class: 'card', id: 'references' }, el('h2', { text: 'Other launches these articles report or mention' }),
      el('ul', {}, d.references.map((r) => el('li', {},
        el('a', { href: `#/event/${r.id}`, text: `#${r.id} ${fmt.date(r)}` }),
        ` ${fmt.label(r.category)}${r.missile_name ? ` · ${r.missile_name}` : ''}`)))));
  }
}

// One thing a source said: its quote, or, when several articles quote it, a summary with the count that opens to every quote.
function claimGroup(x) {
  const what = (tag) => el(tag, { class: 'what' }, el('b', { text: fmt.label(x.field) }), ` ${x.display}`,
    el('span', { class: 'muted', text: ` · ${fmt.label(x.qualifier)}${x.claims[0].speaker ? ` · ${x.claims[0].speaker}` : ''}` }));
  const quote = (c) => el('blockquote', { 'data-claim': c.id }, el('span', { text: c.quote }),
    el('footer', {}, c.speaker ? `${c.speaker}, ` : '', el('a', { href: `#/document/${c.document_id}?claim=${c.id}`, text: `${c.outlet ?? c.document_name} — show in article` })));
  if (x.quotes === 1) return el('div', { class: 'claim' }, what('div'), quote(x.claims[0]));
  return el('details', { class: 'claim', 'data-field': x.field },
    el('summary', {}, what('span'), el('span', { class: 'quotes', text: ` ${x.quotes} quotes` })),
    x.claims.map(quote));
}

function catalogue(c, checks) {
  const card = el('section', { class: 'card', id: 'catalogue' }, el('h2', { text: c ? `Catalogue (CNS launch ${c.id})` : 'Catalogue (CNS)' }));
  if (!c) {
    card.append(el('p', { class: 'empty', text: 'No catalogue launch matches: the catalogue lacks this launch.' }));
    return card;
  }
  card.append(el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, ['Field', 'Apogee', 'Catalogue', 'Agrees'].map((h) => el('th', { text: h })))),
    el('tbody', {}, checks.map((x) => el('tr', { 'data-field': x.field, class: x.agrees === false ? 'disputed' : '' },
      el('td', { text: fmt.label(x.field) }), el('td', { text: x.apogee ?? '—' }), el('td', { text: x.catalogue ?? '—' }),
      el('td', { text: x.agrees === true ? 'yes' : x.agrees === false ? 'no' : '—' }))))));
  return card;
}

// The analysis is Apogee.Ballistics' JSON contract (docs/BALLISTICS.md): headline figures, consistency checks, notes.
function ballistics(b) {
  const rows = [
    ['Status', b.status], ['Trajectory', b.trajectory && fmt.label(b.trajectory)], ['Confidence', b.confidence],
    ['Apogee / min-energy apogee', b.apogee_ratio != null ? `${fmt.num(b.apogee_ratio)} × (${fmt.num(b.min_energy_apogee_km, 'km')})` : null],
    ['Standard-trajectory range', b.standard_range_km != null ? `${fmt.num(b.standard_range_km, 'km')} (${fmt.num(b.standard_range_low_km)}–${fmt.num(b.standard_range_high_km, 'km')})` : null],
    ['Implied range class', b.range_class], ['Boost profile', b.boost_profile],
    ['Burnout speed', b.burnout_speed_km_s != null ? fmt.num(b.burnout_speed_km_s, 'km/s') : null],
    ['Modelled flight time', b.flight_time_min != null ? fmt.num(b.flight_time_min, 'min') : null],
  ].filter(([, v]) => v !== null && v !== undefined);
  // What the estimate assumes (docs/BALLISTICS.md "Assumptions"): burnout, payload, Earth rotation and azimuth.
  const x = b.assumptions;
  if (x) {
    rows.push(
      ['Assumed burnout', `${fmt.num(x.flown_burnout_altitude_km, 'km')} up as flown, ${fmt.num(x.standard_burnout_altitude_km, 'km')} on a standard trajectory; ${fmt.num(x.burn_time_s, 's')} burn`],
      ['Standard burnout speed', `${fmt.num(b.standard_burnout_speed_km_s, 'km/s')} (same motor ${fmt.num(x.same_motor_speed_km_s, 'km/s')}, ceiling ${fmt.num(x.speed_ceiling_km_s, 'km/s')})`],
      ['Assumed payload', x.payload],
      ['Earth rotation', x.earth_rotation ? `+${fmt.num(x.rotation_speed_km_s, 'km/s')} along ${fmt.num(x.azimuth_deg, '°')}` : `not counted${x.azimuth_deg != null ? ` (azimuth ${fmt.num(x.azimuth_deg, '°')})` : ''}`]);
  }
  const checks = b.consistency ?? [];
  return [
    el('dl', { class: 'kv' }, rows.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: String(v) })])),
    checks.length ? el('table', { class: 'events' },
      el('thead', {}, el('tr', {}, ['Check', 'Reported', 'Modelled', 'Agrees', 'Note'].map((h) => el('th', { text: h })))),
      el('tbody', {}, checks.map((c) => el('tr', {},
        el('td', { text: fmt.label(c.quantity) }), el('td', { class: 'num', text: fmt.num(c.reported) }),
        el('td', { class: 'num', text: fmt.num(c.modelled) }), el('td', { text: c.agrees ? 'yes' : 'no' }), el('td', { text: c.note }))))) : null,
    (b.notes ?? []).length ? el('ul', { class: 'notes' }, b.notes.map((n) => el('li', { class: 'muted', text: n }))) : null,
  ];
}
