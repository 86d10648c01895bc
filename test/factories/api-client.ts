// What the factories need of a running server: its URL and GraphQL as a given user. A TestApp
// (app.factory.ts) is one; so is the built server that `npm run reliability` starts.
export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; faults?: { path: string; message: string }[]; [k: string]: unknown } }[];
}

export interface ApiClient {
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  login(username: string, password: string): Promise<string>;
  adminToken: string;
}
