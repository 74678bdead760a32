import { Session } from '../auth/session';
import { createApiClient } from './http';

/** The console's one session and the client that calls the service with it. */
export const session = new Session(window.sessionStorage);
export const { http, refreshSession } = createApiClient(session);
