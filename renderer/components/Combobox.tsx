// Pick one of many (hundreds of clients) by typing: a text field that lists the first few
// options whose label contains what was typed, accents and case aside. Arrows move through
// them, Enter picks, Escape clears. An ARIA combobox with a listbox; only the matches shown
// are ever rendered, so a long list costs nothing until it is searched.
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Field } from './Field.tsx';

export interface ComboboxOption {
  value: string;
  label: string;
}

export interface ComboboxProps {
  label: ReactNode;
  hideLabel?: boolean;
  placeholder?: string;
  options: readonly ComboboxOption[];
  /** Called with the picked option's value; the field is then cleared. */
  onPick: (value: string) => void;
  /** Said in the list when nothing matches. */
  noMatch?: string;
  maxResults?: number;
  /** Marks the labels as private (blurred in privacy mode). */
  private?: boolean;
}

/** Lower case without accents: "Chloé" is found by "chloe". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

export function Combobox({ label, hideLabel, placeholder, options, onPick, noMatch = 'Nothing matches', maxResults = 8, private: isPrivate }: ComboboxProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // Folded once per list, not per keystroke.
  const folded = useMemo(() => options.map((option) => foldForSearch(option.label)), [options]);
  const matches = useMemo(() => {
    const wanted = foldForSearch(text.trim());
    const found: ComboboxOption[] = [];
    for (let i = 0; i < options.length && found.length < maxResults; i += 1) {
      if (folded[i]!.includes(wanted)) found.push(options[i]!);
    }
    return found;
  }, [options, folded, text, maxResults]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (option: ComboboxOption) => {
    onPick(option.value);
    setText('');
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (matches.length > 0) setActive((index) => (index + 1) % matches.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (matches.length > 0) setActive((index) => (index <= 0 ? matches.length - 1 : index - 1));
    } else if (event.key === 'Enter' && open) {
      const picked = matches[active] ?? (matches.length === 1 ? matches[0] : undefined);
      if (picked) {
        event.preventDefault();
        pick(picked);
      }
    } else if (event.key === 'Escape' && (open || text)) {
      event.preventDefault();
      setText('');
      close();
    }
  };

  const expanded = open && (text.trim() !== '' || active >= 0);
  return (
    <Field label={label} hideLabel={hideLabel} className="combobox">
      {(control) => (
        <div className="combobox__control">
          <input
            {...control}
            className="input"
            type="text"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onBlur={close}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" className="combobox__list" hidden={!expanded}>
            {matches.map((option, index) => (
              <li
                key={option.value}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="combobox__option"
                data-private={isPrivate || undefined}
                // mousedown, not click: the field keeps focus until the choice is made.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(option);
                }}
                onMouseEnter={() => setActive(index)}
              >
                {option.label}
              </li>
            ))}
            {matches.length === 0 && (
              <li role="option" aria-selected={false} aria-disabled="true" className="combobox__none">
                {noMatch}
              </li>
            )}
          </ul>
        </div>
      )}
    </Field>
  );
}
