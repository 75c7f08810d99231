import { z } from 'zod';
import { addDays, daysBetween } from '../domain/dates.ts';
import { calendarDate } from '../domain/fields.ts';
import { balancesByClient, balancesByCurrency } from '../domain/invoices.ts';
import type { MoneyAmount } from '../domain/money.ts';
import { isInForce, noticeOutlook } from '../domain/terms.ts';
import { usageWarning } from '../domain/usage.ts';
import { readAgreements } from '../store/agreements.ts';
import { listUnpaidInvoices } from '../store/invoices.ts';
import { getSettings } from '../store/settings.ts';
import { displayStatus, today } from './agreement-rules.ts';
import { clientNamesOf } from './clients.ts';
import { handler, TABLES } from './contract.ts';
import { openInvoicesOf } from './invoices.ts';
import { recentLedgerOf } from './recent-usage.ts';

const NOTICE_WINDOW_DAYS = 30;
const UNSIGNED_AFTER_DAYS = 14;
/** Who owes most: as many as Today's balances card lists. */
const LARGEST_BALANCES = 6;

export const todayHandlers = {
  'today.summary': handler({
    input: z.strictObject({ asOf: calendarDate.optional() }),
    reads: TABLES,
    writes: [],
    run: (ctx, { asOf }) => {
      const date = asOf ?? today(ctx);
      const names = clientNamesOf(ctx);
      const agreements = readAgreements(ctx.store.sql);
      const horizon = addDays(date, NOTICE_WINDOW_DAYS);

      // Notice deadlines within 30 days: the last day to give notice before the term renews.
      const noticeDeadlines = agreements
        .filter((a) => displayStatus(a, date) === 'active' && a.termMonths !== null && a.cancellation === null)
        .map((a) => ({ agreement: a, outlook: noticeOutlook(a, date) }))
        .filter(({ outlook }) => outlook.noticeDeadline !== null && outlook.noticeDeadline >= date && outlook.noticeDeadline <= horizon)
        .map(({ agreement, outlook }) => ({
          agreementId: agreement.id,
          clientId: agreement.clientId,
          clientName: names.get(agreement.clientId)?.name ?? '',
          title: agreement.title,
          kind: agreement.kind,
          noticeDeadline: outlook.noticeDeadline!,
          termEnd: outlook.termEnd!,
          renews: outlook.renews,
          daysLeft: daysBetween(date, outlook.noticeDeadline!),
        }))
        .sort((a, b) => a.noticeDeadline.localeCompare(b.noticeDeadline));

      // Cancellations taking effect soon.
      const endingSoon = agreements
        .filter(
          (a) => a.status === 'active' && a.cancellation && a.cancellation.effectiveDate > date && a.cancellation.effectiveDate <= horizon,
        )
        .map((a) => ({
          agreementId: a.id,
          clientId: a.clientId,
          clientName: names.get(a.clientId)?.name ?? '',
          title: a.title,
          endsOn: a.cancellation!.effectiveDate,
        }));

      const unsigned = agreements
        .filter((a) => a.status === 'sent' && a.sentAt !== null && daysBetween(a.sentAt.slice(0, 10), date) > UNSIGNED_AFTER_DAYS)
        .map((a) => ({
          agreementId: a.id,
          clientId: a.clientId,
          clientName: names.get(a.clientId)?.name ?? '',
          title: a.title,
          sentOn: a.sentAt!.slice(0, 10),
          daysWaiting: daysBetween(a.sentAt!.slice(0, 10), date),
        }))
        .sort((a, b) => b.daysWaiting - a.daysWaiting);

      // Overdue (the domain's `isOverdue`), oldest due first: found among the open invoices the
      // core keeps.
      const overdueInvoices = listUnpaidInvoices(ctx.store.sql, { overdueOn: date }, openInvoicesOf(ctx))
        .map((i) => ({
          invoiceId: i.id,
          number: i.number,
          clientId: i.clientId,
          clientName: i.clientName,
          currency: i.currency,
          balanceMinor: i.balanceMinor,
          dueDate: i.dueDate,
          daysOverdue: daysBetween(i.dueDate, date),
        }))
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));

      // Usage warnings: retainers whose current period has used 80 % or more of the allowance
      // (the ledger's last row, counted from recent sessions only).
      const retainers = agreements.filter((a) => (a.kind === 'work' || a.kind === 'access') && isInForce(a, date));
      const usageWarnings = retainers.flatMap((a) => {
        const current = recentLedgerOf(ctx, a, date, 1).at(-1);
        const warning = current && current.end >= date ? usageWarning(a, current) : null;
        return warning
          ? [
              {
                agreementId: a.id,
                clientId: a.clientId,
                clientName: names.get(a.clientId)?.name ?? '',
                kind: a.kind,
                level: warning.level,
                usedShare: warning.usedShare,
                periodEnd: current!.end,
              },
            ]
          : [];
      });

      // What clients owe on open invoices, archived clients included (a balance is owed
      // whatever the client's status): totals per currency, never mixed, and who owes most
      // in the home currency. The same domain functions as the clients list and client page.
      const home = getSettings(ctx.store.sql).currency;
      const owing = [...balancesByClient(openInvoicesOf(ctx))];
      const inHome = (balances: readonly MoneyAmount[]) => balances.find((b) => b.currency === home)?.amountMinor ?? 0;
      const openBalances = {
        clients: owing.length,
        totals: balancesByCurrency(openInvoicesOf(ctx)),
        largest: owing
          .map(([clientId, balances]) => ({ clientId, clientName: names.get(clientId)?.name ?? '', balances }))
          .sort(
            (a, b) =>
              inHome(b.balances) - inHome(a.balances) || a.clientName.localeCompare(b.clientName) || a.clientId.localeCompare(b.clientId),
          )
          .slice(0, LARGEST_BALANCES),
      };

      return { asOf: date, noticeDeadlines, endingSoon, unsigned, overdueInvoices, usageWarnings, openBalances };
    },
  }),
};
