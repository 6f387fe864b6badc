import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../session/hooks/use-session';
import { reconnectDelay } from '../utils/backoff';
import { takeEvents } from '../utils/sse';

const LIVE_URL = '/files/leadership-reporting/board-live';

/**
 * Listens to the board's live stream and refetches the board and school figures the moment the trust's figures
 * change. Reconnects when the stream ends (the server ends each after ten minutes, so the next one carries the
 * current token), backing off while it keeps failing; gives up on a refusal. True while connected: the pages
 * poll only as a fallback.
 */
export function useBoardLive(): boolean {
  const { session } = useSession();
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const token = session?.accessToken;

  useEffect(() => {
    if (!token) return undefined;
    const abort = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const refetch = () => void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[1] === 'board' || q.queryKey[1] === 'school-status' });

    const connect = async () => {
      let refused = false;
      try {
        const response = await fetch(LIVE_URL, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
        refused = response.status === 401 || response.status === 403;
        if (!response.ok || !response.body) return;
        setConnected(true);
        failures = 0;
        refetch(); // anything that changed while not listening
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const taken = takeEvents(buffer + value);
          buffer = taken.rest;
          if (taken.events.includes('changed')) refetch();
        }
      } catch {
        // network gone or aborted: reconnect below unless the page is closing
      } finally {
        setConnected(false);
        if (!abort.signal.aborted && !refused) retry = setTimeout(() => void connect(), reconnectDelay(failures++));
      }
    };
    void connect();
    return () => {
      abort.abort();
      clearTimeout(retry);
    };
  }, [token, queryClient]);

  return connected;
}
