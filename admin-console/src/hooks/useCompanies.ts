import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createCompany,
  getCompany,
  listCompanies,
  listDocumentTypes,
  updateCompany,
  type CompanyChanges,
  type CompanyQuery,
} from '../api/companies';

export const companyKeys = {
  all: ['companies'] as const,
  list: (query: CompanyQuery) => ['companies', 'list', query] as const,
  detail: (key: string) => ['companies', 'detail', key] as const,
  documentTypes: ['document-types'] as const,
};

export function useCompanies(query: CompanyQuery) {
  return useQuery({
    queryKey: companyKeys.list(query),
    queryFn: ({ signal }) => listCompanies(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCompany(key: string | null) {
  return useQuery({
    queryKey: companyKeys.detail(key ?? ''),
    queryFn: ({ signal }) => getCompany(key!, signal),
    enabled: key !== null,
  });
}

export function useDocumentTypes() {
  return useQuery({
    queryKey: companyKeys.documentTypes,
    queryFn: ({ signal }) => listDocumentTypes(signal),
    staleTime: Infinity,
  });
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCompany,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: companyKeys.all }),
  });
}

export function useUpdateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, changes }: { key: string; changes: CompanyChanges }) => updateCompany(key, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: companyKeys.all }),
  });
}
