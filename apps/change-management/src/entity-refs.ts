import { School, User } from '@trustops/directory-copies';

/** The federated School and User (owned by directory) that change management's types point at by id. */
export { School, User };

/** A reference to a federated entity by id, or null when there is none. */
export const ref = (id: string | null | undefined) => (id ? { id } : null);
