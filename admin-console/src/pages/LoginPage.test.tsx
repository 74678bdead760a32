import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { signIn } from '../api/auth';
import { session } from '../api/client';
import { ApiProblem } from '../api/problem';
import { renderInConsole } from '../test/render';
import { LoginPage } from './LoginPage';

vi.mock('../api/auth', () => ({ signIn: vi.fn(), signOut: vi.fn() }));

function renderLogin() {
  return renderInConsole(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/customers" element={<p>Customers page</p>} />
    </Routes>,
    { route: '/login' },
  );
}

describe('LoginPage', () => {
  afterEach(() => session.end('signed-out'));

  it('signs in, keeps the refresh token for this tab only, and opens the customers', async () => {
    vi.mocked(signIn).mockResolvedValue({
      access_token: 'access-1',
      token_type: 'Bearer',
      expires_in: 900,
      refresh_token: 'refresh-1',
      user: { username: 'ana' } as never,
    });
    const user = userEvent.setup();
    renderLogin();

    await user.type(screen.getByLabelText('Username or email'), ' ana ');
    await user.type(screen.getByLabelText('Password'), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Customers page')).toBeInTheDocument();
    expect(signIn).toHaveBeenCalledWith('ana', 'secret-password');
    expect(session.accessToken).toBe('access-1');
    expect(sessionStorage.getItem('customer-platform.console.refresh-token')).toBe('refresh-1');
    expect(JSON.stringify(localStorage)).not.toContain('access-1');
  });

  it('explains a refused sign-in and clears the password', async () => {
    vi.mocked(signIn).mockRejectedValue(
      new ApiProblem({ status: 401, errorCode: 'INVALID_CREDENTIALS', title: 'Unauthorized', detail: 'Invalid credentials' }),
    );
    const user = userEvent.setup();
    renderLogin();

    await user.type(screen.getByLabelText('Username or email'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That username or password is not right.');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});
