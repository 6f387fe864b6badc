import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';

/** What nestjs-cls holds for one request or job. */
export interface RequestStore {
  requestId?: string;
  actor?: Actor | null;
  [key: symbol]: unknown;
}

/** The request's EntityManager sits under a symbol: its type is too deep for nestjs-cls's typed key paths. */
export const EM_KEY = Symbol('em');

export const getStoredEm = (store: { get(key: symbol): unknown }) => store.get(EM_KEY) as EntityManager | undefined;

export const setStoredEm = (store: unknown, em: EntityManager) =>
  (store as { set(key: symbol, value: unknown): void }).set(EM_KEY, em);
