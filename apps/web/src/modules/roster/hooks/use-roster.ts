import { useEffect, useState } from 'react';
import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import type { RosterEntryKind, RosterSourcesQuery } from '../../../gql/graphql';
import {
  ApplyRosterSyncDocument,
  ConfigureRosterSourceDocument,
  PreviewRosterSyncDocument,
  RosterPreviewDocument,
  RosterRunDocument,
  RosterSourcesDocument,
} from '../graphql/roster.graphql';

export type RosterSource = RosterSourcesQuery['rosterSources'][number];
export type RosterRun = RosterSource['runs'][number];

const SOURCES = ['roster-sources'];

export const useRosterSources = () => useGraphQLQuery(SOURCES, RosterSourcesDocument);

export const useConfigureRosterSource = () => useGraphQLMutation(ConfigureRosterSourceDocument, () => [SOURCES]);

export const usePreviewRosterSync = () => useGraphQLMutation(PreviewRosterSyncDocument, () => []);

export const useRosterPreview = (id: string, kind: RosterEntryKind | null, first: number) =>
  useGraphQLQuery(['roster-preview', id, kind, first], RosterPreviewDocument, { id, kind, first });

export const useApplyRosterSync = () => useGraphQLMutation(ApplyRosterSyncDocument, () => [SOURCES]);

export const runFinished = (run: RosterRun | null | undefined) => run?.status === 'DONE' || run?.status === 'FAILED';

/** A run as it goes: asked again every second until it is done or failed. */
export function useRosterRun(id: string) {
  const [done, setDone] = useState(false);
  const query = useGraphQLQuery(
    ['roster-run', id],
    RosterRunDocument,
    { id },
    { refetchInterval: done ? undefined : 1000 },
  );
  const run = query.data?.rosterRun ?? null;
  useEffect(() => setDone(runFinished(run)), [run]);
  return run;
}
