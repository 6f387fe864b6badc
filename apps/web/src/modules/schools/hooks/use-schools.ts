import { useGraphQLQuery } from '../../../api/use-graphql-query';

export interface School {
  id: string;
  name: string;
  urn: string;
  phase: string;
  localAuthority: string;
}

const SCHOOLS = '{ schools { id name urn phase localAuthority } }';

export const useSchools = () => useGraphQLQuery<{ schools: School[] }>(['schools'], SCHOOLS);
