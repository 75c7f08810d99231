import { z } from 'zod';
import { email, id, requiredText, shortText, timeZone } from '../domain/fields.ts';
import { timestampText } from '../domain/instants.ts';
import { balancesByClient } from '../domain/invoices.ts';
import { CLIENT_STATUSES } from '../domain/model.ts';
import { listAgreementsForClient } from '../store/agreements.ts';
import {
  type Client,
  type ClientName,
  clientNames,
  clientReferences,
  deleteClient,
  findClient,
  insertClient,
  listClients,
  updateClient,
} from '../store/clients.ts';
import { listInvoicesForClient } from '../store/invoices.ts';
import { recentSessionsForClient } from '../store/sessions.ts';
import { getSettings } from '../store/settings.ts';
import { CadenceError, type Context, handler } from './contract.ts';
import { newId } from './ids.ts';
import { openInvoicesOf } from './invoices.ts';

/** Every client's name and zone by id, in id order, kept until a client is written. Read-only to callers. */
export function clientNamesOf(ctx: Context): ReadonlyMap<string, ClientName> {
  return ctx.memo('client-names', ['clients'], () => clientNames(ctx.store.sql));
}

// Optional text fields: an empty string from a form means "none".
const optionalText = (max: number) =>
  shortText(max)
    .transform((v) => (v.trim() === '' ? null : v.trim()))
    .nullable();
const optionalEmail = z
  .union([z.literal(''), email])
  .transform((v) => (v === '' ? null : v))
  .nullable();

const clientFields = {
  name: requiredText(200),
  email: optionalEmail,
  phone: optionalText(50),
  company: optionalText(200),
  timeZone,
  status: z.enum(CLIENT_STATUSES),
  notes: shortText(100_000),
};

export const clientCreateSchema = z.strictObject({
  name: clientFields.name,
  email: clientFields.email.optional(),
  phone: clientFields.phone.optional(),
  company: clientFields.company.optional(),
  timeZone: clientFields.timeZone.optional(),
  status: clientFields.status.optional(),
  notes: clientFields.notes.optional(),
});

export const clientUpdateSchema = z.strictObject({
  id,
  name: clientFields.name.optional(),
  email: clientFields.email.optional(),
  phone: clientFields.phone.optional(),
  company: clientFields.company.optional(),
  timeZone: clientFields.timeZone.optional(),
  status: clientFields.status.optional(),
  notes: clientFields.notes.optional(),
});

const byId = z.strictObject({ id });

function requireClient(ctx: Context, clientId: string): Client {
  const client = findClient(ctx.store.sql, clientId);
  if (!client) throw new CadenceError('not_found', 'This client does not exist (it may have been deleted).');
  return client;
}

function setStatus(ctx: Context, clientId: string, status: Client['status']): Client {
  return ctx.store.sql.transaction(() => {
    requireClient(ctx, clientId);
    updateClient(ctx.store.sql, clientId, { status, updatedAt: timestampText(ctx.now()) });
    return requireClient(ctx, clientId);
  });
}

export const clientHandlers = {
  'clients.list': handler({
    input: z.strictObject({
      search: z.string().max(200, 'must be at most 200 characters').optional(),
      status: z.enum([...CLIENT_STATUSES, 'current', 'all']).optional(),
      sort: z.enum(['name', 'status', 'created', 'lastSession', 'company']).optional(),
      direction: z.enum(['asc', 'desc']).optional(),
      // For a screen that shows a few rows or only who owes (Today), not the whole list.
      balance: z.enum(['open']).optional(),
      limit: z.number().int().min(1, 'must be at least 1').max(10_000, 'must be at most 10000').optional(),
    }),
    reads: ['clients', 'agreements', 'sessions', 'invoices', 'payments'],
    writes: [],
    run: (ctx, query) => listClients(ctx.store.sql, query, openInvoicesOf(ctx)),
  }),

  'clients.get': handler({
    input: byId,
    reads: ['clients', 'agreements', 'sessions', 'invoices', 'payments'],
    writes: [],
    run: (ctx, { id: clientId }) => {
      const client = requireClient(ctx, clientId);
      const invoices = listInvoicesForClient(ctx.store.sql, clientId);
      return {
        ...client,
        references: clientReferences(ctx.store.sql, clientId),
        agreements: listAgreementsForClient(ctx.store.sql, clientId),
        recentSessions: recentSessionsForClient(ctx.store.sql, clientId, 50),
        invoices,
        // The same domain rule as the clients list and Today.
        balances: balancesByClient(invoices).get(clientId) ?? [],
      };
    },
  }),

  'clients.create': handler({
    input: clientCreateSchema,
    reads: ['settings'],
    writes: ['clients'],
    run: (ctx, input) =>
      ctx.store.sql.transaction(() => {
        const now = timestampText(ctx.now());
        const client: Client = {
          id: newId(),
          name: input.name,
          email: input.email ?? null,
          phone: input.phone ?? null,
          company: input.company ?? null,
          timeZone: input.timeZone ?? getSettings(ctx.store.sql).timeZone,
          status: input.status ?? 'active',
          notes: input.notes ?? '',
          createdAt: now,
          updatedAt: now,
        };
        insertClient(ctx.store.sql, client);
        return client;
      }),
  }),

  'clients.update': handler({
    input: clientUpdateSchema,
    reads: ['clients'],
    writes: ['clients'],
    run: (ctx, { id: clientId, ...patch }) =>
      ctx.store.sql.transaction(() => {
        requireClient(ctx, clientId);
        updateClient(ctx.store.sql, clientId, { ...patch, updatedAt: timestampText(ctx.now()) });
        return requireClient(ctx, clientId);
      }),
  }),

  'clients.archive': handler({
    input: byId,
    reads: ['clients'],
    writes: ['clients'],
    run: (ctx, { id: clientId }) => setStatus(ctx, clientId, 'archived'),
  }),

  'clients.restore': handler({
    input: byId,
    reads: ['clients'],
    writes: ['clients'],
    run: (ctx, { id: clientId }) => setStatus(ctx, clientId, 'active'),
  }),

  'clients.delete': handler({
    input: byId,
    reads: ['clients', 'agreements', 'sessions', 'invoices'],
    writes: ['clients'],
    run: (ctx, { id: clientId }) =>
      ctx.store.sql.transaction(() => {
        const client = requireClient(ctx, clientId);
        const refs = clientReferences(ctx.store.sql, clientId);
        const parts = [
          refs.agreements && `${refs.agreements} agreement${refs.agreements === 1 ? '' : 's'}`,
          refs.sessions && `${refs.sessions} session${refs.sessions === 1 ? '' : 's'}`,
          refs.invoices && `${refs.invoices} invoice${refs.invoices === 1 ? '' : 's'}`,
        ].filter(Boolean);
        if (parts.length > 0) {
          throw new CadenceError('conflict', `${client.name} has ${parts.join(', ')}, so they can only be archived, not deleted.`);
        }
        deleteClient(ctx.store.sql, clientId);
        return { id: clientId, deleted: true as const };
      }),
  }),
};
