import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addNote,
  attachTags,
  detachTag,
  getCustomer,
  getCustomerStats,
  listNotes,
  listTags,
  uploadAvatar,
  type Customer,
} from '../api/customers';
import { customerKeys, useCustomerChanged } from './useCustomers';

const NOTES_PAGE_SIZE = 10;

export function useCustomer(id: string) {
  return useQuery({ queryKey: customerKeys.detail(id), queryFn: ({ signal }) => getCustomer(id, signal) });
}

export function useCustomerStats(id: string) {
  return useQuery({ queryKey: customerKeys.stats(id), queryFn: ({ signal }) => getCustomerStats(id, signal) });
}

/** Notes newest first, a page at a time ("Show older notes"). */
export function useNotes(id: string) {
  return useInfiniteQuery({
    queryKey: customerKeys.notes(id),
    queryFn: ({ pageParam, signal }) => listNotes(id, { page: pageParam, pageSize: NOTES_PAGE_SIZE }, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      pages.reduce((shown, page) => shown + page.items.length, 0) < last.total ? pages.length : undefined,
  });
}

export function useAddNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => addNote(id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: customerKeys.notes(id) });
      void queryClient.invalidateQueries({ queryKey: customerKeys.stats(id) });
    },
  });
}

/**
 * The company's existing tags, offered while typing. Only company users have a tag set, so for
 * anyone else (a platform operator) this stays empty and typing a new name still works.
 */
export function useTagSuggestions() {
  return useQuery({
    queryKey: customerKeys.tagSuggestions,
    queryFn: ({ signal }) => listTags(signal),
    retry: false,
    staleTime: 60_000,
  });
}

function useTagsChanged(id: string) {
  const queryClient = useQueryClient();
  const changed = useCustomerChanged();
  return (tags: string[]) => {
    const customer = queryClient.getQueryData<Customer>(customerKeys.detail(id));
    if (customer) changed({ ...customer, tags });
    void queryClient.invalidateQueries({ queryKey: customerKeys.tagSuggestions });
  };
}

export function useAttachTags(id: string) {
  const tagsChanged = useTagsChanged(id);
  return useMutation({ mutationFn: (names: string[]) => attachTags(id, names), onSuccess: tagsChanged });
}

export function useDetachTag(id: string) {
  const queryClient = useQueryClient();
  const tagsChanged = useTagsChanged(id);
  return useMutation({
    mutationFn: (name: string) => detachTag(id, name),
    onSuccess: (_, name) => {
      const tags = queryClient.getQueryData<Customer>(customerKeys.detail(id))?.tags ?? [];
      tagsChanged(tags.filter((tag) => tag !== name));
    },
  });
}

export function useUploadAvatar(id: string) {
  const changed = useCustomerChanged();
  return useMutation({ mutationFn: (file: File) => uploadAvatar(id, file), onSuccess: changed });
}
