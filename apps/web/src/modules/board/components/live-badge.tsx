/** Says whether the figures follow changes as they happen or are refreshed every few seconds. */
export function LiveBadge({ live }: { live: boolean }) {
  return (
    <span className={live ? 'badge live' : 'badge polling'} role="status" title={live ? 'Figures update as changes happen' : 'Reconnecting; figures refresh every 5 seconds'}>
      {live ? 'Live' : 'Refreshing every 5 s'}
    </span>
  );
}
