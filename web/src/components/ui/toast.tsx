import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type ToastTone = 'info' | 'success' | 'warning' | 'error';

export interface ToastInput {
  message: string;
  tone?: ToastTone;
  /** Milliseconds before it disappears; warnings and errors stay longer by default. */
  durationMs?: number;
}

interface Toast extends Required<ToastInput> {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

const TONES: Record<ToastTone, string> = {
  info: 'border-slate-200 bg-white text-slate-800',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  error: 'border-rose-200 bg-rose-50 text-rose-900',
};

/** Passing notices ("Saved", "Someone else changed TL-12 …"), announced politely. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    ({ message, tone = 'info', durationMs }: ToastInput) => {
      const id = nextId.current++;
      const duration = durationMs ?? (tone === 'warning' || tone === 'error' ? 8000 : 4000);
      setToasts((all) => [...all.slice(-3), { id, message, tone, durationMs: duration }]);
      window.setTimeout(() => dismiss(id), duration);
    },
    [dismiss],
  );
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4 print:hidden"
      >
        {toasts.map((t) => (
          <div
            key={t.id}
            role={t.tone === 'error' || t.tone === 'warning' ? 'alert' : 'status'}
            data-testid="toast"
            className={`pointer-events-auto flex max-w-lg items-start gap-3 rounded-md border px-4 py-3 text-sm shadow-lg ${TONES[t.tone]}`}
          >
            <span className="flex-1">{t.message}</span>
            <button type="button" aria-label="Dismiss" onClick={() => dismiss(t.id)} className="text-current opacity-60 hover:opacity-100">
              ✕
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** `const toast = useToast(); toast({ message: 'Saved', tone: 'success' })`. */
export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  return useMemo(() => show ?? (() => undefined), [show]);
}
