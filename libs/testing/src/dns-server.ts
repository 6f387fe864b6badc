import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import * as packet from 'dns-packet';

export interface TestDnsServer {
  /** For DNS_SERVERS: `127.0.0.1:port`. */
  address: string;
  /** TXT records by name (lower case); empty or absent answers NXDOMAIN. */
  txt: Map<string, string[]>;
  stop(): Promise<void>;
}

/** A DNS server on a UDP port of loopback that answers TXT questions from its map, as a domain's DNS would. */
export async function startDnsServer(): Promise<TestDnsServer> {
  const txt = new Map<string, string[]>();
  const socket = createSocket('udp4');
  socket.on('message', (message, remote) => {
    const query = packet.decode(message);
    const question = query.questions?.[0];
    const values = question && question.type === 'TXT' ? txt.get(question.name.toLowerCase()) : undefined;
    const answer = packet.encode({
      id: query.id,
      type: 'response',
      flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | (values?.length ? 0 : 3),
      questions: query.questions,
      answers: (values ?? []).map((data) => ({ type: 'TXT' as const, name: question!.name, ttl: 60, data })),
    });
    socket.send(answer, remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
    txt,
    stop: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
