import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { buttonClasses } from './button';
import { Chevron, panelClasses } from './popover';
import { useDismiss } from './use-dismiss';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

interface MenuProps {
  /** The button's content (and name). */
  trigger: ReactNode;
  items: readonly MenuItem[];
  align?: 'start' | 'end';
  testId?: string;
}

const ITEM = 'block w-full rounded px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-50 focus:bg-indigo-50 focus:outline-none';

/**
 * A menu button (the ARIA menu button pattern): opening moves focus to the first item (ArrowUp on
 * the button: the last), ArrowUp/ArrowDown/Home/End move between items, Enter or a click chooses
 * one, Escape closes and returns focus to the button, Tab closes and moves on.
 */
export function Menu({ trigger, items, align = 'start', testId }: MenuProps) {
  const [focused, setFocused] = useState<number | null>(null);
  const open = focused !== null;
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const buttonId = useId();
  const menuId = useId();
  const last = items.length - 1;

  const close = (returnFocus: boolean) => {
    setFocused(null);
    if (returnFocus) button.current?.focus();
  };
  useDismiss(
    open,
    root,
    () => close(true),
    () => close(false),
  );
  useEffect(() => {
    if (focused !== null) itemRefs.current[focused]?.focus();
  }, [focused]);

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setFocused(event.key === 'ArrowDown' ? 0 : last);
  };

  const onMenuKey = (event: KeyboardEvent) => {
    if (focused === null) return;
    const target: Record<string, number> = {
      ArrowDown: focused === last ? 0 : focused + 1,
      ArrowUp: focused === 0 ? last : focused - 1,
      Home: 0,
      End: last,
    };
    if (event.key in target) {
      event.preventDefault();
      setFocused(target[event.key]);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setFocused(0))}
        onKeyDown={onButtonKey}
        className={buttonClasses('secondary', 'sm')}
        data-testid={testId}
      >
        {trigger}
        <Chevron />
      </button>
      {open && (
        <div id={menuId} role="menu" aria-labelledby={buttonId} className={`w-52 ${panelClasses(align)}`} onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <button
              key={item.label}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={ITEM}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
