import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../modules/session/hooks/use-session';
import { reconnectDelay } from './backoff';
import { takeEvents } from './sse';

/** The live streams the services offer through the gateway's /files door, and the queries each one refreshes. */
export const LIVE = {
  board: { url: '/files/leadership-reporting/board-live', queries: ['board', 'school-status'] },
  tickets: { url: '/files/support-desk/tickets-live', queries: ['tickets', 'ticket'] },
} as const;

/**
 * Listens to a live stream and refetches its queries the moment the trust's data changes. Reconnects when the
 * stream ends (the server ends each after ten minutes, so the next one carries the current token), backing off
 * while it keeps failing; gives up on a refusal. Only a visible tab holds a stream (a browser allows six
 * connections per site): a hidden one lets go and catches up when shown. True while listening: pages poll only
 * as a fallback.
 */
export function useLive(stream: keyof typeof LIVE): boolean {
  const { session, renew } = useSession();
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [visible, setVisible] = useState(() => document.visibilityState !== 'hidden');
  const token = session?.accessToken;

  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  useEffect(() => {
    if (!token || !visible) return undefined;
    const abort = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const { url, queries } = LIVE[stream];
    const refetch = () =>
      void queryClient.invalidateQueries({ predicate: (q) => (queries as readonly unknown[]).includes(q.queryKey[1]) });

    const connect = async () => {
      let refused = false;
      try {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
        refused = response.status === 401 || response.status === 403;
        // A refused token is renewed (a new token reconnects); an ended session signs out.
        if (response.status === 401) void renew();
        if (!response.ok || !response.body) return;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        let listening = false;
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          if (!listening && buffer.includes(': listening')) {
            // the server hears changes for us from here on
            listening = true;
            setConnected(true);
            failures = 0;
            refetch(); // anything that changed while not listening
          }
          const taken = takeEvents(buffer);
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
  }, [token, queryClient, stream, visible, renew]);

  return connected;
}
