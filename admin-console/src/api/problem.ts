import { isAxiosError } from 'axios';

/** One rule a field broke, as the service names it in a problem's `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

interface ProblemInit {
  status: number;
  errorCode: string;
  title: string;
  detail?: string;
  fieldErrors?: FieldError[];
  retryAfterSeconds?: number;
  requestId?: string;
}

/**
 * What went wrong with a call: the service's RFC 9457 problem body, or a stand-in when no such
 * body came back (the network failed, a proxy answered). Every failed call rejects with one.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds: number | undefined;
  readonly requestId: string | undefined;

  constructor(init: ProblemInit) {
    super(init.detail ?? init.title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.requestId = init.requestId;
  }

  /** The message the service gave for one request field, if it named that field. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.field === field)?.message;
  }
}

type Headers = Record<string, unknown> | { get(name: string): unknown };

function header(headers: Headers | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const value =
    typeof headers.get === 'function'
      ? (headers as { get(name: string): unknown }).get(name)
      : (headers as Record<string, unknown>)[name.toLowerCase()];
  return value == null ? undefined : String(value);
}

/** `Retry-After` as whole seconds from now; it may be a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

/** Reads a response the service answered with an error status. */
export function problemFromResponse(status: number, headers: Headers | undefined, body: unknown): ApiProblem {
  const problem = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (key: string) => (typeof problem[key] === 'string' ? (problem[key] as string) : undefined);
  return new ApiProblem({
    status,
    errorCode: text('error_code') ?? `HTTP_${status}`,
    title: text('title') ?? `Request failed (${status})`,
    detail: text('detail'),
    fieldErrors: Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [],
    retryAfterSeconds: parseRetryAfter(header(headers, 'Retry-After')),
    requestId: header(headers, 'X-Request-ID'),
  });
}

/** Whatever a call rejected with, as an ApiProblem. */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (isAxiosError(error)) {
    if (error.response) {
      return problemFromResponse(error.response.status, error.response.headers, error.response.data);
    }
    if (error.code === 'ERR_CANCELED') {
      return new ApiProblem({ status: 0, errorCode: 'CANCELED', title: 'Request canceled' });
    }
  }
  return new ApiProblem({
    status: 0,
    errorCode: 'NETWORK_ERROR',
    title: 'The service cannot be reached',
    detail: error instanceof Error ? error.message : undefined,
  });
}

/** "58 seconds", "2 minutes": how long to wait, as a person reads it. */
export function formatWait(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/**
 * The one-line explanation of a problem for the person using the console. How long to wait after
 * a 429 or 503 is not part of it: `retryAfterSeconds` is, and a countdown shows it.
 */
export function describeProblem(problem: ApiProblem): string {
  switch (problem.errorCode) {
    case 'NETWORK_ERROR':
      return 'The service cannot be reached. Check your connection and try again.';
    case 'INVALID_CREDENTIALS':
      return 'That username or password is not right.';
    case 'COMPANY_NOT_ACTIVE':
      return 'Your company’s account is not active, so you cannot sign in.';
    case 'LOGIN_LOCKED':
      return 'Too many failed sign-ins for this account.';
    case 'UNAUTHORIZED':
    case 'INVALID_TOKEN':
    case 'INVALID_REFRESH_TOKEN':
    case 'REFRESH_TOKEN_REUSED':
      return SESSION_ENDED;
    case 'FORBIDDEN':
      return 'Your role does not allow this.';
    case 'SUPERUSER_REQUIRED':
      return 'Only a platform operator can do this.';
    case 'CANNOT_CHANGE_OWN_ACCESS':
      return 'You cannot change your own role, status or company.';
    case 'CANNOT_DELETE_SELF':
      return 'You cannot delete your own account.';
    case 'RATE_LIMITED':
      return 'Too many changes in a short time; the service asks for a short pause.';
    case 'EXPORTS_BUSY':
      return 'Several exports are downloading right now.';
    case 'PATCH_TEST_FAILED':
    case 'CONCURRENT_MODIFICATION':
      return 'Someone else changed this in the meantime. Reload it and make your change again.';
    case 'VALIDATION_FAILED':
    case 'UNKNOWN_FIELD':
    case 'IMMUTABLE_FIELD':
      return 'Some fields need attention.';
    case 'USER_ALREADY_EXISTS':
    case 'CUSTOMER_ALREADY_EXISTS':
    case 'COMPANY_ALREADY_EXISTS':
    case 'TAG_ALREADY_EXISTS':
      return 'That already exists.';
    case 'AVATAR_TOO_LARGE':
    case 'PAYLOAD_TOO_LARGE':
      return 'That file is too large.';
    case 'UNSUPPORTED_AVATAR_TYPE':
      return 'Only JPEG, PNG or WebP images can be used.';
    case 'EXPORT_EXPIRED':
      return 'This export link has expired. Request a new export.';
    case 'NO_PERSONAL_DATA':
      return 'Nothing is held about this person any more.';
    case 'SERVICE_UNAVAILABLE':
      return 'The service is briefly unavailable.';
    case 'INTERNAL_ERROR':
      return 'Something went wrong in the service.';
    default:
      if (problem.status === 404) return 'It was not found; it may have been deleted.';
      if (problem.status === 409) return 'That conflicts with the current state.';
      if (problem.status >= 500) return 'Something went wrong in the service.';
      return problem.title;
  }
}
