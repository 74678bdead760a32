import { AxiosError, AxiosHeaders } from 'axios';
import { describe, expect, it } from 'vitest';
import { ApiProblem, describeProblem, formatWait, parseRetryAfter, problemFromResponse, toApiProblem } from './problem';

describe('problem bodies', () => {
  it('keep the error code, detail, field errors, wait and request id', () => {
    const problem = problemFromResponse(
      409,
      new AxiosHeaders({ 'X-Request-ID': 'abc123', 'Retry-After': '7' }),
      {
        title: 'Conflict',
        status: 409,
        error_code: 'USER_ALREADY_EXISTS',
        detail: 'A user with this email already exists',
        errors: [{ field: 'email', message: 'is already taken' }, { nonsense: true }],
      },
    );

    expect(problem).toMatchObject({
      status: 409,
      errorCode: 'USER_ALREADY_EXISTS',
      title: 'Conflict',
      detail: 'A user with this email already exists',
      fieldErrors: [{ field: 'email', message: 'is already taken' }],
      retryAfterSeconds: 7,
      requestId: 'abc123',
    });
    expect(problem.fieldError('email')).toBe('is already taken');
    expect(problem.fieldError('username')).toBeUndefined();
  });

  it('stand in for a body that is not a problem, such as a proxy page', () => {
    const problem = problemFromResponse(502, {}, '<html>Bad gateway</html>');

    expect(problem).toMatchObject({ status: 502, errorCode: 'HTTP_502', fieldErrors: [] });
    expect(describeProblem(problem)).toBe('Something went wrong in the service.');
  });

  it('stand in for a call that never reached the service', () => {
    const problem = toApiProblem(new AxiosError('Network Error', AxiosError.ERR_NETWORK));

    expect(problem.errorCode).toBe('NETWORK_ERROR');
    expect(describeProblem(problem)).toMatch(/cannot be reached/);
  });
});

describe('Retry-After', () => {
  it('is read as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('58', now)).toBe(58);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('is said the way a person reads it', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(58)).toBe('58 seconds');
    expect(formatWait(150)).toBe('3 minutes');
  });
});

describe('the message for a problem', () => {
  const of = (errorCode: string, status = 400) => describeProblem(new ApiProblem({ status, errorCode, title: 'Title' }));

  it('explains the codes a user can act on', () => {
    expect(of('RATE_LIMITED', 429)).toBe('Too many changes in a short time; the service asks for a short pause.');
    expect(of('PATCH_TEST_FAILED', 409)).toMatch(/changed this in the meantime/);
    expect(of('REFRESH_TOKEN_REUSED', 401)).toBe('Your session has ended. Please sign in again.');
    expect(of('UNSUPPORTED_AVATAR_TYPE', 415)).toBe('Only JPEG, PNG or WebP images can be used.');
  });

  it('falls back on the status, then on the title', () => {
    expect(of('SOMETHING_NEW', 404)).toMatch(/not found/);
    expect(of('SOMETHING_NEW', 418)).toBe('Title');
  });
});
