// Short confirmations ("Client archived", with Undo) shown in a polite live region.
import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'neutral' | 'danger';
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  show: (message: string, options?: { tone?: Toast['tone']; action?: Toast['action']; durationMs?: number }) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (message, options = {}) => {
    const id = nextId++;
    const toast: Toast = { id, message, tone: options.tone ?? 'neutral', ...(options.action ? { action: options.action } : {}) };
    // Keep the last three: a pile of toasts is noise.
    set({ toasts: [...get().toasts.slice(-2), toast] });
    setTimeout(() => get().dismiss(id), options.durationMs ?? (options.action ? 8000 : 4000));
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
}));

export const toast = (...args: Parameters<ToastState['show']>) => useToasts.getState().show(...args);
