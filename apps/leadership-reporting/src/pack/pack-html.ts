import { PackData } from './pack-data';

/** The board pack as one printable HTML page (pure; every value escaped). */
const esc = (v: unknown) =>
  String(v ?? '—').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const pct = (n: number | null) => (n === null ? '—' : `${n}%`);
const share = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);

function table(head: string[], rows: unknown[][]): string {
  if (!rows.length) return '<p class="none">None in this period.</p>';
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

export function packHtml(d: PackData): string {
  const t = d.totals;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(d.trust)}: IT board pack ${esc(d.from)} to ${esc(d.to)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2330}h1{color:#1f4e8c}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #d9dee7;padding:.3rem .5rem;text-align:left;font-size:.85rem}th{background:#f1f3f7}.summary li{margin:.2rem 0}@media print{h2{break-before:auto}}</style></head>
<body><h1>${esc(d.trust)}: IT report to governors</h1><p>${esc(d.from)} to ${esc(d.to)}</p>
<h2>Summary</h2><ul class="summary"><li>Tickets raised: ${esc(t.ticketsOpened)}, resolved: ${esc(t.ticketsResolved)}, open now: ${esc(t.openTickets)}</li>
<li>Resolved within SLA: ${esc(pct(t.slaMetPercent))} (${esc(t.breaches)} breaches); median first response ${esc(t.medianFirstResponseMinutes)} minutes</li>
<li>Satisfaction: ${esc(t.csatAverage)} of 5 from ${esc(t.csatCount)} ratings; enablement share ${esc(share(t.enablementShare))}</li>
<li>Open incidents: ${esc(t.openIncidents)}${t.icoClocksRunning ? `; ${esc(t.icoClocksRunning)} data breach notice(s) to the ICO still due` : ''}</li>
<li>Digital standards met: ${esc(share(t.standardsCoverage))}; initiatives ${esc(t.rag.red)} red, ${esc(t.rag.amber)} amber, ${esc(t.rag.green)} green</li></ul>
<h2>Schools</h2>${table(
    ['School', 'Open tickets', 'SLA met', 'Breaches', 'CSAT', 'Incidents', 'Standards'],
    d.schools.map((s) => [
      s.schoolName,
      s.openTickets,
      pct(s.slaMetPercent),
      s.breaches,
      s.csatAverage,
      s.openIncidents,
      share(s.standardsCoverage),
    ]),
  )}
<h2>Ticket trend (tickets raised per week)</h2>${table(
    ['Week starting', 'Raised', 'Resolved', 'SLA met'],
    t.trend.map((w) => [w.weekStart, w.ticketsOpened, w.ticketsResolved, pct(w.slaMetPercent)]),
  )}
<h2>Incidents and their reviews</h2>${table(
    ['Incident', 'Severity', 'Type', 'State', 'Review findings'],
    d.incidents.map((i) => [i.title, i.severity, i.type, i.state, i.findings]),
  )}
<h2>Changes</h2>${table(
    ['Change', 'Status', 'Scheduled'],
    d.changes.map((c) => [c.title, c.status, c.start]),
  )}
<h2>Roadmap progress</h2>${table(
    ['Initiative', 'Lane', 'Status', 'RAG'],
    d.initiatives.map((i) => [i.title, i.horizon, i.status, i.rag]),
  )}
<h2>DfE digital standards</h2>${table(
    ['Standard', 'Schools met', 'Partly met', 'Not met'],
    d.standards.map((s) => [s.code, s.met, s.partly, s.notMet]),
  )}
</body></html>`;
}
