import { RaiseTicketForm } from '../modules/tickets/components/raise-ticket-form';
import { QueuePage } from './queue-page';

/** Staff: raise a request and follow the ones you raised. */
export function RequestsPage() {
  return (
    <div className="requests">
      <RaiseTicketForm />
      <QueuePage title="My requests" emptyText="You have no requests in this view." />
    </div>
  );
}
