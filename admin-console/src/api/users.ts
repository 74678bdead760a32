import { http } from './client';
import { limitOffset, type Page, type PageRequest } from './paging';

export type RoleCode = 'admin' | 'manager' | 'viewer' | 'customer' | 'internal_service';

export interface User {
  id: number;
  uuid: string;
  unique_id: string;
  username: string;
  first_name: string | null;
  last_name: string | null;
  email: string;
  phone: string | null;
  address: string | null;
  number_document_identity: string | null;
  document_type: string | null;
  is_active: boolean;
  is_staff: boolean;
  is_superuser: boolean;
  company_id: string | null;
  role: RoleCode;
  last_login: string | null;
  date_joined: string;
  created_at: string;
  updated_at: string;
}

export type UserSummary = Pick<
  User,
  'id' | 'uuid' | 'username' | 'first_name' | 'last_name' | 'email' | 'role' | 'is_active' | 'company_id'
>;

export interface Role {
  name: string;
  code: RoleCode;
  permissions: string[];
}

export interface UserQuery extends PageRequest {
  search: string;
  role: RoleCode | '';
}

export interface NewUser {
  username: string;
  email: string;
  password: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  role: RoleCode;
  company_id?: string;
}

/** A partial update: absent fields stay as they are, `null` clears a profile field. */
export type UserChanges = Partial<{
  email: string;
  password: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  role: RoleCode;
  is_active: boolean;
}>;

const userPath = (id: string | number) => `/api/v1/users/${encodeURIComponent(String(id))}`;

export async function listUsers({ search, role, ...page }: UserQuery, signal?: AbortSignal): Promise<Page<UserSummary>> {
  const { data } = await http.get<{ users: UserSummary[]; total: number }>('/api/v1/users', {
    params: { ...limitOffset(page), search: search || undefined, role: role || undefined },
    signal,
  });
  return { items: data.users, total: data.total };
}

export async function getUser(id: string | number, signal?: AbortSignal): Promise<User> {
  const { data } = await http.get<User>(userPath(id), { signal });
  return data;
}

export async function createUser(user: NewUser): Promise<User> {
  const { data } = await http.post<User>('/api/v1/users', user);
  return data;
}

export async function updateUser(id: string | number, changes: UserChanges): Promise<User> {
  const { data } = await http.put<User>(userPath(id), changes);
  return data;
}

export async function listRoles(signal?: AbortSignal): Promise<Role[]> {
  const { data } = await http.get<{ roles: Role[] }>('/api/v1/users/roles', { signal });
  return data.roles;
}
