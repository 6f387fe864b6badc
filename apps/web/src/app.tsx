import { ComponentType, useEffect, useState } from 'react';
import { AppHeader } from './modules/nav/components/app-header';
import { navFor } from './modules/nav/nav-items';
import { useSession } from './modules/session/hooks/use-session';
import { BoardPage } from './pages/board-page';
import { ChangesPage } from './pages/changes-page';
import { DeskSettingsPage } from './pages/desk-settings-page';
import { IncidentsPage } from './pages/incidents-page';
import { QueuePage } from './pages/queue-page';
import { RequestsPage } from './pages/requests-page';
import { ReviewsPage } from './pages/reviews-page';
import { RisksPage } from './pages/risks-page';
import { RoadmapPage } from './pages/roadmap-page';
import { StandardsPage } from './pages/standards-page';
import { SchoolStatusPage } from './pages/school-status-page';
import { SchoolsPage } from './pages/schools-page';
import { TechRequestsPage } from './pages/tech-requests-page';
import { TicketPage } from './pages/ticket-page';
import { SignInPage } from './pages/sign-in-page';
import { ReconnectingBanner } from './ui/reconnecting-banner';

const PAGES: Record<string, ComponentType> = {
  schools: SchoolsPage,
  queue: QueuePage,
  requests: RequestsPage,
  tech: TechRequestsPage,
  changes: ChangesPage,
  incidents: IncidentsPage,
  reviews: ReviewsPage,
  roadmap: RoadmapPage,
  standards: StandardsPage,
  risks: RisksPage,
  board: BoardPage,
  settings: DeskSettingsPage,
};

function useHashPath(): string {
  const read = () => window.location.hash.replace(/^#\/?/, '');
  const [path, setPath] = useState(read);
  useEffect(() => {
    const handleChange = () => setPath(read());
    window.addEventListener('hashchange', handleChange);
    return () => window.removeEventListener('hashchange', handleChange);
  }, []);
  return path;
}

export function App() {
  const { session } = useSession();
  const path = useHashPath();
  if (!session)
    return (
      <>
        <ReconnectingBanner />
        <SignInPage />
      </>
    );
  const ticketId = /^ticket\/([0-9a-f-]{36})$/.exec(path)?.[1];
  const schoolId = /^school\/([0-9a-f-]{36})$/.exec(path)?.[1];
  const allowed = navFor(session.role).map((item) => item.path);
  const current = allowed.includes(path) ? path : allowed[0];
  const Page = PAGES[current];
  return (
    <>
      <ReconnectingBanner />
      <AppHeader current={ticketId || schoolId ? '' : current} />
      {ticketId ? <TicketPage id={ticketId} /> : schoolId ? <SchoolStatusPage id={schoolId} /> : <Page />}
    </>
  );
}
