import { takeEvents } from './sse';

describe('takeEvents', () => {
  it('names each complete event, skips comments and retry lines, and keeps the unfinished rest', () => {
    expect(takeEvents('retry: 3000\n: listening\n\nevent: changed\ndata: {}\n\nevent: chan')).toEqual({
      events: ['changed'],
      rest: 'event: chan',
    });
  });

  it('joins an event split across chunks', () => {
    const first = takeEvents('event: changed\nda');
    expect(first.events).toEqual([]);
    expect(takeEvents(`${first.rest}ta: {}\n\n`)).toEqual({ events: ['changed'], rest: '' });
  });

  it('reads CRLF line ends and unnamed events', () => {
    expect(takeEvents('data: x\r\n\r\nevent: changed\r\ndata: {}\r\n\r\n')).toEqual({
      events: ['message', 'changed'],
      rest: '',
    });
  });
});
