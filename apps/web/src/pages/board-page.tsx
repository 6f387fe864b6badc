import { getRouteApi } from '@tanstack/react-router';
import { BoardTable } from '../modules/board/components/board-table';
import { PackControls } from '../modules/board/components/pack-controls';
import { LiveBadge } from '../ui/live-badge';
import { BOARD_POLL_SECONDS, useBoard } from '../modules/board/hooks/use-board';
import { useLive } from '../api/live/use-live';
import { boardCsv } from '../modules/board/utils/board-cells';
import { downloadCsv } from '../ui/download';
import { BoardSearch, PHASES } from '../modules/board/utils/board-search';
import { ErrorNotice, Loading } from '../ui/status';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const route = getRouteApi('/board');

/** The IT director's board: every school, live (pushed changes), for a range; filter by phase, sort, export. */
export function BoardPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { from = day(-27), to = day(0), phase = '' } = search;
  const choose = (next: BoardSearch) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const live = useLive('board');
  const { data, error, isPending, refetch } = useBoard(from, to, live);
  const rows = data?.board.schools.filter((s) => !phase || s.phase === phase) ?? [];
  return (
    <main className="page">
      <h1>
        Board <LiveBadge live={live} everySeconds={BOARD_POLL_SECONDS} />
      </h1>
      <div className="filters" role="group" aria-label="Range">
        <label>
          From
          <input type="date" value={from} onChange={(e) => choose({ from: e.target.value || undefined })} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(e) => choose({ to: e.target.value || undefined })} />
        </label>
        <label>
          Phase
          <select
            value={phase}
            onChange={(e) => choose({ phase: (e.target.value || undefined) as BoardSearch['phase'] })}
          >
            {['', ...PHASES].map((p) => (
              <option key={p} value={p}>
                {p ? p.replace('_', ' ').toLowerCase() : 'All phases'}
              </option>
            ))}
          </select>
        </label>
        {data && (
          <button type="button" className="off" onClick={() => downloadCsv(`board-${from}-${to}.csv`, boardCsv(rows))}>
            Export CSV
          </button>
        )}
      </div>
      {isPending && <Loading>Loading the board…</Loading>}
      {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
      {data && <BoardTable rows={rows} totals={data.board.totals} />}
      <PackControls from={from} to={to} />
    </main>
  );
}
