import { useMutation, useQueryClient } from '@tanstack/react-query';
import { eraseSubject, requestExport } from '../api/gdpr';
import { customerKeys } from './useCustomers';

export function useRequestExport() {
  return useMutation({ mutationFn: requestExport });
}

/**
 * Erasure removes the subject's profiles everywhere, so every customer view is stale afterwards.
 * Nothing is refetched here: the page showing the erased profile is about to be left.
 */
export function useEraseSubject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseSubject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.all, refetchType: 'none' }),
  });
}
