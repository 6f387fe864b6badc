import PDFDocument from 'pdfkit';
import { PackData } from './pack-data';

const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

/** The board pack as a PDF (pdfkit, standard fonts): the same sections as the HTML page, as text and simple tables. */
export function packPdf(d: PackData): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: `${d.trust}: IT board pack ${d.from} to ${d.to}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const heading = (text: string) =>
      doc
        .moveDown(0.8)
        .font('Helvetica-Bold')
        .fontSize(13)
        .fillColor('#1f4e8c')
        .text(text)
        .moveDown(0.3)
        .font('Helvetica')
        .fontSize(10)
        .fillColor('#1d2330');
    const lines = (items: string[]) =>
      items.length
        ? items.forEach((i) => doc.text(i))
        : doc.fillColor('#5b6473').text('None in this period.').fillColor('#1d2330');
    const t = d.totals;
    doc.font('Helvetica-Bold').fontSize(18).fillColor('#1f4e8c').text(`${d.trust}: IT report to governors`);
    doc.font('Helvetica').fontSize(10).fillColor('#1d2330').text(`${d.from} to ${d.to}`);
    heading('Summary');
    lines([
      `Tickets raised ${t.ticketsOpened}, resolved ${t.ticketsResolved}, open now ${t.openTickets}.`,
      `Resolved within SLA ${pct(t.slaMetPercent)} (${t.breaches} breaches); median first response ${t.medianFirstResponseMinutes ?? '—'} minutes.`,
      `Satisfaction ${t.csatAverage ?? '—'} of 5 (${t.csatCount} ratings). Open incidents ${t.openIncidents}; ICO notices due ${t.icoClocksRunning}.`,
      `Initiatives: ${t.rag.red} red, ${t.rag.amber} amber, ${t.rag.green} green.`,
    ]);
    heading('Schools');
    lines(
      d.schools.map(
        (s) =>
          `${s.schoolName}: ${s.openTickets} open, SLA ${pct(s.slaMetPercent)}, ${s.openIncidents} incidents, standards ${s.standardsCoverage === null ? '—' : `${Math.round(s.standardsCoverage * 100)}%`}`,
      ),
    );
    heading('Ticket trend (raised per week)');
    lines(
      t.trend.map(
        (w) => `${w.weekStart}: ${w.ticketsOpened} raised, ${w.ticketsResolved} resolved, SLA ${pct(w.slaMetPercent)}`,
      ),
    );
    heading('Incidents and their reviews');
    lines(
      d.incidents.map((i) => `${i.title} (${i.severity}, ${i.type}, ${i.state})${i.findings ? `: ${i.findings}` : ''}`),
    );
    heading('Changes');
    lines(d.changes.map((c) => `${c.title}: ${c.status}${c.start ? `, ${c.start}` : ''}`));
    heading('Roadmap progress');
    lines(d.initiatives.map((i) => `${i.horizon} · ${i.rag} · ${i.title} (${i.status.toLowerCase()})`));
    heading('DfE digital standards');
    lines(d.standards.map((s) => `${s.code}: ${s.met} met, ${s.partly} partly, ${s.notMet} not met`));
    doc.end();
  });
}
