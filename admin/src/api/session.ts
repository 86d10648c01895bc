// Who is logged in, shared by every page — with what the server says they may open (`can`), so
// the admin never works out permissions from a role by itself.
import { createContext, useContext } from 'react';
import { graphql } from '../gql';
import type { ViewerFragment } from '../gql/graphql';

export const VIEWER = graphql(`
  fragment Viewer on User {
    id username displayName role mustChangePassword
    orgUnit { id name level }
    can { manageCampaigns manageSystems manageUnits manageUsers manageIntegrations }
  }
`);

export const ME_QUERY = graphql(`query Me { me { ...Viewer } }`);

export type CurrentUser = ViewerFragment;
/** The parts of the admin a person may open (each a right the server checks again). */
export type Area = keyof NonNullable<CurrentUser['can']>;

export const SessionContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useCurrentUser outside a session');
  return user;
}
