import { afterEach, describe, expect, it } from 'vitest';
import { fakeService } from '../test/fakeService';
import { http } from './client';
import { editPatch, isMarkedOk, listCustomers, markOkPatch, type Customer } from './customers';

const maria: Customer = {
  id: 'c1',
  user_id: null,
  business_id: 'b1',
  full_name: 'Maria Pop',
  email: 'maria@example.com',
  phone: null,
  gender: 'unspecified',
  avatar_url: null,
  total_orders: 0,
  lifetime_value: 0,
  tags: [],
  created_at: '2026-11-23T10:00:00Z',
  updated_at: '2026-11-23T10:00:00Z',
};

const realAdapter = http.defaults.adapter;
afterEach(() => {
  http.defaults.adapter = realAdapter;
});

describe('an edit as a JSON Patch', () => {
  it('replaces each changed field, guarded by a test of its value before', () => {
    expect(editPatch(maria, { full_name: 'Maria Popescu', email: 'maria@example.com', phone: '+40712345678' })).toEqual([
      { op: 'test', path: '/full_name', value: 'Maria Pop' },
      { op: 'replace', path: '/full_name', value: 'Maria Popescu' },
      { op: 'test', path: '/phone', value: null },
      { op: 'replace', path: '/phone', value: '+40712345678' },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(editPatch(maria, { full_name: 'Maria Pop', gender: 'unspecified' })).toEqual([]);
  });
});

describe('"Mark OK"', () => {
  it('adds the OK tag, and a customer carrying it in any case counts as marked', () => {
    expect(markOkPatch()).toEqual([{ op: 'add', path: '/tags/-', value: 'OK' }]);
    expect(isMarkedOk({ ...maria, tags: ['ok', 'VIP'] })).toBe(true);
    expect(isMarkedOk(maria)).toBe(false);
  });
});

describe('the customer list', () => {
  it('asks for a page by limit, offset and search and reads the total from X-Total-Count', async () => {
    const service = fakeService(() => ({ status: 200, body: [maria], headers: { 'X-Total-Count': '41' } }));
    http.defaults.adapter = service.adapter;

    const page = await listCustomers({ search: 'pop', page: 2, pageSize: 20 });

    expect(page).toEqual({ items: [maria], total: 41 });
    expect(service.requests[0]?.params).toEqual({ limit: 20, offset: 40, search: 'pop' });
  });

  it('leaves out an empty search', async () => {
    const service = fakeService(() => ({ status: 200, body: [], headers: { 'X-Total-Count': '0' } }));
    http.defaults.adapter = service.adapter;

    await listCustomers({ search: '', page: 0, pageSize: 20 });

    expect(service.requests[0]?.params).toEqual({ limit: 20, offset: 0, search: undefined });
  });
});
