import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Navigate,
  redirect,
} from '@tanstack/react-router';
import type { Role } from '@trustops/contracts';
import { AppShell } from './modules/nav/components/app-shell';
import { homeFor, mayOpen, NAV_ITEMS, NavPath } from './modules/nav/nav-items';
import { boardSearch } from './modules/board/utils/board-search';
import { peopleSearch } from './modules/people/utils/people-search';
import { schoolsAdminSearch } from './modules/schools-admin/utils/school-input';
import { queueSearch } from './modules/tickets/utils/queue-filter';
import { ErrorNotice, Loading } from './ui/status';

/** What every route may read before it loads: the signed-in role (null while signed out: the shell shows sign-in). */
export interface RouterContext {
  role: Role | null;
}

/** A menu page opens only for the roles holding its capability; anyone else lands on their own first page. */
const guard =
  (path: NavPath) =>
  ({ context }: { context: RouterContext }) => {
    const item = NAV_ITEMS.find((i) => i.path === path);
    if (context.role && (!item || !mayOpen(context.role, item.capability)))
      throw redirect({ to: `/${homeFor(context.role)}` });
  };

const root = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: function NotFound() {
    return <Navigate to="/" replace />;
  },
});

// Each page is its own chunk (the charts' library only loads with the pages that draw charts).
const index = createRoute({
  getParentRoute: () => root,
  path: '/',
  beforeLoad: ({ context }) => {
    if (context.role) throw redirect({ to: `/${homeFor(context.role)}` });
  },
});
const board = createRoute({
  getParentRoute: () => root,
  path: '/board',
  beforeLoad: guard('board'),
  validateSearch: boardSearch,
  component: lazyRouteComponent(() => import('./pages/board-page'), 'BoardPage'),
});
const queue = createRoute({
  getParentRoute: () => root,
  path: '/queue',
  beforeLoad: guard('queue'),
  validateSearch: queueSearch,
  component: lazyRouteComponent(() => import('./pages/queue-page'), 'QueuePage'),
});
const requests = createRoute({
  getParentRoute: () => root,
  path: '/requests',
  beforeLoad: guard('requests'),
  validateSearch: queueSearch,
  component: lazyRouteComponent(() => import('./pages/requests-page'), 'RequestsPage'),
});
const tech = createRoute({
  getParentRoute: () => root,
  path: '/tech',
  beforeLoad: guard('tech'),
  component: lazyRouteComponent(() => import('./pages/tech-requests-page'), 'TechRequestsPage'),
});
const changes = createRoute({
  getParentRoute: () => root,
  path: '/changes',
  beforeLoad: guard('changes'),
  component: lazyRouteComponent(() => import('./pages/changes-page'), 'ChangesPage'),
});
const incidents = createRoute({
  getParentRoute: () => root,
  path: '/incidents',
  beforeLoad: guard('incidents'),
  component: lazyRouteComponent(() => import('./pages/incidents-page'), 'IncidentsPage'),
});
const reviews = createRoute({
  getParentRoute: () => root,
  path: '/reviews',
  beforeLoad: guard('reviews'),
  component: lazyRouteComponent(() => import('./pages/reviews-page'), 'ReviewsPage'),
});
const roadmap = createRoute({
  getParentRoute: () => root,
  path: '/roadmap',
  beforeLoad: guard('roadmap'),
  component: lazyRouteComponent(() => import('./pages/roadmap-page'), 'RoadmapPage'),
});
const standards = createRoute({
  getParentRoute: () => root,
  path: '/standards',
  beforeLoad: guard('standards'),
  component: lazyRouteComponent(() => import('./pages/standards-page'), 'StandardsPage'),
});
const risks = createRoute({
  getParentRoute: () => root,
  path: '/risks',
  beforeLoad: guard('risks'),
  component: lazyRouteComponent(() => import('./pages/risks-page'), 'RisksPage'),
});
const settings = createRoute({
  getParentRoute: () => root,
  path: '/settings',
  beforeLoad: guard('settings'),
  component: lazyRouteComponent(() => import('./pages/desk-settings-page'), 'DeskSettingsPage'),
});
const schools = createRoute({
  getParentRoute: () => root,
  path: '/schools',
  beforeLoad: guard('schools'),
  component: lazyRouteComponent(() => import('./pages/schools-page'), 'SchoolsPage'),
});
const calendar = createRoute({
  getParentRoute: () => root,
  path: '/calendar',
  beforeLoad: guard('calendar'),
  component: lazyRouteComponent(() => import('./pages/calendar-page'), 'CalendarPage'),
});
// The IT director's schools (add, edit, close); /schools stays everyone's list with this week's days.
const schoolsAdmin = createRoute({
  getParentRoute: () => root,
  path: '/admin/schools',
  beforeLoad: guard('admin/schools'),
  validateSearch: schoolsAdminSearch,
  component: lazyRouteComponent(() => import('./pages/schools-admin-page'), 'SchoolsAdminPage'),
});
const people = createRoute({
  getParentRoute: () => root,
  path: '/admin/people',
  beforeLoad: guard('admin/people'),
  validateSearch: peopleSearch,
  component: lazyRouteComponent(() => import('./pages/people-page'), 'PeoplePage'),
});
const integrations = createRoute({
  getParentRoute: () => root,
  path: '/admin/integrations',
  beforeLoad: guard('admin/integrations'),
  component: lazyRouteComponent(() => import('./pages/integrations-page'), 'IntegrationsPage'),
});
// Signed out or in: the link in an invitation email (its token rides in the fragment, never sent to a server).
const invitation = createRoute({
  getParentRoute: () => root,
  path: '/invitation',
  component: lazyRouteComponent(() => import('./pages/invitation-page'), 'InvitationPage'),
});
const forgotPassword = createRoute({
  getParentRoute: () => root,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./pages/forgot-password-page'), 'ForgotPasswordPage'),
});
const resetPassword = createRoute({
  getParentRoute: () => root,
  path: '/reset-password',
  component: lazyRouteComponent(() => import('./pages/reset-password-page'), 'ResetPasswordPage'),
});
// Where single sign-on lands, signed in or refused.
const sso = createRoute({
  getParentRoute: () => root,
  path: '/sso',
  component: lazyRouteComponent(() => import('./pages/sso-page'), 'SsoPage'),
});
const confirmEmail = createRoute({
  getParentRoute: () => root,
  path: '/confirm-email',
  component: lazyRouteComponent(() => import('./pages/confirm-email-page'), 'ConfirmEmailPage'),
});
// Everyone signed in: their name, trusts and password.
const profile = createRoute({
  getParentRoute: () => root,
  path: '/profile',
  component: lazyRouteComponent(() => import('./pages/profile-page'), 'ProfilePage'),
});
// A ticket opens for whoever the desk lets see it (the server decides); a school's page is the board's drill-down.
const ticket = createRoute({
  getParentRoute: () => root,
  path: '/ticket/$id',
  component: lazyRouteComponent(() => import('./pages/ticket-page'), 'TicketPage'),
});
const school = createRoute({
  getParentRoute: () => root,
  path: '/school/$id',
  beforeLoad: guard('board'),
  component: lazyRouteComponent(() => import('./pages/school-status-page'), 'SchoolStatusPage'),
});

const routeTree = root.addChildren([
  index,
  board,
  queue,
  requests,
  tech,
  changes,
  incidents,
  reviews,
  roadmap,
  standards,
  risks,
  settings,
  schools,
  calendar,
  schoolsAdmin,
  people,
  integrations,
  invitation,
  forgotPassword,
  resetPassword,
  confirmEmail,
  sso,
  profile,
  ticket,
  school,
]);

// Links from before the router (`/#/ticket/…`) still open: the hash becomes the path.
if (window.location.hash.startsWith('#/')) window.history.replaceState(null, '', window.location.hash.slice(1));

export const router = createRouter({
  routeTree,
  context: { role: null },
  // The page being left goes at once while the next one's chunk loads: nothing on screen belongs to the old page
  // (a click meant for the new page cannot land on the old one), as before the router.
  defaultPendingMs: 0,
  defaultPendingMinMs: 0,
  defaultPendingComponent: function PendingPage() {
    return (
      <main className="page">
        <Loading>Loading…</Loading>
      </main>
    );
  },
  defaultErrorComponent: function PageError({ error }) {
    return (
      <main className="page">
        <ErrorNotice message={(error as Error).message} onRetry={() => window.location.reload()} />
      </main>
    );
  },
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
