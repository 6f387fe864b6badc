import { useReconnecting } from '../api/connection';

/** Said once for the whole app while TrustOps cannot be reached; pages retry their reads by themselves meanwhile. */
export function ReconnectingBanner() {
  const reconnecting = useReconnecting();
  return (
    <div className="reconnecting" role="status" aria-live="polite" hidden={!reconnecting}>
      {reconnecting &&
        'TrustOps is reconnecting… Pages refresh by themselves; anything you send is kept and never saved twice.'}
    </div>
  );
}
