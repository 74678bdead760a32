import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

function renderDialog(open: boolean, handlers = { onConfirm: vi.fn(), onCancel: vi.fn() }) {
  render(
    <ConfirmDialog open={open} title="Erase the personal data of Maria Pop?" confirmLabel="Erase permanently" {...handlers}>
      <p>This cannot be undone.</p>
    </ConfirmDialog>,
  );
  return handlers;
}

describe('ConfirmDialog', () => {
  it('asks its question with Cancel focused first', () => {
    renderDialog(true);

    const dialog = screen.getByRole('dialog', { name: 'Erase the personal data of Maria Pop?' });
    expect(dialog).toHaveAccessibleDescription('This cannot be undone.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('confirms or cancels only on the matching button', async () => {
    const user = userEvent.setup();
    const handlers = renderDialog(true);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(handlers.onCancel).toHaveBeenCalledTimes(1);
    expect(handlers.onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Erase permanently' }));
    expect(handlers.onConfirm).toHaveBeenCalledTimes(1);
  });

  it('stays closed until asked', () => {
    renderDialog(false);

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
