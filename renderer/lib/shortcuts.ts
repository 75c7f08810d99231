// Keyboard shortcuts as data: a binding names its keys ("g c", "/", "shift+p", "mod+2")
// and what it does. The handler is plain DOM so it can be tested without React.

export interface Shortcut {
  /** Space-separated steps; each step is a key with optional `shift+` or `mod+` (Ctrl or ⌘). */
  keys: string;
  description: string;
  group: string;
  run: () => void;
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/** True when a keystroke on this element types text (so single-key shortcuts must not fire). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  // isContentEditable covers inheritance in browsers; the attribute check covers the rest.
  if (element.isContentEditable || element.closest?.('[contenteditable]:not([contenteditable="false"])')) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUT_TYPES.has(((element as HTMLInputElement).type || 'text').toLowerCase());
  return false;
}

/** The step a keydown stands for: "g", "/", "?", "shift+p", "mod+1"; null for bare modifiers or Alt chords. */
export function keyStep(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): string | null {
  const { key } = event;
  if (!key || ['Shift', 'Control', 'Meta', 'Alt', 'CapsLock', 'Dead', 'Unidentified'].includes(key)) return null;
  if (event.altKey) return null;
  const base = key.length === 1 ? key.toLowerCase() : key;
  if (event.ctrlKey || event.metaKey) return `mod+${base}`;
  // Letters carry shift explicitly; symbols like "?" already are the shifted key.
  if (event.shiftKey && /^[a-z]$/.test(base)) return `shift+${base}`;
  return base;
}

export interface ShortcutHandlerOptions {
  /** Shortcuts are off while this says false (for example while a modal dialog is open). */
  enabled?: () => boolean;
  /** How long the second key of a sequence like "g c" may wait. */
  sequenceTimeoutMs?: number;
}

/**
 * Returns a keydown listener running the matching shortcut. Keys typed into text fields
 * are left alone, except `mod+` chords, which never type anything.
 */
export function createShortcutHandler(bindings: () => Shortcut[], options: ShortcutHandlerOptions = {}): (event: KeyboardEvent) => void {
  const timeoutMs = options.sequenceTimeoutMs ?? 1200;
  let pending: string | null = null;
  let pendingAt = 0;

  return (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.repeat) return;
    if (options.enabled && !options.enabled()) return;
    const step = keyStep(event);
    if (!step) return;
    if (isTypingTarget(event.target) && !step.startsWith('mod+')) {
      pending = null;
      return;
    }
    const all = bindings();
    if (pending !== null && event.timeStamp - pendingAt > timeoutMs) pending = null;

    const attempt = (candidate: string): boolean => {
      const exact = all.find((binding) => binding.keys === candidate);
      if (exact) {
        pending = null;
        event.preventDefault();
        exact.run();
        return true;
      }
      if (all.some((binding) => binding.keys.startsWith(`${candidate} `))) {
        pending = candidate;
        pendingAt = event.timeStamp;
        return true;
      }
      return false;
    };

    if (pending !== null) {
      const prefix = pending;
      pending = null;
      if (attempt(`${prefix} ${step}`)) return;
    }
    attempt(step);
  };
}

/** How a step reads on a key cap: "mod+1" → ["Ctrl", "1"] (⌘ on a Mac). */
export function keyCaps(step: string, isMac: boolean): string[] {
  return step.split('+').map((part) => {
    if (part === 'mod') return isMac ? '⌘' : 'Ctrl';
    if (part === 'shift') return isMac ? '⇧' : 'Shift';
    return part.length === 1 ? part.toUpperCase() : part;
  });
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
