import { useMemo } from 'react';
import { SchoolsTable } from '../modules/schools/components/schools-table';
import { useSchools } from '../modules/schools/hooks/use-schools';
import { schoolWeek } from '../modules/schools/utils/week';
import { Empty, ErrorNotice, Loading } from '../ui/status';

export function SchoolsPage() {
  const { data, error, isPending, refetch } = useSchools();
  const week = useMemo(() => schoolWeek(new Date()), []);
  return (
    <main className="page">
      <h1>Schools</h1>
      {isPending && <Loading>Loading schools…</Loading>}
      {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
      {data &&
        (data.schools.length ? (
          <SchoolsTable schools={data.schools} week={week} />
        ) : (
          <Empty>No schools in this trust yet.</Empty>
        ))}
    </main>
  );
}
