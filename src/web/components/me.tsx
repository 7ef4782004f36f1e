/**
 * Who is signed in and what the node lets them do (the policies it reported with /api/auth/me).
 * The console only offers what the node would allow; the node still checks every call.
 */
import { type ReactNode, createContext, useContext, useMemo } from 'react';
import type { Me, Permission, UserView } from '../api/types';

interface Signed {
  readonly user: UserView;
  can(permission: Permission): boolean;
}

const MeContext = createContext<Signed | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  const value = useMemo(() => {
    const held = new Set<string>(me.permissions);
    return { user: me.user, can: (p: Permission) => held.has(p) };
  }, [me]);
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export function useMe(): Signed {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside a signed-in console');
  return me;
}
