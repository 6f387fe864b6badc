/**
 * The board's live stream: how long from sending a teacher's raise to the director's dashboard
 * hearing `changed` on its stream, through outbox → relay → BullMQ → reporting fold → Redis → the gateway's /files
 * door. Raises are spaced past the stream's one-a-second limit, so each measures a first change.
 */
import { NORTHSTAR } from '@trustops/demo-data';
import { gql, signIn } from '@trustops/testing';
import { percentile } from './stats';

const RAISE = `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "Live board check", description: "Bench", kind: FAULT, impact: LOW, urgency: LOW, category: "OTHER" }) { id } }`;

export async function benchLive(
  gatewayUrl: string,
  samples: number,
): Promise<{ p50: number; p95: number; samples: number }> {
  const [director, teacher] = await Promise.all([
    signIn(gatewayUrl, 'director@northstar.example'),
    signIn(gatewayUrl, 'teacher@northstar.example'),
  ]);
  const abort = new AbortController();
  const response = await fetch(gatewayUrl.replace(/\/graphql$/, '/files/leadership-reporting/board-live'), {
    headers: { authorization: `Bearer ${director}` },
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`the live stream refused the director: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const nextChange = async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the live stream ended');
      if (decoder.decode(value).includes('event: changed')) return;
    }
  };
  const lags: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const heard = nextChange();
      const started = performance.now();
      await gql(gatewayUrl, RAISE, { s: NORTHSTAR.schools[0].id }, teacher);
      await heard;
      lags.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 1100));
    }
  } finally {
    abort.abort();
  }
  return { p50: percentile(lags, 50), p95: percentile(lags, 95), samples: lags.length };
}
