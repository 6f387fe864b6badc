import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from '@trustops/launcher';
import { parse } from 'graphql';

/**
 * Composes the supergraph from each running subgraph's `_service { sdl }` (Nest's schema file lacks the
 * federation @link). The routing URLs written in are the `pnpm start` defaults; the gateway overrides them from env.
 */
export async function composeSupergraph(subgraphUrls: Record<string, string>): Promise<string> {
  const services = [];
  for (const spec of SUBGRAPHS) {
    const response = await fetch(subgraphUrls[spec.name], {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    const body = (await response.json()) as { data?: { _service: { sdl: string } } };
    if (!body.data) throw new Error(`${spec.name} did not return its SDL: ${JSON.stringify(body)}`);
    services.push({
      name: spec.name,
      url: `http://127.0.0.1:${spec.port}/graphql`,
      typeDefs: parse(body.data._service.sdl),
    });
  }
  const result = composeServices(services);
  if (result.errors?.length) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return `${result.supergraphSdl!.trim()}\n`;
}
