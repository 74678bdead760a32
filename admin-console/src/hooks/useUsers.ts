import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createUser, getUser, listRoles, listUsers, updateUser, type UserChanges, type UserQuery } from '../api/users';

export const userKeys = {
  all: ['users'] as const,
  list: (query: UserQuery) => ['users', 'list', query] as const,
  detail: (id: string | number) => ['users', 'detail', String(id)] as const,
  roles: ['users', 'roles'] as const,
};

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => listUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** One user by numeric id or uuid; `enabled` false while there is none to show. */
export function useUser(id: string | number | null) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getUser(id!, signal),
    enabled: id !== null,
    staleTime: 60_000,
  });
}

export function useRoles() {
  return useQuery({ queryKey: userKeys.roles, queryFn: ({ signal }) => listRoles(signal), staleTime: Infinity });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UserChanges }) => updateUser(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
