/**
 * Queries more than one screen reads, each with its one cache key, so that what one screen
 * changes (and invalidates) the others see.
 */
import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import type { Person } from './types';

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

/** This node's identity: the State and authority it serves. */
export function useNode() {
  return useQuery({ queryKey: ['node'], staleTime: 60_000, queryFn: () => call(api.GET('/api/node')) });
}

/** The authorities of this node's own State, which its people belong to. */
export function useOwnAuthorities() {
  const node = useNode();
  const code = node.data?.identity?.stateCode ?? null;
  return useQuery({
    queryKey: ['register', 'state', code],
    enabled: code !== null,
    queryFn: () => call(api.GET('/api/register/states/{code}', { params: { path: { code: code ?? '' } } })),
    select: (state) => state.authorities,
  });
}

export const PEERS = ['federation', 'peers'];

/** The peers this node trusts, with how delivery to each stands (federation readers only). */
export function usePeers(options: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useQuery({ queryKey: PEERS, queryFn: () => call(api.GET('/api/federation/peers')), ...options });
}

/** Everyone with an account on this node (administrators only). */
export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => call(api.GET('/api/users')) });
}

/** The people of an authority (active accounts), to show names where the API gives user ids. */
export function usePeople(authorityId: string | null): Person[] {
  const people = useQuery({
    queryKey: ['people', authorityId],
    enabled: authorityId !== null,
    staleTime: 60_000,
    queryFn: () =>
      call(api.GET('/api/register/authorities/{id}/people', { params: { path: { id: authorityId ?? '' } } })),
  });
  return people.data ?? [];
}
