import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { useAuth } from './AuthContext';

/** Shows its pages to a signed-in user only; anyone else goes to sign-in and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, resuming } = useAuth();
  const location = useLocation();
  if (resuming) {
    return (
      <p className="page-status" role="status">
        Resuming your session…
      </p>
    );
  }
  if (!user) return <Navigate to="/login" replace state={{ from: location }} />;
  return children;
}

/** A page meant for a permission the signed-in user lacks says so instead of failing call by call. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { can } = useAuth();
  if (!can(permission)) {
    return (
      <section className="panel">
        <PageHeading title="Not available">Not available</PageHeading>
        <p>This page is for administrators. Ask one if you need access.</p>
      </section>
    );
  }
  return children;
}
