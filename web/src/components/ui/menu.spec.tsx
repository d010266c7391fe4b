import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Menu } from './menu';

function renderMenu() {
  const chosen: string[] = [];
  const items = ['PNG image', 'SVG image', 'CSV (spreadsheet)', 'Print…'].map((label) => ({ label, onSelect: () => chosen.push(label) }));
  render(
    <>
      <Menu trigger="Export" items={items} />
      <button type="button">Next</button>
    </>,
  );
  return { chosen, button: screen.getByRole('button', { name: 'Export' }) };
}

const item = (name: string) => screen.getByRole('menuitem', { name });

describe('Menu', () => {
  it('says it opens a menu, and moves focus to its first item when opened', async () => {
    const { button } = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: 'Export' })).toBeInTheDocument();
    expect(item('PNG image')).toHaveFocus();
  });

  it('moves between items with the arrows (wrapping), Home and End', async () => {
    const { button } = renderMenu();
    button.focus();
    const steps = [
      ['{ArrowDown}', 'PNG image'],
      ['{ArrowDown}{ArrowDown}', 'CSV (spreadsheet)'],
      ['{End}', 'Print…'],
      ['{ArrowDown}', 'PNG image'],
      ['{ArrowUp}', 'Print…'],
      ['{Home}', 'PNG image'],
    ];
    for (const [keys, focused] of steps) {
      await userEvent.keyboard(keys);
      expect(item(focused)).toHaveFocus();
    }
  });

  it('opens on its last item with ArrowUp on the button', async () => {
    const { button } = renderMenu();
    button.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(item('Print…')).toHaveFocus();
  });

  it('chooses the focused item with Enter, closes and returns focus to the button', async () => {
    const { chosen, button } = renderMenu();
    button.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(chosen).toEqual(['CSV (spreadsheet)']);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('closes on Escape with focus back on the button, choosing nothing', async () => {
    const { chosen, button } = renderMenu();
    await userEvent.click(button);
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(chosen).toEqual([]);
  });

  it('closes on Tab', async () => {
    const { button } = renderMenu();
    await userEvent.click(button);
    await userEvent.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on a click outside', async () => {
    const { button } = renderMenu();
    await userEvent.click(button);
    await userEvent.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
