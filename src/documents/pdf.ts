// Draws the document model as a PDF with pdfkit and the embedded Source Sans 3 font (so
// Latin, Greek and Cyrillic names print as written). The same model and this one function
// serve the desktop app, the browser host and the CLI, so all three give the same file.
import PDFDocument from 'pdfkit';
import { assetPath } from '../paths.ts';
import type { AgreementDocument, DocBlock, Run } from './agreement-document.ts';

const FONTS = {
  regular: assetPath('fonts', 'SourceSans3-Regular.ttf'),
  bold: assetPath('fonts', 'SourceSans3-Bold.ttf'),
  italic: assetPath('fonts', 'SourceSans3-It.ttf'),
  semibold: assetPath('fonts', 'SourceSans3-Semibold.ttf'),
};

export const INK = '#1d2330';
export const MUTED = '#5b6475';
export const RULE = '#d5d9e0';
export const ACCENT = '#2f5aa8';
export const MARGIN = 56;

function fontFor(run: { bold: boolean; italic: boolean }): string {
  if (run.bold) return 'bold';
  if (run.italic) return 'italic';
  return 'regular';
}

function writeRuns(doc: PDFKit.PDFDocument, runs: Run[], options: PDFKit.Mixins.TextOptions = {}): void {
  if (runs.length === 0) return;
  runs.forEach((run, index) => {
    doc.font(fontFor(run)).fillColor(run.error ? '#b42318' : INK);
    doc.text(run.text, { ...options, continued: index < runs.length - 1 });
  });
  doc.fillColor(INK);
}

function writeBlock(doc: PDFKit.PDFDocument, block: DocBlock): void {
  const left = doc.page.margins.left;
  if (block.type === 'heading') {
    doc.moveDown(0.4).fontSize(block.level === 1 ? 13 : 11.5);
    writeRuns(
      doc,
      block.runs.map((run) => ({ ...run, bold: true })),
    );
    doc.fontSize(10.5);
    return;
  }
  if (block.type === 'paragraph') {
    writeRuns(doc, block.runs, { align: 'left', lineGap: 2 });
    doc.moveDown(0.5);
    return;
  }
  block.items.forEach((item, index) => {
    const marker = block.ordered ? `${index + 1}.` : '•';
    const y = doc.y;
    doc
      .font('regular')
      .fillColor(INK)
      .text(marker, left + 6, y, { width: 16, lineBreak: false });
    doc.x = left + 22;
    doc.y = y;
    writeRuns(doc, item, { width: doc.page.width - doc.page.margins.right - left - 22, lineGap: 2 });
    doc.x = left;
    doc.moveDown(0.2);
  });
  doc.moveDown(0.4);
}

export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export interface HeaderInput {
  business: { name: string; address: string; logoDataUrl: string | null };
  title: string;
  subtitle: string;
  preparedFor: string;
}

export function header(doc: PDFKit.PDFDocument, model: HeaderInput): void {
  const top = doc.y;
  const width = doc.page.width - MARGIN * 2;
  if (model.business.logoDataUrl) {
    const data = Buffer.from(model.business.logoDataUrl.split(',')[1] ?? '', 'base64');
    try {
      doc.image(data, MARGIN + width - 120, top, { fit: [120, 44], align: 'right' });
    } catch {
      // A logo pdfkit cannot read is left out rather than failing the document.
    }
  }
  doc
    .font('semibold')
    .fontSize(11)
    .fillColor(INK)
    .text(model.business.name || ' ', MARGIN, top, { width: width - 130 });
  if (model.business.address)
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(MUTED)
      .text(model.business.address, { width: width - 130 });
  doc.y = Math.max(doc.y, top + 48);
  doc.moveDown(1);
  doc.font('bold').fontSize(20).fillColor(INK).text(model.title, MARGIN, doc.y, { width });
  doc.font('regular').fontSize(10).fillColor(MUTED).text(model.subtitle, { width });
  doc.moveDown(0.3);
  doc.fillColor(INK).text(model.preparedFor, { width });
  doc.moveDown(1);
}

export function labelledRows(doc: PDFKit.PDFDocument, heading: string, rows: { label: string; value: string }[]): void {
  const width = doc.page.width - MARGIN * 2;
  const labelWidth = 130;
  doc.font('semibold').fontSize(12).fillColor(ACCENT).text(heading, MARGIN, doc.y, { width });
  doc.moveDown(0.4);
  for (const row of rows) {
    doc.font('regular').fontSize(10);
    const height = Math.max(doc.heightOfString(row.value, { width: width - labelWidth }), 12) + 8;
    ensureSpace(doc, height);
    const y = doc.y;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .strokeColor(RULE)
      .lineWidth(0.5)
      .stroke();
    doc
      .font('semibold')
      .fillColor(MUTED)
      .text(row.label, MARGIN, y + 4, { width: labelWidth - 8 });
    doc
      .font('regular')
      .fillColor(INK)
      .text(row.value, MARGIN + labelWidth, y + 4, { width: width - labelWidth });
    doc.y = y + height;
  }
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .strokeColor(RULE)
    .lineWidth(0.5)
    .stroke();
  doc.x = MARGIN;
  doc.moveDown(1.2);
}

function clauses(doc: PDFKit.PDFDocument, model: AgreementDocument): void {
  const width = doc.page.width - MARGIN * 2;
  model.clauses.forEach((clause, index) => {
    ensureSpace(doc, 60);
    doc
      .font('semibold')
      .fontSize(12)
      .fillColor(ACCENT)
      .text(`${index + 1}. ${clause.title}`, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    doc.fontSize(10.5).fillColor(INK);
    for (const block of clause.blocks) writeBlock(doc, block);
    doc.moveDown(0.4);
  });
}

function signatures(doc: PDFKit.PDFDocument, model: AgreementDocument): void {
  const width = doc.page.width - MARGIN * 2;
  ensureSpace(doc, 120);
  doc.moveDown(1);
  const y = doc.y + 36;
  const columnWidth = (width - 32) / 2;
  model.signatures.forEach((signature, index) => {
    const x = MARGIN + index * (columnWidth + 32);
    doc
      .moveTo(x, y)
      .lineTo(x + columnWidth, y)
      .strokeColor(INK)
      .lineWidth(0.7)
      .stroke();
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(MUTED)
      .text(signature.role, x, y + 6, { width: columnWidth });
    doc
      .font('semibold')
      .fontSize(10.5)
      .fillColor(INK)
      .text(signature.name, x, y + 20, { width: columnWidth });
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(MUTED)
      .text('Date:', x, y + 38, { width: columnWidth });
  });
  doc.x = MARGIN;
  doc.y = y + 64;
  const acceptance = model.acceptance;
  if (acceptance) {
    ensureSpace(doc, 80);
    doc.moveDown(1);
    doc.font('semibold').fontSize(11).fillColor(ACCENT).text('Acceptance record', MARGIN, doc.y, { width });
    doc.font('regular').fontSize(9.5).fillColor(INK);
    const how = acceptance.method === 'typed' ? 'by typing their name' : 'on paper';
    doc.text(
      `Version ${acceptance.version}, in force from ${acceptance.effectiveDate}, accepted by ${acceptance.signedBy} ${how} at ${acceptance.signedAt}.`,
      { width },
    );
    doc.fillColor(MUTED).text(`Content fingerprint (SHA-256): ${acceptance.contentHash}`, { width });
  }
}

export function pageNumbers(doc: PDFKit.PDFDocument, model: { title: string }): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // the footer sits in the margin; don't let it start a page
    const y = doc.page.height - 36;
    doc.font('regular').fontSize(8.5).fillColor(MUTED);
    doc.text(model.title, MARGIN, y, { width: 300, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, doc.page.width - MARGIN - 120, y, { width: 120, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** A new PDF with the embedded fonts; `createdAt` fixes the metadata date so equal input gives an equal file. */
export function startPdf(meta: { paperSize: 'A4' | 'Letter'; title: string; author: string; subject: string; createdAt: Date }): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: meta.paperSize === 'Letter' ? 'LETTER' : 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: meta.title,
      Author: meta.author || 'Cadence',
      Subject: meta.subject,
      Creator: 'Cadence',
      Producer: 'Cadence',
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('regular').fontSize(10.5).fillColor(INK);
  return { doc, done };
}

/** Renders the agreement model to PDF bytes. */
export function renderAgreementPdf(model: AgreementDocument, createdAt: Date): Promise<Buffer> {
  const { doc, done } = startPdf({
    paperSize: model.paperSize,
    title: model.title,
    author: model.business.name,
    subject: model.subtitle,
    createdAt,
  });
  const preparedFor = `Prepared for ${model.client.company ? `${model.client.name}, ${model.client.company}` : model.client.name}`;
  header(doc, { business: model.business, title: model.title, subtitle: model.subtitle, preparedFor });
  labelledRows(doc, 'Terms at a glance', model.terms);
  clauses(doc, model);
  signatures(doc, model);
  pageNumbers(doc, model);
  doc.end();
  return done;
}
