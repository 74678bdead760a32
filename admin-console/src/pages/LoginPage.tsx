import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { Field } from '../components/Field';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { toApiProblem } from '../api/problem';

const ENDED_MESSAGES = {
  'signed-out': 'You have signed out.',
  expired: 'Your session has ended. Please sign in again.',
} as const;

export function LoginPage() {
  const { user, ended, signIn } = useAuth();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const returnTo = (location.state as { from?: { pathname: string; search: string } } | null)?.from;
  if (user) return <Navigate to={returnTo ? returnTo.pathname + returnTo.search : '/customers'} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (failure) {
      setError(failure);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  const problem = error ? toApiProblem(error) : null;
  return (
    <main id="main" className="login">
      <section className="panel login-panel" aria-labelledby="login-heading">
        <p className="brand">
          Customer Platform <span>console</span>
        </p>
        <PageHeading title="Sign in" id="login-heading">
          Sign in
        </PageHeading>
        {ended && !error && (
          <p className="notice" role="status">
            {ENDED_MESSAGES[ended]}
          </p>
        )}
        {error !== null && <ProblemAlert error={error} />}
        <form onSubmit={submit} noValidate>
          <Field label="Username or email" error={problem?.fieldError('username')}>
            {(control) => (
              <input
                {...control}
                name="username"
                autoComplete="username"
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            )}
          </Field>
          <Field label="Password" error={problem?.fieldError('password')}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </section>
    </main>
  );
}
