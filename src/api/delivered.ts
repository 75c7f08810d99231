import type { Context } from './contract.ts';
import { allDeliveredWork } from '../store/revenue.ts';

/** Every agreement's sessions and work logs, read once per change to them. */
export function deliveredWorkOf(ctx: Context) {
  return ctx.memo('delivered-work', ['sessions', 'work_logs', 'agreements'], () => allDeliveredWork(ctx.store.sql));
}
