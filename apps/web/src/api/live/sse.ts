/**
 * Splits server-sent-event text into the names of the complete events in it (an event without a name is
 * "message"; comment-only blocks are none) and the unfinished rest to keep for the next chunk.
 */
export function takeEvents(buffer: string): { events: string[]; rest: string } {
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line && !line.startsWith(':'));
    if (!lines.some((line) => line.startsWith('data'))) continue;
    const name = lines.find((line) => line.startsWith('event:'));
    events.push(name ? name.slice('event:'.length).trim() : 'message');
  }
  return { events, rest };
}
