import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { statusOfAuthFailure } from '../errors/unavailable';
import { Actor } from './actor';
import { TokenVerifier } from './token-verifier';

/**
 * The caller of a GraphQL request from its Authorization header, for the gateway's and every subgraph's context:
 * a refused token answers 401 (503 when the keys could not be fetched) with its code, before any resolver runs.
 */
export async function callerOf(verify: TokenVerifier, header: string | string[] | undefined): Promise<Actor | null> {
  try {
    return await verify(Array.isArray(header) ? header[0] : header);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: error.code, ...error.details, http: { status: statusOfAuthFailure(error) } },
    });
  }
}
