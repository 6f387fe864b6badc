import { useEffect, useRef } from 'react';
import type { ApiError } from '../../../api/graphql';
import { ErrorNotice } from '../../../ui/status';

export interface CloseSchoolConfirmProps {
  schoolName: string;
  isPending: boolean;
  error: ApiError | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says what closing does before it happens; focus lands here so a keyboard user reads it first. */
export function CloseSchoolConfirm({ schoolName, isPending, error, onConfirm, onCancel }: CloseSchoolConfirmProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className="confirm-panel"
      role="alertdialog"
      aria-labelledby="close-school-title"
      aria-describedby="close-school-what"
    >
      <h2 id="close-school-title" ref={heading} tabIndex={-1}>
        Close {schoolName}?
      </h2>
      <div id="close-school-what">
        <ul>
          <li>Its history is kept: tickets, changes, calendar and audit still name it.</li>
          <li>It leaves the schools lists and the board (tick “Show closed” here to see it).</li>
          <li>No new tickets can be raised for it.</li>
        </ul>
        <p className="muted">There is no reopening from this page.</p>
      </div>
      <div className="actions">
        <button type="button" className="danger" disabled={isPending} onClick={onConfirm}>
          {isPending ? 'Closing…' : `Close ${schoolName}`}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Keep it open
        </button>
      </div>
      {error && <ErrorNotice message={error.message} />}
    </section>
  );
}
