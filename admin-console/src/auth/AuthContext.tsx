import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import * as authApi from '../api/auth';
import { refreshSession, session } from '../api/client';
import type { User } from '../api/users';
import { grants } from './permissions';
import type { SessionEnd } from './session';

export interface Auth {
  user: User | null;
  /** True while a reloaded tab trades its stored refresh token for a new access token. */
  resuming: boolean;
  ended: SessionEnd | null;
  can(permission: string): boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const state = useSyncExternalStore(session.subscribe, () => session.state);
  const queryClient = useQueryClient();
  const [resuming, setResuming] = useState(() => state.user === null && session.refreshToken !== null);

  useEffect(() => {
    if (!resuming) return;
    // A refused resume leaves the sign-in page; the session records why (expired).
    refreshSession()
      .catch(() => undefined)
      .finally(() => setResuming(false));
  }, [resuming]);

  useEffect(() => {
    // Nothing one user loaded may be shown to the next one signing in at this desk.
    if (state.user === null) queryClient.clear();
  }, [state.user, queryClient]);

  const auth: Auth = {
    user: state.user,
    resuming,
    ended: state.ended,
    can: (permission) => grants(state.permissions, permission),
    signIn: async (username, password) => session.start(await authApi.signIn(username, password)),
    signOut: async () => {
      try {
        await authApi.signOut();
      } finally {
        session.end('signed-out');
      }
    },
  };
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider above it');
  return auth;
}
