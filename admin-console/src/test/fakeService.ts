import { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';

export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FakeRoute = (request: InternalAxiosRequestConfig) => FakeAnswer;

/**
 * An axios adapter standing in for the service: each request is answered by `route`, and error
 * statuses reject the way axios's own adapters do. `requests` records what was sent.
 */
export function fakeService(route: FakeRoute) {
  const requests: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = async (config) => {
    requests.push(config);
    const answer = route(config);
    const response: AxiosResponse = {
      data: answer.body === undefined ? '' : JSON.stringify(answer.body),
      status: answer.status,
      statusText: String(answer.status),
      headers: new AxiosHeaders(answer.headers ?? {}),
      config,
      request: {},
    };
    if (answer.status >= 400) {
      throw new AxiosError(`HTTP ${answer.status}`, AxiosError.ERR_BAD_RESPONSE, config, {}, response);
    }
    return response;
  };
  return { adapter, requests };
}

export const problem = (status: number, errorCode: string, extra: Record<string, unknown> = {}) => ({
  status,
  headers: { 'Content-Type': 'application/problem+json' },
  body: { status, title: 'Problem', error_code: errorCode, detail: `${errorCode} detail`, ...extra },
});
