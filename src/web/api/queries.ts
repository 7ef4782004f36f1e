/**
 * Queries more than one screen reads, each with its one cache key, so that what one screen
 * changes (and invalidates) the others see.
 */
import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';

/** A request's instrument as it applies between the two States (fields, items, grounds). */
export function useInstrument(requestId: string) {
  return useQuery({
    queryKey: ['instrument', requestId],
    queryFn: () => call(api.GET('/api/requests/{id}/instrument', { params: { path: { id: requestId } } })),
  });
}

/** The evidence filed in a case. */
export function useCaseEvidence(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'evidence'],
    queryFn: () => call(api.GET('/api/cases/{id}/evidence', { params: { path: { id: caseId } } })),
  });
}
