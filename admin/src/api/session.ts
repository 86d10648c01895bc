// Who is logged in, shared by every page.
import { createContext, useContext } from 'react';
import type { Role } from './schema';

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnit: { id: string; name: string; level: string } | null;
  /** A generated password that must be replaced before anything else. */
  mustChangePassword?: boolean;
}

export const ME_QUERY = `{ me { id username displayName role mustChangePassword orgUnit { id name level } } }`;

export const SessionContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useCurrentUser outside a session');
  return user;
}
