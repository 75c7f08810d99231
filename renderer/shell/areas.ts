// The areas of the app, in sidebar order. An area appears once it does something: adding
// Agreements, Calendar, Invoices or Revenue is one entry here plus its routes in App.tsx.
import { CalendarDays, ChartLine, FileSignature, House, type LucideIcon, ReceiptText, Settings, Users } from 'lucide-react';

export interface Area {
  id: string;
  label: string;
  /** The route of the area's main screen; deeper routes start with it. */
  path: string;
  icon: LucideIcon;
  /** The second key of its "g <key>" shortcut. */
  goKey: string;
  /** What `n` creates here, if anything. */
  newLabel?: string;
}

export const AREAS: readonly Area[] = [
  { id: 'today', label: 'Today', path: '/', icon: House, goKey: 't' },
  { id: 'clients', label: 'Clients', path: '/clients', icon: Users, goKey: 'c', newLabel: 'New client' },
  { id: 'agreements', label: 'Agreements', path: '/agreements', icon: FileSignature, goKey: 'a', newLabel: 'New agreement' },
  { id: 'calendar', label: 'Calendar', path: '/calendar', icon: CalendarDays, goKey: 'k', newLabel: 'New session' },
  { id: 'invoices', label: 'Invoices', path: '/invoices', icon: ReceiptText, goKey: 'i', newLabel: 'Generate invoices' },
  { id: 'revenue', label: 'Revenue', path: '/revenue', icon: ChartLine, goKey: 'r' },
  { id: 'settings', label: 'Settings', path: '/settings', icon: Settings, goKey: 's' },
];

/** The area a route belongs to ("/clients/123" → Clients). */
export function areaOf(pathname: string): Area | undefined {
  return (
    AREAS.filter((area) => area.path !== '/').find((area) => pathname === area.path || pathname.startsWith(`${area.path}/`)) ??
    (pathname === '/' ? AREAS[0] : undefined)
  );
}
