// An invoice as PDF, drawn with the same header, fonts and page footer as agreements.
import { formatDate, formatMoney } from '../domain/format.ts';
import { ACCENT, ensureSpace, header, INK, labelledRows, MARGIN, MUTED, pageNumbers, RULE, startPdf } from './pdf.ts';

export interface InvoiceDocument {
  number: string;
  status: string;
  business: { name: string; address: string; logoDataUrl: string | null };
  client: { name: string; company: string | null; email: string | null };
  currency: string;
  issueDate: string;
  dueDate: string;
  lines: { description: string; minutes: number | null; amountMinor: number }[];
  totalMinor: number;
  paidMinor: number;
  balanceMinor: number;
  paperSize: 'A4' | 'Letter';
  locale: string;
}

export function renderInvoicePdf(model: InvoiceDocument, createdAt: Date): Promise<Buffer> {
  const money = (minor: number) => formatMoney(minor, model.currency, model.locale);
  const title = `Invoice ${model.number}`;
  const { doc, done } = startPdf({
    paperSize: model.paperSize,
    title,
    author: model.business.name,
    subject: `Invoice to ${model.client.name}`,
    createdAt,
  });
  const billTo = [model.client.name, model.client.company, model.client.email].filter(Boolean).join(', ');
  header(doc, {
    business: model.business,
    title,
    subtitle: model.status === 'void' ? 'VOID: this invoice is cancelled' : `Status: ${model.status}`,
    preparedFor: `Bill to ${billTo}`,
  });
  labelledRows(doc, 'Details', [
    { label: 'Invoice number', value: model.number },
    { label: 'Issue date', value: formatDate(model.issueDate, model.locale) },
    { label: 'Due date', value: formatDate(model.dueDate, model.locale) },
  ]);

  const width = doc.page.width - MARGIN * 2;
  const amountWidth = 110;
  doc.font('semibold').fontSize(12).fillColor(ACCENT).text('Items', MARGIN, doc.y, { width });
  doc.moveDown(0.4);
  for (const line of model.lines) {
    const description = line.minutes !== null ? `${line.description}` : line.description;
    doc.font('regular').fontSize(10);
    const height = doc.heightOfString(description, { width: width - amountWidth - 12 }) + 8;
    ensureSpace(doc, height);
    const y = doc.y;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .strokeColor(RULE)
      .lineWidth(0.5)
      .stroke();
    doc.fillColor(INK).text(description, MARGIN, y + 4, { width: width - amountWidth - 12 });
    doc.text(money(line.amountMinor), MARGIN + width - amountWidth, y + 4, { width: amountWidth, align: 'right' });
    doc.y = y + height;
  }
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .strokeColor(RULE)
    .lineWidth(0.5)
    .stroke();
  doc.moveDown(0.6);
  for (const [label, value, strong] of [
    ['Total', model.totalMinor, true],
    ['Paid', model.paidMinor, false],
    ['Balance due', model.balanceMinor, true],
  ] as const) {
    const y = doc.y;
    doc
      .font(strong ? 'semibold' : 'regular')
      .fontSize(10.5)
      .fillColor(strong ? INK : MUTED);
    doc.text(label, MARGIN + width - amountWidth - 140, y, { width: 140, align: 'right' });
    doc.text(money(value), MARGIN + width - amountWidth, y, { width: amountWidth, align: 'right' });
    doc.moveDown(0.3);
  }
  doc.x = MARGIN;
  doc.moveDown(1.5);
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(
      `Please pay by ${formatDate(model.dueDate, model.locale)}, quoting ${model.number}. Amounts are in ${model.currency}.`,
      MARGIN,
      doc.y,
      { width },
    );
  pageNumbers(doc, { title });
  doc.end();
  return done;
}
