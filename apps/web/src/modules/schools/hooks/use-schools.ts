import type { SchoolsQuery } from '../../../gql/graphql';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import { SchoolsDocument } from '../graphql/schools.graphql';

export type School = SchoolsQuery['schools'][number];

export const useSchools = () => useGraphQLQuery(['schools'], SchoolsDocument);
