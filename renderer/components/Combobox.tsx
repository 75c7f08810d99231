// Pick one of many (hundreds of clients) by typing: a text field that lists the matches its
// owner finds for what was typed (see useClientSearch). Arrows move through them, Enter
// picks, Escape clears. An ARIA combobox with a listbox; only the matches shown are ever
// rendered, so a long list costs nothing until it is searched.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { Field } from './Field.tsx';

export interface ComboboxOption {
  value: string;
  label: string;
}

export interface ComboboxProps {
  label: ReactNode;
  hideLabel?: boolean;
  placeholder?: string;
  /** The matches for the text last reported through onSearch. */
  options: readonly ComboboxOption[];
  /** True while `options` are not yet those of the text typed. */
  searching?: boolean;
  /** Called with the text as it is typed (and with '' once a choice is made). */
  onSearch: (text: string) => void;
  /** Called with the picked option's value; the field is then cleared. */
  onPick: (value: string) => void;
  /** Said in the list when nothing matches. */
  noMatch?: string;
  /** Marks the labels as private (blurred in privacy mode). */
  private?: boolean;
}

export function Combobox({
  label,
  hideLabel,
  placeholder,
  options,
  searching = false,
  onSearch,
  onPick,
  noMatch = 'Nothing matches',
  private: isPrivate,
}: ComboboxProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // New matches: nothing picked among them yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `options` is the trigger, not an input: a new list of matches clears the active row.
  useEffect(() => setActive(-1), [options]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const changeText = (value: string) => {
    setText(value);
    onSearch(value);
  };
  const pick = (option: ComboboxOption) => {
    onPick(option.value);
    changeText('');
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((index) => (index + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
    } else if (event.key === 'Enter' && open && !searching) {
      const picked = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (picked) {
        event.preventDefault();
        pick(picked);
      }
    } else if (event.key === 'Escape' && (open || text)) {
      event.preventDefault();
      changeText('');
      close();
    }
  };

  const expanded = open && text.trim() !== '';
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
              changeText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onBlur={close}
            onKeyDown={onKeyDown}
          />
          {/* biome-ignore-start lint/a11y/noNoninteractiveElementToInteractiveRole lint/a11y/useFocusableInteractive: the WAI-ARIA combobox pattern: focus stays in the field and aria-activedescendant names the active option, so the list is an ARIA listbox on ul/li and its options are never focused themselves. */}
          <ul id={listId} role="listbox" className="combobox__list" hidden={!expanded}>
            {options.map((option, index) => (
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
            {options.length === 0 && (
              <li role="option" aria-selected={false} aria-disabled="true" className="combobox__none">
                {searching ? 'Searching…' : noMatch}
              </li>
            )}
          </ul>
          {/* biome-ignore-end lint/a11y/noNoninteractiveElementToInteractiveRole lint/a11y/useFocusableInteractive: the listbox ends here. */}
        </div>
      )}
    </Field>
  );
}
