import { DragEvent, KeyboardEvent } from 'react';
import type { Horizon } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/status';
import { Lane, RoadmapInitiative, useMoveInitiative } from '../hooks/use-roadmap';
import { groupByObjective, HORIZONS, laneBeside, pounds } from '../utils/lanes';

const TITLES: Record<string, string> = { NOW: 'Now', NEXT: 'Next', LATER: 'Later' };

export interface RoadmapLanesProps {
  lanes: Record<string, Lane>;
  canMove: boolean;
}

/** Now / next / later, grouped by objective. Editors drag a card to another lane, or focus it and press ← / →. */
export function RoadmapLanes({ lanes, canMove }: RoadmapLanesProps) {
  const { moveTo, error } = useMoveInitiative();
  const handleDrop = (horizon: Horizon) => (event: DragEvent) => {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/plain');
    if (id) void moveTo(id, horizon);
  };
  const handleKey = (item: RoadmapInitiative) => (event: KeyboardEvent) => {
    const direction = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    const target = direction ? laneBeside(item.horizon, direction) : null;
    if (target) void moveTo(item.id, target);
  };
  return (
    <>
      {error && <ErrorNotice message={error.message} />}
      <div className="lanes">
        {HORIZONS.map((horizon) => {
          const lane = lanes[horizon.toLowerCase()];
          return (
            <section
              key={horizon}
              className="lane"
              aria-label={TITLES[horizon]}
              onDragOver={(e) => canMove && e.preventDefault()}
              onDrop={handleDrop(horizon)}
            >
              <h2>
                {TITLES[horizon]}{' '}
                <span className="muted">
                  {lane.initiatives.length} · {pounds(lane.capitalCost)} capital · {pounds(lane.revenueCost)} a year
                </span>
              </h2>
              {groupByObjective(lane.initiatives).map((group) => (
                <div key={group.title} className="objective-group">
                  <h3>{group.title}</h3>
                  {group.items.map((item) => (
                    <article
                      key={item.id}
                      className={`initiative rag-${item.rag.toLowerCase()}`}
                      aria-label={item.title}
                      tabIndex={0}
                      draggable={canMove}
                      onDragStart={(e) => e.dataTransfer.setData('text/plain', item.id)}
                      onKeyDown={canMove ? handleKey(item) : undefined}
                    >
                      <strong>{item.title}</strong>
                      <p className="muted">{item.problem}</p>
                      <p>
                        <span className="badge" title="RAG">
                          {item.rag}
                        </span>{' '}
                        {item.ragReason} <span className="muted">{item.status.replace('_', ' ').toLowerCase()}</span>
                      </p>
                      {canMove && (
                        <div className="move">
                          {laneBeside(horizon, -1) && (
                            <button
                              type="button"
                              className="off"
                              onClick={() => void moveTo(item.id, laneBeside(horizon, -1)!)}
                            >
                              ← {TITLES[laneBeside(horizon, -1)!]}
                            </button>
                          )}
                          {laneBeside(horizon, 1) && (
                            <button
                              type="button"
                              className="off"
                              onClick={() => void moveTo(item.id, laneBeside(horizon, 1)!)}
                            >
                              {TITLES[laneBeside(horizon, 1)!]} →
                            </button>
                          )}
                        </div>
                      )}
                    </article>
                  ))}
                </div>
              ))}
            </section>
          );
        })}
      </div>
    </>
  );
}
