import { http } from './client';
import type { User } from './users';

/** The answer to sign-in and to refresh. */
export interface SignedIn {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  user: User;
}

export async function signIn(username: string, password: string): Promise<SignedIn> {
  const { data } = await http.post<SignedIn>('/api/v1/auth/login', { username, password });
  return data;
}

export async function signOut(): Promise<void> {
  await http.post('/api/v1/auth/logout');
}
