import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Combobox, type ComboboxOption } from './combobox';

const OPTIONS: ComboboxOption[] = Array.from({ length: 50 }, (_, i) => ({ value: `i${i}`, label: `TL-${i + 1} Initiative ${i + 1}` }));

function Harness({ onSelect }: { onSelect: (option: ComboboxOption) => void }) {
  const [query, setQuery] = useState('');
  return <Combobox label="Initiative" options={OPTIONS} query={query} onQueryChange={setQuery} onSelect={onSelect} />;
}

const highlighted = () => screen.getByRole('option', { selected: true });

describe('Combobox', () => {
  // jsdom lays nothing out and has no scrollIntoView: record which option was asked to scroll.
  const scrolled: Element[] = [];
  beforeAll(() => {
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this);
    };
  });
  afterAll(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });
  beforeEach(() => {
    scrolled.length = 0;
  });

  async function openAndPress(keys: string) {
    render(<Harness onSelect={jest.fn()} />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Initiative' }));
    await userEvent.keyboard(keys);
  }

  function expectHighlightedInView(text: string) {
    expect(highlighted()).toHaveTextContent(text);
    expect(scrolled.at(-1)).toBe(highlighted());
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-activedescendant', highlighted().id);
  }

  it('moves with the arrows and keeps the highlighted option scrolled into view', async () => {
    await openAndPress('{ArrowDown}{ArrowDown}');
    expectHighlightedInView('TL-3');
  });

  it('goes to the last option with End and back to the first with Home, scrolling each into view', async () => {
    await openAndPress('{End}');
    expectHighlightedInView('TL-50');
    await userEvent.keyboard('{Home}');
    expectHighlightedInView('TL-1 ');
  });

  it('picks the highlighted option with Enter and closes the list', async () => {
    const onSelect = jest.fn();
    render(<Harness onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Initiative' }));
    await userEvent.keyboard('{End}{ArrowUp}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(OPTIONS[48]);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('leaves Home and End to the text box while the list is closed', async () => {
    render(<Harness onSelect={jest.fn()} />);
    const input = screen.getByRole('combobox', { name: 'Initiative' });
    await userEvent.type(input, 'TL');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await userEvent.keyboard('{Home}');
    expect((input as HTMLInputElement).selectionStart).toBe(0);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });
});
