// What the desktop menu asks of the page (File → New Client, New Agreement, Export as PDF).
// The main process sends them on the change channel as `{tables: [], handlers: [], command}` (see
// main/channels.ts), so only the desktop app ever sends one; in the browser host this hook
// subscribes to nothing.
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, type ChangeEvent } from '../api.ts';
import { downloadAgreementPdf } from '../features/agreements/pdf.ts';
import { downloadInvoicePdf } from '../features/invoices/pdf.ts';
import { toast } from '../stores/toasts.ts';
import { useUi } from '../stores/ui.ts';
import { arriveAt } from './arrival.ts';

/** The names main/channels.ts sends (a unit test keeps the two lists equal). */
export const MENU_COMMANDS = ['new-client', 'new-agreement', 'export-pdf'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type MenuAction =
  | { kind: 'new-client' }
  | { kind: 'navigate'; to: string }
  | { kind: 'agreement-pdf'; agreementId: string; version?: number }
  | { kind: 'invoice-pdf'; invoiceId: string }
  | { kind: 'nothing-to-export' };

export function commandOf(event: ChangeEvent): MenuCommand | null {
  const command = (event as { command?: unknown }).command;
  return MENU_COMMANDS.find((known) => known === command) ?? null;
}

/** What a command does on the screen at `pathname`: "export" means the document that is open. */
export function menuAction(command: MenuCommand, pathname: string): MenuAction {
  if (command === 'new-client') return { kind: 'new-client' };
  if (command === 'new-agreement') return { kind: 'navigate', to: '/agreements/new' };
  const version = /^\/agreements\/([^/]+)\/versions\/(\d+)$/.exec(pathname);
  if (version) return { kind: 'agreement-pdf', agreementId: decodeURIComponent(version[1]!), version: Number(version[2]) };
  const agreement = /^\/agreements\/([^/]+)(?:\/amend)?$/.exec(pathname);
  if (agreement && agreement[1] !== 'new') return { kind: 'agreement-pdf', agreementId: decodeURIComponent(agreement[1]!) };
  const invoice = /^\/invoices\/([^/]+)$/.exec(pathname);
  if (invoice) return { kind: 'invoice-pdf', invoiceId: decodeURIComponent(invoice[1]!) };
  return { kind: 'nothing-to-export' };
}

export function useMenuCommands(): void {
  const navigate = useNavigate();
  const location = useLocation();
  const pathname = useRef(location.pathname);
  pathname.current = location.pathname;

  useEffect(() => {
    if (typeof window === 'undefined' || !window.cadence) return;
    return api.onChange((event) => {
      const command = commandOf(event);
      if (!command) return;
      const action = menuAction(command, pathname.current);
      switch (action.kind) {
        case 'new-client':
          return useUi.getState().setNewClientOpen(true);
        case 'navigate':
          arriveAt(action.to);
          return void navigate(action.to);
        case 'agreement-pdf':
          return void downloadAgreementPdf(action.agreementId, action.version);
        case 'invoice-pdf':
          return void downloadInvoicePdf(action.invoiceId);
        case 'nothing-to-export':
          return toast('Open an agreement or an invoice to export it as PDF.');
      }
    });
  }, [navigate]);
}
