import type { SignedIn } from '../api/auth';
import type { User } from '../api/users';
import { permissionsOf } from './permissions';

const REFRESH_TOKEN_KEY = 'customer-platform.console.refresh-token';

/** Why there is no signed-in user: never signed in, signed out on purpose, or the service ended it. */
export type SessionEnd = 'signed-out' | 'expired';

export interface SessionState {
  user: User | null;
  permissions: string[];
  ended: SessionEnd | null;
}

/**
 * The signed-in user and their tokens. The access token lives only in memory, so a script that
 * reads storage never sees it; the refresh token is kept in sessionStorage so a reload of this tab
 * can resume, and it dies with the tab.
 */
export class Session {
  #accessToken: string | null = null;
  #state: SessionState = { user: null, permissions: [], ended: null };
  readonly #listeners = new Set<() => void>();
  readonly #storage: Storage;

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  get accessToken(): string | null {
    return this.#accessToken;
  }

  get refreshToken(): string | null {
    return this.#storage.getItem(REFRESH_TOKEN_KEY);
  }

  get state(): SessionState {
    return this.#state;
  }

  start(signedIn: SignedIn): void {
    this.#accessToken = signedIn.access_token;
    this.#storage.setItem(REFRESH_TOKEN_KEY, signedIn.refresh_token);
    this.#change({ user: signedIn.user, permissions: permissionsOf(signedIn.access_token), ended: null });
  }

  end(reason: SessionEnd): void {
    this.#accessToken = null;
    this.#storage.removeItem(REFRESH_TOKEN_KEY);
    this.#change({ user: null, permissions: [], ended: reason });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #change(state: SessionState): void {
    this.#state = state;
    this.#listeners.forEach((listener) => listener());
  }
}
