/** The parts of PGlite the queue uses. */
export interface PGliteSession {
  runExclusive<T>(work: () => Promise<T>): Promise<T>;
  execProtocolRaw(message: Uint8Array): Promise<Uint8Array>;
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void>;
  isInTransaction(): boolean;
  exec(sql: string): Promise<unknown>;
}

interface Queued {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);
const READY_FOR_QUERY = 0x5a;
const IDLE = 0x49;

/**
 * Stands in for pglite-socket's query queue (same four methods). Every client shares PGlite's one PostgreSQL
 * session, so a client must have it to itself from its first message until PostgreSQL says ReadyForQuery *idle*.
 * pglite-socket's queue keeps only an open transaction block together: between the Parse, Bind, Execute and
 * Sync of a statement outside one, another client's Parse replaced the unnamed statement ("unnamed prepared
 * statement does not exist" when a service restarted under load, measured), or another client's statement could
 * run with this one's parameters. It also stopped serving everyone after one failed message, and when a client
 * left mid-transaction the session could stay in it for good. Here: a client holds the session until its
 * ReadyForQuery says idle; one that leaves holding it has its half-sent statement ended (Sync) and its
 * transaction rolled back; a failed message fails for its client only.
 */
export class PGliteSessionQueue {
  private readonly queue: Queued[] = [];
  private owner: number | null = null;
  private readonly departed = new Set<number>();
  private draining?: Promise<void>;

  constructor(private readonly db: PGliteSession) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  /** The client's connection is gone: what it still had queued will not run. */
  clearQueueForHandler(handlerId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].handlerId === handlerId) this.queue.splice(i, 1)[0].reject(new Error('Handler disconnected'));
    }
  }

  /** Called as the client's connection goes: if it holds the session, the session is put back to idle for the others. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    this.departed.add(handlerId);
    do await this.drain();
    while (this.owner === handlerId);
    this.departed.delete(handlerId);
  }

  private drain(): Promise<void> {
    this.draining ??= this.serve().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async serve(): Promise<void> {
    for (;;) {
      if (this.owner !== null && this.departed.has(this.owner)) await this.reset();
      const index =
        this.owner === null ? (this.queue.length ? 0 : -1) : this.queue.findIndex((q) => q.handlerId === this.owner);
      if (index < 0) return;
      await this.execute(this.queue.splice(index, 1)[0]);
    }
  }

  private async execute(item: Queued): Promise<void> {
    let bytes = 0;
    let tail: Uint8Array = new Uint8Array(0);
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (data) => {
            bytes += data.length;
            tail = lastSix(tail, data);
            item.onData(data);
          },
        }),
      );
    } catch (error) {
      // The client is told and will drop the connection; until then it keeps the session, so it is reset then.
      this.owner = item.handlerId;
      item.reject(error as Error);
      return;
    }
    this.owner = endsIdle(tail) ? null : item.handlerId;
    item.resolve(bytes);
  }

  /** Ends a statement its client left half-sent (Sync) and a transaction it left open, so the next client starts clean. */
  private async reset(): Promise<void> {
    await this.db.runExclusive(() => this.db.execProtocolRaw(SYNC)).catch(() => undefined);
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK').catch(() => undefined);
    this.owner = null;
  }
}

function lastSix(tail: Uint8Array, data: Uint8Array): Uint8Array {
  const joined = new Uint8Array(tail.length + data.length);
  joined.set(tail);
  joined.set(data, tail.length);
  return joined.slice(-6);
}

/** Whether a response ends with ReadyForQuery 'I' (Z, length 5, idle): the client's statement and transaction are done. */
function endsIdle(tail: Uint8Array): boolean {
  return (
    tail.length === 6 &&
    tail[0] === READY_FOR_QUERY &&
    tail[1] === 0 &&
    tail[2] === 0 &&
    tail[3] === 0 &&
    tail[4] === 5 &&
    tail[5] === IDLE
  );
}
