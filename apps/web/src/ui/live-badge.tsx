/** Says whether the figures follow changes as they happen or are refreshed every few seconds while reconnecting. */
export function LiveBadge({ live, everySeconds }: { live: boolean; everySeconds: number }) {
  return (
    <span
      className={live ? 'badge live' : 'badge polling'}
      role="status"
      title={live ? 'Updates as changes happen' : `Reconnecting; refreshes every ${everySeconds} seconds`}
    >
      {live ? 'Live' : `Refreshing every ${everySeconds} s`}
    </span>
  );
}
