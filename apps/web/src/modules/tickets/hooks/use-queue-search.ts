import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useDebounced } from '../../../ui/use-debounced';
import { choiceOf, QueueChoice, queueSearch, QueueSort, searchOf } from '../utils/queue-filter';

/**
 * The queue's filters, sort and page, read from and written to the URL (the queue and My requests share them).
 * A filter or sort pushes a history entry (back undoes it); the words go in once typing settles, replacing the
 * entry, and the box keeps what is being typed meanwhile.
 */
export function useQueueSearch() {
  const search = queueSearch(useSearch({ strict: false }));
  const navigate = useNavigate();
  // The list's own page (/queue or /requests): a write that settles after leaving it must not land elsewhere.
  const pathname = useLocation({ select: (location) => location.pathname }) as '/queue' | '/requests';
  const [to] = useState(pathname);
  const choice = choiceOf(search);
  const sort: QueueSort = search.sort ?? 'DUE_SOONEST';
  const [text, setText] = useState(choice.text);
  const settledText = useDebounced(text);
  const written = useRef(choice.text);

  const go = (next: QueueChoice, nextSort: QueueSort, replace = false) =>
    void navigate({ to, search: searchOf(next, nextSort), replace });

  useEffect(() => {
    if (settledText === written.current) return;
    written.current = settledText;
    go({ ...choice, text: settledText }, sort, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only settled typing writes the words
  }, [settledText]);

  useEffect(() => {
    // The URL changed under the box (back, a link): show its words.
    if (choice.text === written.current) return;
    written.current = choice.text;
    setText(choice.text);
  }, [choice.text]);

  return {
    search,
    choice: { ...choice, text },
    sort,
    choose: (next: QueueChoice) => (next.text !== choice.text ? setText(next.text) : go(next, sort)),
    sortBy: (next: QueueSort) => go(choice, next),
    pageAfter: (after: string | null) =>
      void navigate({ to, search: { ...searchOf(choice, sort), ...(after ? { after } : {}) } }),
  };
}
