import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listCustomers, patchCustomer, type Customer, type JsonPatchOperation } from '../api/customers';
import type { PageRequest } from '../api/paging';

export const customerKeys = {
  all: ['customers'] as const,
  lists: ['customers', 'list'] as const,
  list: (query: CustomerListQuery) => ['customers', 'list', query] as const,
  detail: (id: string) => ['customers', 'detail', id] as const,
  stats: (id: string) => ['customers', 'detail', id, 'stats'] as const,
  notes: (id: string) => ['customers', 'detail', id, 'notes'] as const,
  tagSuggestions: ['customers', 'tags'] as const,
};

export type CustomerListQuery = PageRequest & { search: string };

/** Keeps every view of a customer in step after the service returned its new profile. */
export function useCustomerChanged() {
  const queryClient = useQueryClient();
  return (customer: Customer) => {
    queryClient.setQueryData(customerKeys.detail(customer.id), customer);
    void queryClient.invalidateQueries({ queryKey: customerKeys.lists });
    void queryClient.invalidateQueries({ queryKey: customerKeys.stats(customer.id) });
  };
}

/** Changes one customer with a JSON Patch. Each caller gets its own pending and error state. */
export function usePatchCustomer() {
  const changed = useCustomerChanged();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: JsonPatchOperation[] }) => patchCustomer(id, patch),
    onSuccess: changed,
  });
}

/** The seed client's hook: one page of customers, and the patch that changes one of them. */
export function useCustomers(query: CustomerListQuery) {
  const list = useQuery({
    queryKey: customerKeys.list(query),
    queryFn: ({ signal }) => listCustomers(query, signal),
    // The table keeps showing the previous page while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
  const update = usePatchCustomer();
  return { list, update };
}
