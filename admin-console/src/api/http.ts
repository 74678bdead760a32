import axios, { type AxiosAdapter, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import type { Session } from '../auth/session';
import type { SignedIn } from './auth';
import { ApiProblem, toApiProblem } from './problem';

export const REFRESH_PATH = '/api/v1/auth/refresh';

interface SentConfig extends InternalAxiosRequestConfig {
  retriedAfterRefresh?: boolean;
}

export interface ApiClient {
  http: AxiosInstance;
  /** Exchanges the refresh token for new tokens; callers at the same moment share one exchange. */
  refreshSession(): Promise<void>;
}

function bearerOf(config: InternalAxiosRequestConfig): string | null {
  const value = config.headers?.get?.('Authorization');
  return typeof value === 'string' ? value.replace(/^Bearer /, '') : null;
}

/**
 * The console's HTTP client: same-origin relative URLs, the session's bearer token on every call,
 * and every failure rejected as an ApiProblem. A call refused with `INVALID_TOKEN` (the access
 * token expired) is retried once after a transparent refresh.
 */
export function createApiClient(session: Session, adapter?: AxiosAdapter): ApiClient {
  const defaults = { adapter, headers: { Accept: 'application/json' } };
  const http = axios.create(defaults);
  // The refresh call goes around the interceptors: its own 401 must end the session, not refresh again.
  const bare = axios.create(defaults);
  let refreshing: Promise<void> | null = null;

  async function exchangeRefreshToken(): Promise<void> {
    const refreshToken = session.refreshToken;
    if (!refreshToken) {
      session.end('expired');
      throw new ApiProblem({ status: 401, errorCode: 'INVALID_REFRESH_TOKEN', title: 'No session to resume' });
    }
    try {
      const { data } = await bare.post<SignedIn>(REFRESH_PATH, { refresh_token: refreshToken });
      session.start(data);
    } catch (error) {
      const problem = toApiProblem(error);
      // A refused refresh token (expired, revoked, reused) means the session is over; a network
      // failure does not, and the next call may try again.
      if (problem.status === 401) session.end('expired');
      throw problem;
    }
  }

  // Refresh tokens rotate: two refreshes with the same token would look like a stolen copy and end
  // the session, so concurrent callers wait for the one exchange in flight.
  function refreshSession(): Promise<void> {
    refreshing ??= exchangeRefreshToken().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  http.interceptors.request.use((config) => {
    const token = session.accessToken;
    if (token) config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });

  http.interceptors.response.use(undefined, async (error: unknown) => {
    const problem = toApiProblem(error);
    const config = axios.isAxiosError(error) ? (error.config as SentConfig | undefined) : undefined;
    if (problem.errorCode !== 'INVALID_TOKEN' || !config || config.retriedAfterRefresh) throw problem;
    // Another call may have refreshed while this one was on the wire: then its token is simply stale.
    if (bearerOf(config) === session.accessToken) await refreshSession();
    return http.request({ ...config, retriedAfterRefresh: true } as SentConfig);
  });

  return { http, refreshSession };
}
