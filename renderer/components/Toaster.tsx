import { X } from 'lucide-react';
import { useToasts } from '../stores/toasts.ts';
import { IconButton } from './IconButton.tsx';

/** The polite live region where confirmations appear (and are read out). */
export function Toaster() {
  const toasts = useToasts((state) => state.toasts);
  const dismiss = useToasts((state) => state.dismiss);
  return (
    <div className="toaster" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span className="toast__message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast__action"
              onClick={() => {
                toast.action!.run();
                dismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <IconButton label="Dismiss" icon={<X size={14} />} size="sm" onClick={() => dismiss(toast.id)} />
        </div>
      ))}
    </div>
  );
}
