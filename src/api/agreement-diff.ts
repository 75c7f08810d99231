// Side-by-side differences between two versions of an agreement, word by word.
import { diffWords } from 'diff';
import type { AgreementDocument, DocBlock } from '../documents/agreement-document.ts';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface VersionDiff {
  before: number;
  after: number;
  terms: { label: string; before: string | null; after: string | null; changed: boolean }[];
  clauses: {
    id: string;
    title: string;
    change: 'same' | 'changed' | 'added' | 'removed';
    before: string;
    after: string;
    parts: DiffPart[];
  }[];
}

function blockText(block: DocBlock): string {
  if (block.type === 'list')
    return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${item.map((r) => r.text).join('')}`).join('\n');
  return block.runs.map((r) => r.text).join('');
}

function clauseText(clause: AgreementDocument['clauses'][number]): string {
  return clause.blocks.map(blockText).join('\n\n');
}

export function diffVersions(before: AgreementDocument, after: AgreementDocument, numbers: { before: number; after: number }): VersionDiff {
  const labels = [...new Set([...before.terms.map((t) => t.label), ...after.terms.map((t) => t.label)])];
  const terms = labels.map((label) => {
    const b = before.terms.find((t) => t.label === label)?.value ?? null;
    const a = after.terms.find((t) => t.label === label)?.value ?? null;
    return { label, before: b, after: a, changed: a !== b };
  });
  const ids = [...new Set([...before.clauses.map((c) => c.id), ...after.clauses.map((c) => c.id)])];
  const clauses = ids.map((clauseId) => {
    const b = before.clauses.find((c) => c.id === clauseId);
    const a = after.clauses.find((c) => c.id === clauseId);
    const beforeText = b ? clauseText(b) : '';
    const afterText = a ? clauseText(a) : '';
    const change = !b ? 'added' : !a ? 'removed' : beforeText === afterText && a.title === b.title ? 'same' : 'changed';
    const parts = diffWords(beforeText, afterText).map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed) }));
    return { id: clauseId, title: (a ?? b)!.title, change, before: beforeText, after: afterText, parts } as const;
  });
  return { ...numbers, terms, clauses };
}
