import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../auth/session';
import { fakeService, problem, type FakeRoute } from '../test/fakeService';
import { REFRESH_PATH, createApiClient } from './http';
import { ApiProblem } from './problem';

const signedIn = (n: number) => ({
  access_token: `access-${n}`,
  token_type: 'Bearer' as const,
  expires_in: 900,
  refresh_token: `refresh-${n}`,
  user: { username: 'ana' } as never,
});

let session: Session;

beforeEach(() => {
  session = new Session(sessionStorage);
  session.start(signedIn(1));
});

/** The service: the refresh endpoint rotates to token 2; other calls need access-2. */
function serviceWithExpiredToken(refreshAnswer: FakeRoute = () => ({ status: 200, body: signedIn(2) })) {
  return fakeService((request) => {
    if (request.url === REFRESH_PATH) return refreshAnswer(request);
    return request.headers.Authorization === 'Bearer access-2'
      ? { status: 200, body: { ok: request.url } }
      : problem(401, 'INVALID_TOKEN');
  });
}

describe('the API client', () => {
  it('sends the session access token as a bearer token', async () => {
    const service = fakeService(() => ({ status: 200, body: [] }));
    const { http } = createApiClient(session, service.adapter);

    await http.get('/v1/customers');

    expect(service.requests[0]?.headers.Authorization).toBe('Bearer access-1');
  });

  it('refreshes an expired access token once and retries the call', async () => {
    const service = serviceWithExpiredToken();
    const { http } = createApiClient(session, service.adapter);

    const { data } = await http.get('/v1/customers');

    expect(data).toEqual({ ok: '/v1/customers' });
    expect(service.requests.map((request) => request.url)).toEqual(['/v1/customers', REFRESH_PATH, '/v1/customers']);
    expect(JSON.parse(service.requests[1]!.data)).toEqual({ refresh_token: 'refresh-1' });
    expect(session.accessToken).toBe('access-2');
    expect(session.refreshToken).toBe('refresh-2');
  });

  it('lets calls failing together share a single refresh', async () => {
    const service = serviceWithExpiredToken();
    const { http } = createApiClient(session, service.adapter);

    const answers = await Promise.all(['/a', '/b', '/c'].map((url) => http.get(url)));

    expect(answers.map((answer) => answer.data.ok)).toEqual(['/a', '/b', '/c']);
    expect(service.requests.filter((request) => request.url === REFRESH_PATH)).toHaveLength(1);
  });

  it('retries without refreshing when another call already refreshed meanwhile', async () => {
    const service = serviceWithExpiredToken();
    const { http } = createApiClient(session, service.adapter);
    const stale = http.get('/a');
    session.start(signedIn(2));

    await stale;

    expect(service.requests.filter((request) => request.url === REFRESH_PATH)).toHaveLength(0);
  });

  it('ends the session when the refresh token is refused', async () => {
    const service = serviceWithExpiredToken(() => problem(401, 'REFRESH_TOKEN_REUSED'));
    const { http } = createApiClient(session, service.adapter);

    const failure = await http.get('/v1/customers').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).errorCode).toBe('REFRESH_TOKEN_REUSED');
    expect(session.state).toMatchObject({ user: null, ended: 'expired' });
    expect(session.refreshToken).toBeNull();
    expect(service.requests).toHaveLength(2);
  });

  it('keeps the session when the refresh fails for want of a network', async () => {
    const service = serviceWithExpiredToken((request) => {
      throw new Error(`offline: ${request.url}`);
    });
    const { http } = createApiClient(session, service.adapter);

    const failure = (await http.get('/v1/customers').catch((error: unknown) => error)) as ApiProblem;

    expect(failure.errorCode).toBe('NETWORK_ERROR');
    expect(session.refreshToken).toBe('refresh-1');
  });

  it('does not refresh for other 401 answers, such as a wrong password', async () => {
    const service = fakeService(() => problem(401, 'INVALID_CREDENTIALS'));
    const { http } = createApiClient(session, service.adapter);

    const failure = (await http.post('/api/v1/auth/login', {}).catch((error: unknown) => error)) as ApiProblem;

    expect(failure.errorCode).toBe('INVALID_CREDENTIALS');
    expect(service.requests).toHaveLength(1);
  });

  it('rejects with the problem body the service answered', async () => {
    const service = fakeService(() =>
      problem(422, 'VALIDATION_FAILED', {
        detail: 'email: must be a valid email address',
        errors: [{ field: 'email', message: 'must be a valid email address' }],
      }),
    );
    const { http } = createApiClient(session, service.adapter);

    const failure = (await http.patch('/v1/customers/1', []).catch((error: unknown) => error)) as ApiProblem;

    expect(failure).toMatchObject({ status: 422, errorCode: 'VALIDATION_FAILED', detail: 'email: must be a valid email address' });
    expect(failure.fieldError('email')).toBe('must be a valid email address');
  });

  it('reads Retry-After from a 429', async () => {
    const service = fakeService(() => ({ ...problem(429, 'RATE_LIMITED'), headers: { 'Retry-After': '58' } }));
    const { http } = createApiClient(session, service.adapter);

    const failure = (await http.patch('/v1/customers/1', []).catch((error: unknown) => error)) as ApiProblem;

    expect(failure.status).toBe(429);
    expect(failure.retryAfterSeconds).toBe(58);
  });
});
