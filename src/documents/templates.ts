// The built-in templates and clause library, shipped in assets/templates as data so they
// can be read and edited as prose.
import fs from 'node:fs';
import { assetPath } from '../paths.ts';
import type { Clause } from './agreement-document.ts';

export interface Template {
  id: string;
  kind: 'work' | 'access' | 'value' | 'project';
  name: string;
  clauses: Clause[];
  builtIn: boolean;
}

let cache: { clauses: Clause[]; templates: Template[] } | null = null;

function load(): { clauses: Clause[]; templates: Template[] } {
  if (cache) return cache;
  const clauses = JSON.parse(fs.readFileSync(assetPath('templates', 'clauses.json'), 'utf8')) as Clause[];
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const raw = JSON.parse(fs.readFileSync(assetPath('templates', 'templates.json'), 'utf8')) as (Omit<Template, 'clauses' | 'builtIn'> & {
    clauseIds: string[];
  })[];
  const templates = raw.map(({ clauseIds, ...template }) => ({
    ...template,
    builtIn: true,
    clauses: clauseIds.map((id) => {
      const clause = byId.get(id);
      if (!clause) throw new Error(`Template ${template.id} names a missing clause ${id}`);
      return clause;
    }),
  }));
  cache = { clauses, templates };
  return cache;
}

export function builtInClauses(): Clause[] {
  return load().clauses;
}

export function builtInTemplates(): Template[] {
  return load().templates;
}

export function defaultTemplateFor(kind: Template['kind']): Template {
  return builtInTemplates().find((t) => t.kind === kind)!;
}
