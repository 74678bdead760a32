import type { AxiosHeaders, AxiosResponse } from 'axios';
import { http } from './client';
import { limitOffset, type Page, type PageRequest } from './paging';

export type Gender = 'male' | 'female' | 'other' | 'unspecified';
export const GENDERS: readonly Gender[] = ['unspecified', 'female', 'male', 'other'];

export interface Customer {
  id: string;
  user_id: string | null;
  business_id: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  gender: Gender;
  avatar_url: string | null;
  total_orders: number;
  lifetime_value: number;
  tags: string[];
  created_at: string;
  updated_at: string;
}

/** The profile fields staff may change from the console. */
export type CustomerChanges = Partial<Pick<Customer, 'full_name' | 'email' | 'phone' | 'gender'>>;

export interface CustomerStats {
  customer_id: string;
  total_orders: number;
  lifetime_value: number;
  average_order_value: number;
  currency: string;
  first_order_date: string | null;
  last_order_date: string | null;
  returned_orders: number;
  return_rate: number;
  notes_count: number;
  tags: string[];
}

export interface Note {
  id: string;
  customer_id: string;
  author_id: string | null;
  body: string;
  created_at: string;
}

export interface Tag {
  id: string;
  name: string;
  color: string | null;
}

export type JsonPatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string };

export const OK_TAG = 'OK';

function totalOf(response: AxiosResponse<unknown[]>): number {
  // axios hands every response's headers over as AxiosHeaders, whose get() ignores case.
  const total = Number((response.headers as AxiosHeaders).get('X-Total-Count'));
  return Number.isFinite(total) ? total : response.data.length;
}

const customerPath = (id: string) => `/v1/customers/${encodeURIComponent(id)}`;

export async function listCustomers(
  { search, page, pageSize }: PageRequest & { search: string },
  signal?: AbortSignal,
): Promise<Page<Customer>> {
  const response = await http.get<Customer[]>('/v1/customers', {
    params: { ...limitOffset({ page, pageSize }), search: search || undefined },
    signal,
  });
  return { items: response.data, total: totalOf(response) };
}

export async function getCustomer(id: string, signal?: AbortSignal): Promise<Customer> {
  const { data } = await http.get<Customer>(customerPath(id), { signal });
  return data;
}

export async function patchCustomer(id: string, operations: JsonPatchOperation[]): Promise<Customer> {
  const { data } = await http.patch<Customer>(customerPath(id), operations, {
    headers: { 'Content-Type': 'application/json-patch+json' },
  });
  return data;
}

/**
 * The JSON Patch for an edit: each changed field is replaced, guarded by a `test` of the value the
 * editor started from, so a change someone made meanwhile is not overwritten silently
 * (409 PATCH_TEST_FAILED instead).
 */
export function editPatch(before: Customer, changes: CustomerChanges): JsonPatchOperation[] {
  return (Object.keys(changes) as (keyof CustomerChanges)[])
    .filter((field) => changes[field] !== before[field])
    .flatMap((field) => [
      { op: 'test', path: `/${field}`, value: before[field] },
      { op: 'replace', path: `/${field}`, value: changes[field] },
    ]);
}

/** The seed client's "Mark OK", as a tag rather than a tick appended to the customer's name. */
export function markOkPatch(): JsonPatchOperation[] {
  return [{ op: 'add', path: '/tags/-', value: OK_TAG }];
}

export function isMarkedOk(customer: Customer): boolean {
  return customer.tags.some((tag) => tag.toLowerCase() === OK_TAG.toLowerCase());
}

export async function uploadAvatar(id: string, file: File): Promise<Customer> {
  const form = new FormData();
  form.append('file', file);
  const { data } = await http.post<Customer>(`${customerPath(id)}/avatar`, form);
  return data;
}

export async function getCustomerStats(id: string, signal?: AbortSignal): Promise<CustomerStats> {
  const { data } = await http.get<CustomerStats>(`${customerPath(id)}/stats`, { signal });
  return data;
}

export async function listNotes(id: string, { page, pageSize }: PageRequest, signal?: AbortSignal): Promise<Page<Note>> {
  const response = await http.get<Note[]>(`${customerPath(id)}/notes`, {
    params: limitOffset({ page, pageSize }),
    signal,
  });
  return { items: response.data, total: totalOf(response) };
}

export async function addNote(id: string, body: string): Promise<Note> {
  const { data } = await http.post<Note>(`${customerPath(id)}/notes`, { body });
  return data;
}

export async function attachTags(id: string, names: string[]): Promise<string[]> {
  const { data } = await http.post<{ customer_id: string; tags: string[] }>(`${customerPath(id)}/tags`, { names });
  return data.tags;
}

export async function detachTag(id: string, name: string): Promise<void> {
  await http.delete(`${customerPath(id)}/tags/${encodeURIComponent(name)}`);
}

/** The signed-in user's company tags, offered as suggestions. */
export async function listTags(signal?: AbortSignal): Promise<Tag[]> {
  const { data } = await http.get<Tag[]>('/v1/customers/tags', { signal });
  return data;
}
