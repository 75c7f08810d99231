import { isMacPlatform, keyCaps } from '../lib/shortcuts.ts';

/**
 * A shortcut as key caps: "g c" → G then C; "mod+1" → Ctrl 1 (⌘ 1 on a Mac). As a `hint`
 * inside a button it is hidden from screen readers, so it does not change the button's name.
 */
export function Kbd({ keys, hint = false }: { keys: string; hint?: boolean }) {
  const mac = isMacPlatform();
  const steps = keys.split(' ');
  return (
    <span className={hint ? 'kbd-group kbd-group--hint' : 'kbd-group'} aria-hidden={hint || undefined}>
      {steps.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the steps of a fixed shortcut, in their order; they never move.
        <span key={index} className="kbd-step">
          {index > 0 && <span className="kbd-then">then</span>}
          {keyCaps(step, mac).map((cap) => (
            <kbd key={cap} className="kbd">
              {cap}
            </kbd>
          ))}
        </span>
      ))}
    </span>
  );
}
