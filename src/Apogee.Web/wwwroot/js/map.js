// North-East Asia from Natural Earth (world-atlas, bundled through npm): no tile server, works offline.
import { el, fmt, categoryColors } from './dom.js';

let atlas = null;
async function loadAtlas() {
  if (!atlas) atlas = fetch('/lib/countries-50m.json').then((r) => r.json());
  return atlas;
}

// The frame: the Korean peninsula, the Sea of Japan and Japan's main islands, with room for long flights east.
const FRAME = { type: 'Polygon', coordinates: [[[117, 30], [147, 30], [147, 46], [117, 46], [117, 30]]] };

const POINTS = ['north', 'north-northeast', 'northeast', 'east-northeast', 'east', 'east-southeast', 'southeast', 'south-southeast',
  'south', 'south-southwest', 'southwest', 'west-southwest', 'west', 'west-northwest', 'northwest', 'north-northwest'];

/** "east", "eastward", "north-east", "NE" → compass bearing in degrees; null when the text is not a direction. */
export function bearing(direction) {
  if (!direction) return null;
  let s = String(direction).toLowerCase().trim().replace(/ward(s)?$/, '').replace(/\s+/g, '-');
  const abbrev = { n: 'north', s: 'south', e: 'east', w: 'west', ne: 'northeast', nw: 'northwest', se: 'southeast', sw: 'southwest' };
  s = abbrev[s] ?? s;
  s = s.replace(/^(north|south)-(east|west)$/, '$1$2').replace(/-(north|south)-(east|west)$/, '-$1$2');
  const i = POINTS.indexOf(s);
  return i < 0 ? null : i * 22.5;
}

/** Point reached after travelling distanceKm on a great circle from [lon, lat] along a bearing. */
export function destination([lon, lat], bearingDeg, distanceKm) {
  const R = 6371;
  const toRad = Math.PI / 180;
  const d = distanceKm / R;
  const b = bearingDeg * toRad;
  const p1 = lat * toRad;
  const l1 = lon * toRad;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [l2 / toRad, p2 / toRad];
}

export async function drawMap(card, sites, events, onSite) {
  const d3 = window.d3;
  const world = await loadAtlas();
  const countries = window.topojson.feature(world, world.objects.countries).features;
  const width = 560; const height = 440;
  const projection = d3.geoMercator().fitExtent([[8, 8], [width - 8, height - 8]], FRAME);
  const path = d3.geoPath(projection);
  const [[fx0, fy0], [fx1, fy1]] = [[117, 30], [147, 46]];
  const near = countries.filter((c) => {
    const [[x0, y0], [x1, y1]] = d3.geoBounds(c);
    return x1 >= fx0 && x0 <= fx1 && y1 >= fy0 && y0 <= fy1;
  });

  const svg = d3.select(card).append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart map').attr('role', 'img')
    .attr('aria-label', 'Map of launch sites in North-East Asia');
  svg.append('defs').append('clipPath').attr('id', 'map-clip')
    .append('rect').attr('width', width).attr('height', height);
  svg.select('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 0 10 10')
    .attr('refX', 8).attr('refY', 5).attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto-start-reverse')
    .append('path').attr('d', 'M 0 0 L 10 5 L 0 10 z').attr('class', 'arrowhead');

  const g = svg.append('g').attr('clip-path', 'url(#map-clip)');
  g.append('rect').attr('class', 'sea').attr('width', width).attr('height', height);
  g.append('path').datum(d3.geoGraticule().step([5, 5])()).attr('class', 'graticule').attr('d', path);
  g.selectAll('path.country').data(near).join('path')
    .attr('class', (c) => `country ${c.properties.name === 'North Korea' ? 'dprk' : ''}`)
    .attr('d', path)
    .append('title').text((c) => c.properties.name);

  const labels = [['China', [121, 41.5]], ['North Korea', [126.6, 40.3]], ['South Korea', [127.9, 36.3]], ['Japan', [138.5, 36.6]],
    ['Russia', [133.5, 45]], ['Sea of Japan (East Sea)', [134.5, 40.2]], ['Yellow Sea', [123.2, 35.6]], ['Pacific Ocean', [142.5, 32.5]]];
  g.selectAll('text.place').data(labels).join('text')
    .attr('class', (d) => (d[0].includes('Sea') || d[0].includes('Ocean') ? 'place water' : 'place'))
    .attr('x', (d) => projection(d[1])[0]).attr('y', (d) => projection(d[1])[1])
    .attr('text-anchor', 'middle').text((d) => d[0]);

  // Flights: from the site along the consolidated direction for the consolidated range, where both are known.
  const flights = events
    .filter((e) => e.site && e.site.lat != null && e.site.lon != null && e.range_km && bearing(e.direction) !== null)
    .map((e) => {
      const from = [e.site.lon, e.site.lat];
      const to = destination(from, bearing(e.direction), e.range_km);
      return { e, line: { type: 'LineString', coordinates: d3.range(0, 1.0001, 0.1).map((t) => d3.geoInterpolate(from, to)(t)) } };
    });
  g.selectAll('path.flight').data(flights).join('path')
    .attr('class', 'flight').attr('d', (f) => path(f.line))
    .attr('stroke', (f) => categoryColors[f.e.category] ?? categoryColors.unknown)
    .attr('marker-end', 'url(#arrow)')
    .append('title').text((f) => `#${f.e.id} ${fmt.date(f.e)}: ${fmt.num(f.e.range_km, 'km')} ${f.e.direction}`);

  // Big circles first, so a small site next to a busy one (Sunan beside Pyongyang) stays on top and clickable.
  const located = sites.filter((s) => s.lat != null && s.lon != null).sort((a, b) => b.count - a.count);
  const r = d3.scaleSqrt().domain([0, d3.max(located, (s) => s.count) || 1]).range([0, 22]);
  const dots = g.selectAll('g.site').data(located, (s) => s.name).join('g')
    .attr('class', 'site').attr('tabindex', 0)
    .attr('data-site', (s) => s.name).attr('data-count', (s) => s.count)
    .attr('transform', (s) => `translate(${projection([s.lon, s.lat]).join(',')})`)
    .on('click', (_, s) => onSite(s.name))
    .on('keydown', (ev, s) => { if (ev.key === 'Enter') onSite(s.name); });
  dots.append('circle').attr('r', (s) => Math.max(4, r(s.count)));
  dots.append('text').attr('class', 'count').attr('dy', '0.35em').attr('text-anchor', 'middle').text((s) => s.count);
  dots.append('title').text((s) => `${s.name} (${s.kind}): ${s.count} launch${s.count === 1 ? '' : 'es'}`);

  // The same sites as a list: neighbouring sites overlap on the map, and a list is reachable by keyboard.
  card.append(el('div', { class: 'site-list' }, sites.map((s) => el('button', {
    type: 'button', class: 'chip site-chip', 'data-site': s.name, title: s.lat == null ? 'no coordinates: not on the map' : `${s.kind} at ${s.lat}, ${s.lon}`,
    text: `${s.name} · ${s.count}${s.lat == null ? ' (not mapped)' : ''}`, onclick: () => onSite(s.name),
  }))));
}
