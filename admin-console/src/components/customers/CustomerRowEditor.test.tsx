import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { patchCustomer, type Customer } from '../../api/customers';
import { ApiProblem } from '../../api/problem';
import { renderInConsole } from '../../test/render';
import { CustomerRowEditor } from './CustomerRowEditor';

vi.mock('../../api/customers', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/customers')>()),
  patchCustomer: vi.fn(),
}));

const maria: Customer = {
  id: 'c1',
  user_id: null,
  business_id: 'b1',
  full_name: 'Maria Pop',
  email: 'maria@example.com',
  phone: null,
  gender: 'unspecified',
  avatar_url: null,
  total_orders: 0,
  lifetime_value: 0,
  tags: [],
  created_at: '2026-11-23T10:00:00Z',
  updated_at: '2026-11-23T10:00:00Z',
};

/** The service refuses the patch with this problem. */
function answerWith(problem: ApiProblem) {
  vi.mocked(patchCustomer).mockImplementation(async () => {
    throw problem;
  });
}

describe('CustomerRowEditor', () => {
  beforeEach(() => {
    vi.mocked(patchCustomer).mockReset();
  });


  it('saves only the changed fields as a guarded JSON Patch and says so', async () => {
    vi.mocked(patchCustomer).mockResolvedValue({ ...maria, phone: '+40712345678' });
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderInConsole(<CustomerRowEditor customer={maria} onDone={onDone} />);

    expect(screen.getByLabelText('Full name')).toHaveFocus();
    await user.type(screen.getByLabelText('Phone'), '+40 712 345 678');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(patchCustomer).toHaveBeenCalledWith('c1', [
      { op: 'test', path: '/phone', value: null },
      { op: 'replace', path: '/phone', value: '+40 712 345 678' },
    ]);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(screen.getByRole('status')).toHaveTextContent('Saved Maria Pop.');
  });

  it('asks kindly for a pause after a 429 and holds Save back until it is over', async () => {
    answerWith(new ApiProblem({ status: 429, errorCode: 'RATE_LIMITED', title: 'Too Many Requests', retryAfterSeconds: 42 }));
    const user = userEvent.setup();
    renderInConsole(<CustomerRowEditor customer={maria} onDone={vi.fn()} />);

    await user.selectOptions(screen.getByLabelText('Gender'), 'female');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not save Maria Pop. Too many changes in a short time');
    expect(alert).toHaveTextContent('You can try again in 42 seconds.');
    expect(screen.getByRole('button', { name: 'Save (in 42 s)' })).toBeDisabled();
  });

  it('shows a field the service refused next to that field', async () => {
    answerWith(
      new ApiProblem({
        status: 422,
        errorCode: 'VALIDATION_FAILED',
        title: 'Unprocessable Content',
        fieldErrors: [{ field: 'email', message: 'must be a valid email address' }],
      }),
    );
    const user = userEvent.setup();
    renderInConsole(<CustomerRowEditor customer={maria} onDone={vi.fn()} />);

    await user.clear(screen.getByLabelText('Email'));
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('must be a valid email address');
  });

  it('closes on Escape without sending anything', async () => {
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderInConsole(<CustomerRowEditor customer={maria} onDone={onDone} />);

    await user.type(screen.getByLabelText('Full name'), ' changed');
    await user.keyboard('{Escape}');

    expect(onDone).toHaveBeenCalled();
    expect(patchCustomer).not.toHaveBeenCalled();
  });
});
