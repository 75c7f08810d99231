// The editor's partial preview: which clauses are sent after a keystroke, and how the answer
// is put into the document already on screen.
import { describe, expect, it } from 'vitest';
import { type Applied, clausesToPreview, mergeDocument, mergeErrors } from '../../renderer/features/agreements/editor/partialPreview.ts';
import type { AgreementDoc, Clause } from '../../renderer/features/agreements/types.ts';

const clause = (id: string, body = `Body of ${id}`): Clause => ({ id, title: `Title ${id}`, body }) as Clause;
const para = (text: string) => ({ type: 'paragraph' as const, runs: [{ text, bold: false, italic: false }] });

function doc(clauses: { id: string; text: string }[], problems: { clauseId: string; message: string }[] = []): AgreementDoc {
  return {
    title: 'Retainer',
    subtitle: '',
    business: { name: 'Harbour', address: '', logoDataUrl: null },
    client: { name: 'Ada', company: null },
    terms: [],
    clauses: clauses.map(({ id, text }) => ({ id, title: `Title ${id}`, blocks: [para(text)] })),
    signatures: [],
    acceptance: null,
    paperSize: 'A4',
    problems: problems.map((p) => ({ ...p, clauseTitle: `Title ${p.clauseId}` })),
  } as AgreementDoc;
}

describe('clausesToPreview', () => {
  const a = clause('a');
  const b = clause('b');
  const c = clause('c');
  const applied: Applied = { termsJson: '{"fee":1}', clauses: [a, b, c] };

  it('sends only the clause that was edited while the terms are unchanged', () => {
    const edited = clause('b', 'New body');
    expect(clausesToPreview(applied, '{"fee":1}', [a, edited, c], true)).toEqual([edited]);
  });

  it('draws the whole document when the terms changed, a clause moved or was added, or nothing is shown yet', () => {
    const edited = clause('b', 'New body');
    expect(clausesToPreview(applied, '{"fee":2}', [a, edited, c], true)).toBeNull();
    expect(clausesToPreview(applied, '{"fee":1}', [b, a, c], true)).toBeNull();
    expect(clausesToPreview(applied, '{"fee":1}', [a, b, c, clause('d')], true)).toBeNull();
    expect(clausesToPreview(applied, '{"fee":1}', [a, edited, c], false)).toBeNull();
    expect(clausesToPreview(null, '{"fee":1}', [a, edited, c], true)).toBeNull();
  });

  it('draws the whole document when more than three clauses changed at once', () => {
    const many: Applied = { termsJson: '{}', clauses: ['a', 'b', 'c', 'd'].map((id) => clause(id)) };
    expect(
      clausesToPreview(
        many,
        '{}',
        ['a', 'b', 'c', 'd'].map((id) => clause(id, 'x')),
        true,
      ),
    ).toBeNull();
    expect(clausesToPreview(many, '{}', [...many.clauses.slice(0, 1), ...['b', 'c', 'd'].map((id) => clause(id, 'x'))], true)).toHaveLength(
      3,
    );
  });
});

describe('mergeDocument', () => {
  it('puts the re-drawn clause in its place and keeps the problems in clause order', () => {
    const base = doc(
      [
        { id: 'a', text: 'one' },
        { id: 'b', text: 'two' },
        { id: 'c', text: 'three' },
      ],
      [
        { clauseId: 'b', message: 'old problem in b' },
        { clauseId: 'c', message: 'problem in c' },
      ],
    );
    const partial = doc([{ id: 'b', text: 'two, edited' }], [{ clauseId: 'b', message: 'new problem in b' }]);
    const merged = mergeDocument(base, partial, new Set(['b']));
    expect(merged.clauses.map((c) => c.blocks[0])).toEqual([para('one'), para('two, edited'), para('three')]);
    expect(merged.problems.map((p) => p.message)).toEqual(['new problem in b', 'problem in c']);
  });

  it('drops a fixed clause’s problem', () => {
    const base = doc([{ id: 'a', text: '{{client.nam}}' }], [{ clauseId: 'a', message: 'unknown field' }]);
    const merged = mergeDocument(base, doc([{ id: 'a', text: 'Ada' }]), new Set(['a']));
    expect(merged.problems).toEqual([]);
  });
});

describe('mergeErrors', () => {
  it('keeps the errors of clauses not sent and replaces the rest', () => {
    const previous = { 'clause:a': 'bad a', 'clause:b': 'bad b', fee: 'old fee error' };
    expect(mergeErrors(previous, { 'clause:b': 'still bad b' }, new Set(['b']))).toEqual({
      'clause:a': 'bad a',
      'clause:b': 'still bad b',
    });
    expect(mergeErrors(previous, {}, new Set(['a', 'b']))).toEqual({});
  });
});
