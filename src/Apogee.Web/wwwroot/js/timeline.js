// Stacked monthly bars by category; a horizontal brush turns a dragged period into since/until filters.
import { el, categoryColors, categories, fmt } from './dom.js';

function monthRange(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}

export function drawTimeline(card, data, onBrush) {
  if (!data.length) {
    card.append(el('p', { class: 'empty', text: 'No dated launches match the filters.' }));
    return;
  }
  const d3 = window.d3;
  const months = monthRange(data[0].month, data[data.length - 1].month);
  const present = categories.filter((c) => data.some((d) => d.category === c));
  const byMonth = new Map(months.map((m) => [m, { month: m }]));
  for (const d of data) byMonth.get(d.month)[d.category] = d.count;
  const rows = months.map((m) => ({ ...Object.fromEntries(present.map((c) => [c, 0])), ...byMonth.get(m) }));
  const stack = d3.stack().keys(present)(rows);

  const width = 720; const height = 260;
  const margin = { top: 12, right: 12, bottom: 42, left: 36 };
  const x = d3.scaleBand().domain(months).range([margin.left, width - margin.right]).padding(0.15);
  const maxY = d3.max(rows, (r) => d3.sum(present, (c) => r[c])) || 1;
  const y = d3.scaleLinear().domain([0, maxY]).nice().range([height - margin.bottom, margin.top]);

  const svg = d3.select(card).append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart').attr('role', 'img')
    .attr('aria-label', 'Launches per month by category');

  svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(months.filter((m, i) => months.length <= 24 || m.endsWith('-01') || i === 0))
      .tickFormat((m) => (months.length <= 24 ? m : m.slice(0, 4))))
    .selectAll('text').attr('transform', 'rotate(-35)').style('text-anchor', 'end');
  svg.append('g').attr('transform', `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(maxY, 6)).tickFormat(d3.format('d')));

  svg.append('g').selectAll('g').data(stack).join('g')
    .attr('fill', (s) => categoryColors[s.key])
    .selectAll('rect').data((s) => s.map((v) => ({ key: s.key, v })).filter((d) => d.v[1] > d.v[0])).join('rect')
    .attr('class', 'bar')
    .attr('data-month', (d) => d.v.data.month)
    .attr('data-category', (d) => d.key)
    .attr('data-count', (d) => d.v[1] - d.v[0])
    .attr('x', (d) => x(d.v.data.month)).attr('width', x.bandwidth())
    .attr('y', (d) => y(d.v[1])).attr('height', (d) => y(d.v[0]) - y(d.v[1]))
    .append('title').text((d) => `${d.v.data.month}: ${d.v[1] - d.v[0]} ${fmt.label(d.key)}`);

  const brush = d3.brushX()
    .extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
    .on('end', (ev) => {
      if (!ev.selection) return;
      const [x0, x1] = ev.selection;
      const chosen = months.filter((m) => {
        const c = x(m) + x.bandwidth() / 2;
        return c >= x0 && c <= x1;
      });
      if (chosen.length) onBrush(`${chosen[0]}-01`, lastDay(chosen[chosen.length - 1]));
    });
  svg.append('g').attr('class', 'brush').call(brush);

  card.append(el('div', { class: 'legend' }, present.map((c) =>
    el('span', { class: 'legend-item' }, el('i', { class: `swatch cat-${c}` }), fmt.label(c)))));
}
