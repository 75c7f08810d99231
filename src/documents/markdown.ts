// The safe Markdown subset clause text is written in: headings, paragraphs, bold, italics,
// bulleted and numbered lists, and {{merge.fields}}. Anything else is plain text; raw HTML
// is never interpreted, so a client named "<img onerror=…>" prints as those characters.

export type Inline =
  | { type: 'text'; text: string; bold: boolean; italic: boolean }
  | { type: 'field'; name: string; bold: boolean; italic: boolean };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

const FIELD = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

/** Splits a line into runs: **bold**, *italic*, and merge fields, in any nesting of the two styles. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer, bold, italic });
    buffer = '';
  };
  for (let i = 0; i < line.length; ) {
    if (line.startsWith('{{', i)) {
      FIELD.lastIndex = i;
      const match = FIELD.exec(line);
      if (match && match.index === i) {
        flush();
        out.push({ type: 'field', name: match[1]!, bold, italic });
        i += match[0].length;
        continue;
      }
    }
    if (line.startsWith('**', i)) {
      flush();
      bold = !bold;
      i += 2;
      continue;
    }
    if (line[i] === '*' || line[i] === '_') {
      // A lone asterisk or underscore inside a word (snake_case, 5*3) stays text.
      const before = line[i - 1] ?? ' ';
      const after = line[i + 1] ?? ' ';
      const opens = !italic && /\s|^|[("']/.test(before) && /\S/.test(after);
      const closes = italic && /\S/.test(before);
      if (opens || closes) {
        flush();
        italic = !italic;
        i += 1;
        continue;
      }
    }
    buffer += line[i];
    i += 1;
  }
  flush();
  return mergeAdjacent(out);
}

function mergeAdjacent(runs: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.type === 'text' && run.type === 'text' && last.bold === run.bold && last.italic === run.italic) {
      last.text += run.text;
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  type OpenList = { ordered: boolean; items: Inline[][] };
  let list = null as OpenList | null;
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (line === '') {
      endParagraph();
      endList();
    } else if (heading) {
      endParagraph();
      endList();
      blocks.push({ type: 'heading', level: heading[1]!.length as 1 | 2 | 3, inlines: parseInline(heading[2]!) });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = Boolean(numbered);
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(parseInline((bullet ?? numbered)![1]!));
    } else if (list) {
      // A continuation line belongs to the last item.
      list.items[list.items.length - 1]!.push({ type: 'text', text: ` ${line}`, bold: false, italic: false });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}
