/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddCalendarEventInput = {
  endsOn: string;
  kind: CalendarEventKind;
  /** Leave empty for a trust-wide event */
  schoolId?: string | number | null | undefined;
  startsOn: string;
  title: string;
};

export type AddRoutingRuleInput = {
  assigneeId?: string | number | null | undefined;
  category?: string | null | undefined;
  schoolId?: string | number | null | undefined;
  /** A team queue name, e.g. "Network team" */
  team?: string | null | undefined;
};

export type AddSchoolInput = {
  localAuthority: string;
  name: string;
  phase: SchoolPhase;
  /** Site names; none when left out */
  sites?: Array<string> | null | undefined;
  /** DfE unique reference number: 6 digits, unique in the trust */
  urn: string;
};

export type CalendarEventKind = 'BANK_HOLIDAY' | 'CLOSURE' | 'EXAM_WINDOW' | 'FREEZE' | 'HALF_TERM' | 'INSET' | 'TERM';

export type ChangeOutcome = 'BACKED_OUT' | 'DONE' | 'FAILED';

export type ChangeRisk = 'HIGH' | 'LOW' | 'MEDIUM';

export type ChangeStatus =
  'APPROVED' | 'BACKED_OUT' | 'DONE' | 'DRAFT' | 'FAILED' | 'REJECTED' | 'SCHEDULED' | 'SUBMITTED';

export type CreateChangeInput = {
  backoutPlan?: string | null | undefined;
  classroomImpact: boolean;
  description?: string | null | undefined;
  plan?: string | null | undefined;
  proposedEnd?: string | null | undefined;
  proposedStart?: string | null | undefined;
  risk: ChangeRisk;
  schoolIds: Array<string | number>;
  title: string;
};

export type DecideTechRequestInput = {
  /** At least one for DECLINED */
  alternatives?: Array<string> | null | undefined;
  /** Required for APPROVED_WITH_CONDITIONS */
  conditions?: string | null | undefined;
  decision: TechDecision;
  /** Required for DECLINED */
  reason?: string | null | undefined;
  requestId: string | number;
  /** Required for DECLINED */
  risks?: Array<TechRisk> | null | undefined;
};

export type DpiaStatus = 'APPROVED' | 'IN_PROGRESS' | 'NOT_STARTED';

/** TERM_START: the last two working days before a term starts */
export type FreezeKind = 'EXAM_WINDOW' | 'INSET' | 'TERM_START' | 'TRUST';

export type Horizon = 'LATER' | 'NEXT' | 'NOW';

export type IdentityProviderInput = {
  allowNewMembers?: boolean | null | undefined;
  clientId: string;
  /** Required when adding; when changing, absent keeps the one held (give a new one to rotate it) */
  clientSecret?: string | null | undefined;
  emailDomains: Array<string>;
  enabled?: boolean | null | undefined;
  hostedDomain?: string | null | undefined;
  /** To change a provider; absent adds one */
  id?: string | number | null | undefined;
  issuer?: string | null | undefined;
  kind: IdentityProviderKind;
  label?: string | null | undefined;
  passwordSignIn?: boolean | null | undefined;
  tenantIds?: Array<string> | null | undefined;
};

/** MICROSOFT: Entra ID (Microsoft 365); GOOGLE: Google Workspace; OIDC: any OpenID Connect provider */
export type IdentityProviderKind = 'GOOGLE' | 'MICROSOFT' | 'OIDC';

export type IncidentState = 'MITIGATED' | 'OPEN' | 'RESOLVED' | 'REVIEWED';

/** DATA_BREACH starts the 72-hour ICO clock */
export type IncidentType = 'DATA_BREACH' | 'OTHER' | 'OUTAGE' | 'SECURITY';

export type InitiativeStatus = 'APPROVED' | 'DONE' | 'DROPPED' | 'IN_PROGRESS' | 'PROPOSED';

export type InviteMemberInput = {
  displayName: string;
  /** Consents to changes in a freeze for their schools */
  educatorLead?: boolean | null | undefined;
  email: string;
  role: Role;
  /** Left out or null: every school of the trust */
  schoolIds?: Array<string | number> | null | undefined;
};

export type Level = 'HIGH' | 'LOW' | 'MEDIUM';

export type MemberFilter = {
  role?: Role | null | undefined;
  /** Members who cover this school (trust-wide ones included) */
  schoolId?: string | number | null | undefined;
  status?: MemberStatus | null | undefined;
  /** Words in the name or email */
  text?: string | null | undefined;
};

/** ACTIVE signs in; INVITED has a link waiting; SUSPENDED is kept (history names them) but locked out */
export type MemberStatus = 'ACTIVE' | 'INVITED' | 'SUSPENDED';

export type OpenIncidentInput = {
  /** When the trust became aware; now when empty */
  awareAt?: string | null | undefined;
  commanderId?: string | number | null | undefined;
  description?: string | null | undefined;
  schoolIds: Array<string | number>;
  severity: Severity;
  title: string;
  type: IncidentType;
};

export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export type PublishReviewInput = {
  actions?: Array<ReviewActionInput> | null | undefined;
  contributingFactors?: Array<string> | null | undefined;
  findings: string;
  incidentId: string | number;
};

export type Rag = 'AMBER' | 'GREEN' | 'RED';

export type RaiseTechRequestInput = {
  appName?: string | null | undefined;
  /** What you want to achieve */
  goal: string;
  kind: TechRequestKind;
  /** Why it matters */
  reason?: string | null | undefined;
  schoolId: string | number;
  title: string;
  vendor?: string | null | undefined;
};

export type RaiseTicketInput = {
  /** The device this is about (an asset of the same school) */
  assetId?: string | number | null | undefined;
  /** NETWORK, DEVICES, PRINTING, ACCOUNTS, SOFTWARE, EXAMS, AV, FILTERING or OTHER */
  category: string;
  description: string;
  impact: Level;
  kind: TicketKind;
  schoolId: string | number;
  subject: string;
  tags?: Array<string> | null | undefined;
  urgency: Level;
};

export type ReportCadence = 'MONTHLY' | 'WEEKLY';

export type ReviewActionInput = {
  dueOn: string;
  ownerId: string | number;
  title: string;
};

export type ReviewActionStatus = 'DONE' | 'OPEN';

export type RiskStatus = 'CLOSED' | 'OPEN';

/** What a member may do in one trust (PRODUCT.md, "Who uses it") */
export type Role = 'ENGINEER' | 'EXECUTIVE' | 'GOVERNOR' | 'IT_DIRECTOR' | 'REVIEWER' | 'STAFF' | 'TECHNICIAN';

export type RoleRuleInput = {
  misRole: string;
  /** STAFF, EXECUTIVE or GOVERNOR: a sync never gives an IT role */
  role: string;
};

export type RosterEntryKind = 'ADD' | 'CHANGE' | 'CONFLICT' | 'LEAVING' | 'RESTORE' | 'SUSPEND';

/** WAITING: a scheduled sync that would take over 10% waits for a director to apply its preview */
export type RosterRunStatus = 'DONE' | 'FAILED' | 'QUEUED' | 'RUNNING' | 'WAITING';

export type RosterRunTrigger = 'DIRECTOR' | 'NIGHTLY' | 'WEEKLY';

export type RosterSourceInput = {
  /** WONDE: default https://api.wonde.com/v1.0 */
  apiUrl?: string | null | undefined;
  enabled?: boolean | null | undefined;
  /** ONEROSTER_CSV: an address to fetch the ZIP from every night ('' removes it; absent keeps it) */
  feedUrl?: string | null | undefined;
  /** Default 30 */
  graceDays?: number | null | undefined;
  /** To change a source; absent adds one */
  id?: string | number | null | undefined;
  /** When adding; default ONEROSTER_CSV */
  kind?: RosterSourceKind | null | undefined;
  label: string;
  roleRules?: Array<RoleRuleInput> | null | undefined;
  /** WONDE: required when adding; when changing, absent keeps the one held */
  token?: string | null | undefined;
};

/** ONEROSTER_CSV: OneRoster 1.1/1.2 CSV files (as School Data Sync and MIS exports write them), uploaded; WONDE: read from Wonde with the integration token (nightly changes, weekly in full) */
export type RosterSourceKind = 'ONEROSTER_CSV' | 'WONDE';

export type SchoolPhase = 'ALL_THROUGH' | 'PRIMARY' | 'SECONDARY' | 'SPECIAL';

export type SetUpTrustInput = {
  directorName: string;
  email: string;
  password: string;
  /** 2 to 6 capital letters; starts every ticket number, e.g. NLT-1042 */
  trustCode: string;
  trustName: string;
};

export type Severity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';

export type SlaState = 'BREACHED' | 'MET' | 'ON_TRACK' | 'PAUSED' | 'WARNING';

export type StandardLevel = 'MET' | 'NOT_MET' | 'PARTLY_MET';

export type TechDecision = 'APPROVED' | 'APPROVED_WITH_CONDITIONS' | 'DECLINED';

export type TechRequestKind = 'APP' | 'CHANGE' | 'DEVICE' | 'OTHER' | 'WEBSITE';

/** After an appeal the status is the executive's decision */
export type TechRequestStatus = 'APPEALED' | 'APPROVED' | 'APPROVED_WITH_CONDITIONS' | 'DECLINED' | 'SUBMITTED';

export type TechRisk = 'COST' | 'DATA_PROTECTION' | 'SAFEGUARDING' | 'SECURITY' | 'SUPPORT_LOAD';

export type TicketFilter = {
  assigneeId?: string | number | null | undefined;
  kind?: Array<TicketKind> | null | undefined;
  priority?: Array<Priority> | null | undefined;
  schoolIds?: Array<string | number> | null | undefined;
  slaState?: Array<SlaState> | null | undefined;
  status?: Array<TicketStatus> | null | undefined;
  /** A team queue name */
  team?: string | null | undefined;
  /** Words to find in the subject or description */
  text?: string | null | undefined;
};

/** FAULT: "fix XYZ"; ENABLEMENT: "how can I achieve abc" (seed 003) */
export type TicketKind = 'ENABLEMENT' | 'FAULT' | 'HOW_TO' | 'SERVICE_REQUEST';

/** DUE_SOONEST: resolution due time, soonest first (the queue); NEWEST: raised most recently first */
export type TicketSort = 'DUE_SOONEST' | 'NEWEST';

export type TicketStatus = 'CLOSED' | 'NEW' | 'OPEN' | 'RESOLVED' | 'WAITING';

export type UpdateMembershipInput = {
  /** true: every school of the trust (schoolIds is then ignored) */
  allSchools?: boolean | null | undefined;
  educatorLead?: boolean | null | undefined;
  role?: Role | null | undefined;
  /** The schools they cover; leave out to keep them */
  schoolIds?: Array<string | number> | null | undefined;
  userId: string | number;
};

export type UpdateSchoolInput = {
  localAuthority?: string | null | undefined;
  name?: string | null | undefined;
  phase?: SchoolPhase | null | undefined;
  urn?: string | null | undefined;
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateProfileMutationVariables = Exact<{
  displayName: string;
}>;

export type UpdateProfileMutation = { updateProfile: { id: string; displayName: string } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  newEmail: string;
  password: string;
}>;

export type RequestEmailChangeMutation = { requestEmailChange: boolean };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;

export type ConfirmEmailChangeMutation = { confirmEmailChange: { id: string; email: string } };

export type BoardRowFieldsFragment = {
  schoolName: string;
  phase: string;
  openTickets: number;
  ticketsOpened: number;
  ticketsResolved: number;
  slaMetPercent: number | null;
  breaches: number;
  medianFirstResponseMinutes: number | null;
  csatAverage: number | null;
  csatCount: number;
  enablementShare: number | null;
  openIncidents: number;
  maxSeverity: string | null;
  icoClocksRunning: number;
  changesThisWeek: number;
  standardsCoverage: number | null;
  school: { id: string };
  openIncidentsBySeverity: { sev1: number; sev2: number; sev3: number; sev4: number };
  rag: { green: number; amber: number; red: number };
  trend: Array<{ weekStart: string; ticketsOpened: number; ticketsResolved: number; slaMetPercent: number | null }>;
};

export type BoardQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type BoardQuery = {
  board: {
    from: string;
    to: string;
    schools: Array<{
      schoolName: string;
      phase: string;
      openTickets: number;
      ticketsOpened: number;
      ticketsResolved: number;
      slaMetPercent: number | null;
      breaches: number;
      medianFirstResponseMinutes: number | null;
      csatAverage: number | null;
      csatCount: number;
      enablementShare: number | null;
      openIncidents: number;
      maxSeverity: string | null;
      icoClocksRunning: number;
      changesThisWeek: number;
      standardsCoverage: number | null;
      school: { id: string };
      openIncidentsBySeverity: { sev1: number; sev2: number; sev3: number; sev4: number };
      rag: { green: number; amber: number; red: number };
      trend: Array<{ weekStart: string; ticketsOpened: number; ticketsResolved: number; slaMetPercent: number | null }>;
    }>;
    totals: {
      schoolName: string;
      phase: string;
      openTickets: number;
      ticketsOpened: number;
      ticketsResolved: number;
      slaMetPercent: number | null;
      breaches: number;
      medianFirstResponseMinutes: number | null;
      csatAverage: number | null;
      csatCount: number;
      enablementShare: number | null;
      openIncidents: number;
      maxSeverity: string | null;
      icoClocksRunning: number;
      changesThisWeek: number;
      standardsCoverage: number | null;
      school: { id: string };
      openIncidentsBySeverity: { sev1: number; sev2: number; sev3: number; sev4: number };
      rag: { green: number; amber: number; red: number };
      trend: Array<{ weekStart: string; ticketsOpened: number; ticketsResolved: number; slaMetPercent: number | null }>;
    };
  };
};

export type SchoolStatusQueryVariables = Exact<{
  schoolId: string | number;
}>;

export type SchoolStatusQuery = {
  schoolStatus: {
    schoolName: string;
    phase: string;
    openTickets: number;
    ticketsOpened: number;
    ticketsResolved: number;
    slaMetPercent: number | null;
    breaches: number;
    medianFirstResponseMinutes: number | null;
    csatAverage: number | null;
    csatCount: number;
    enablementShare: number | null;
    openIncidents: number;
    maxSeverity: string | null;
    icoClocksRunning: number;
    changesThisWeek: number;
    standardsCoverage: number | null;
    school: { id: string };
    openIncidentsBySeverity: { sev1: number; sev2: number; sev3: number; sev4: number };
    rag: { green: number; amber: number; red: number };
    trend: Array<{ weekStart: string; ticketsOpened: number; ticketsResolved: number; slaMetPercent: number | null }>;
  };
};

export type ReportSchedulesQueryVariables = Exact<{ [key: string]: never }>;

export type ReportSchedulesQuery = {
  reportSchedules: Array<{ id: string; cadence: ReportCadence; recipients: Array<string>; nextRunAt: string }>;
};

export type ScheduleBoardPackMutationVariables = Exact<{
  cadence: ReportCadence;
  recipients: Array<string> | string;
}>;

export type ScheduleBoardPackMutation = { scheduleBoardPack: { id: string } };

export type CancelReportScheduleMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelReportScheduleMutation = { cancelReportSchedule: boolean };

export type AddCalendarEventMutationVariables = Exact<{
  input: AddCalendarEventInput;
}>;

export type AddCalendarEventMutation = {
  addCalendarEvent: {
    id: string;
    kind: CalendarEventKind;
    title: string;
    startsOn: string;
    endsOn: string;
    schoolId: string | null;
  };
};

export type RemoveCalendarEventMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveCalendarEventMutation = { removeCalendarEvent: boolean };

export type ChangesQueryVariables = Exact<{ [key: string]: never }>;

export type ChangesQuery = {
  changes: Array<{
    id: string;
    title: string;
    description: string;
    status: ChangeStatus;
    risk: ChangeRisk;
    classroomImpact: boolean;
    plan: string;
    backoutPlan: string;
    decisionComment: string | null;
    scheduledStart: string | null;
    scheduledEnd: string | null;
    schools: Array<{ id: string; name: string }>;
    createdBy: { id: string; displayName: string };
    consents: Array<{ school: { id: string; name: string }; consentedBy: { displayName: string } }>;
  }>;
};

export type ChangeCalendarQueryVariables = Exact<{
  from: string;
  to: string;
}>;

export type ChangeCalendarQuery = {
  changeCalendar: Array<{
    school: { id: string; name: string };
    freezes: Array<{ kind: FreezeKind; title: string; startsOn: string; endsOn: string }>;
    changes: Array<{ id: string; title: string; scheduledStart: string | null }>;
  }>;
};

export type CreateChangeMutationVariables = Exact<{
  input: CreateChangeInput;
  idempotencyKey?: string | null | undefined;
}>;

export type CreateChangeMutation = { createChange: { id: string } };

export type SubmitChangeMutationVariables = Exact<{
  changeId: string | number;
}>;

export type SubmitChangeMutation = { submitChange: { id: string } };

export type ApproveChangeMutationVariables = Exact<{
  changeId: string | number;
  comment?: string | null | undefined;
}>;

export type ApproveChangeMutation = { approveChange: { id: string } };

export type RejectChangeMutationVariables = Exact<{
  changeId: string | number;
  comment: string;
}>;

export type RejectChangeMutation = { rejectChange: { id: string } };

export type ConsentToChangeMutationVariables = Exact<{
  changeId: string | number;
  schoolId: string | number;
}>;

export type ConsentToChangeMutation = { consentToChange: { id: string } };

export type CompleteChangeMutationVariables = Exact<{
  changeId: string | number;
  outcome: ChangeOutcome;
}>;

export type CompleteChangeMutation = { completeChange: { id: string } };

export type ScheduleChangeMutationVariables = Exact<{
  changeId: string | number;
  start: string;
  end: string;
}>;

export type ScheduleChangeMutation = { scheduleChange: { id: string; status: ChangeStatus } };

export type SlaTargetsQueryVariables = Exact<{ [key: string]: never }>;

export type SlaTargetsQuery = {
  slaTargets: Array<{
    priority: Priority;
    firstResponseMinutes: number;
    resolutionMinutes: number;
    isDefault: boolean;
  }>;
};

export type SetSlaTargetMutationVariables = Exact<{
  priority: Priority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
}>;

export type SetSlaTargetMutation = { setSlaTarget: { priority: Priority } };

export type RoutingRulesQueryVariables = Exact<{ [key: string]: never }>;

export type RoutingRulesQuery = {
  routingRules: Array<{
    id: string;
    team: string | null;
    category: string | null;
    school: { name: string } | null;
    assignee: { displayName: string } | null;
  }>;
};

export type AddRoutingRuleMutationVariables = Exact<{
  input: AddRoutingRuleInput;
}>;

export type AddRoutingRuleMutation = { addRoutingRule: { id: string } };

export type RemoveRoutingRuleMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveRoutingRuleMutation = { removeRoutingRule: boolean };

export type ReviewFieldsFragment = {
  findings: string;
  contributingFactors: Array<string>;
  publishedAt: string;
  reviewer: { displayName: string };
  actions: Array<{
    id: string;
    title: string;
    dueOn: string;
    status: ReviewActionStatus;
    owner: { displayName: string };
  }>;
};

export type IncidentsQueryVariables = Exact<{ [key: string]: never }>;

export type IncidentsQuery = {
  incidents: Array<{
    id: string;
    title: string;
    description: string;
    type: IncidentType;
    severity: Severity;
    state: IncidentState;
    awareAt: string;
    icoDeadline: string | null;
    icoNotifiedAt: string | null;
    reviewRequired: boolean;
    schools: Array<{ name: string }>;
    commander: { displayName: string } | null;
    reviewer: { id: string; displayName: string } | null;
    timeline: Array<{ id: string; at: string; body: string; author: { displayName: string } }>;
    review: {
      findings: string;
      contributingFactors: Array<string>;
      publishedAt: string;
      reviewer: { displayName: string };
      actions: Array<{
        id: string;
        title: string;
        dueOn: string;
        status: ReviewActionStatus;
        owner: { displayName: string };
      }>;
    } | null;
  }>;
};

export type PublishedReviewsQueryVariables = Exact<{ [key: string]: never }>;

export type PublishedReviewsQuery = {
  publishedReviews: Array<{
    incident: { id: string; title: string; severity: Severity; type: IncidentType };
    review: {
      findings: string;
      contributingFactors: Array<string>;
      publishedAt: string;
      reviewer: { displayName: string };
      actions: Array<{
        id: string;
        title: string;
        dueOn: string;
        status: ReviewActionStatus;
        owner: { displayName: string };
      }>;
    };
  }>;
};

export type ReviewerCandidatesQueryVariables = Exact<{
  incidentId: string | number;
}>;

export type ReviewerCandidatesQuery = {
  reviewerCandidates: Array<{
    displayName: string;
    role: string;
    independent: boolean;
    problems: Array<string>;
    user: { id: string };
  }>;
};

export type OpenIncidentMutationVariables = Exact<{
  input: OpenIncidentInput;
  idempotencyKey?: string | null | undefined;
}>;

export type OpenIncidentMutation = { openIncident: { id: string } };

export type AddTimelineEntryMutationVariables = Exact<{
  incidentId: string | number;
  body: string;
}>;

export type AddTimelineEntryMutation = { addTimelineEntry: { id: string } };

export type SetIncidentStateMutationVariables = Exact<{
  incidentId: string | number;
  state: IncidentState;
}>;

export type SetIncidentStateMutation = { setIncidentState: { id: string } };

export type RecordIcoNotificationMutationVariables = Exact<{
  incidentId: string | number;
}>;

export type RecordIcoNotificationMutation = { recordIcoNotification: { id: string } };

export type AssignReviewerMutationVariables = Exact<{
  incidentId: string | number;
  reviewerId: string | number;
}>;

export type AssignReviewerMutation = { assignReviewer: { id: string } };

export type PublishReviewMutationVariables = Exact<{
  input: PublishReviewInput;
}>;

export type PublishReviewMutation = { publishReview: { findings: string } };

export type CompleteReviewActionMutationVariables = Exact<{
  actionId: string | number;
}>;

export type CompleteReviewActionMutation = { completeReviewAction: { id: string } };

export type VerifySignInMutationVariables = Exact<{
  challenge: string;
  code: string;
}>;

export type VerifySignInMutation = {
  verifySignIn: {
    recoveryCodes: Array<string> | null;
    accessToken: string;
    expiresAt: string;
    sessionHandoff: string | null;
    role: Role;
    user: { id: string; email: string; displayName: string };
    trust: { id: string; name: string; code: string };
    memberships: Array<{ role: Role; trust: { id: string; name: string; code: string } }>;
  };
};

export type MfaEnrolmentMutationVariables = Exact<{
  challenge?: string | null | undefined;
}>;

export type MfaEnrolmentMutation = { mfaEnrolment: { secret: string; otpauthUri: string; qrCode: string } };

export type ConfirmMfaMutationVariables = Exact<{
  code: string;
}>;

export type ConfirmMfaMutation = { confirmMfa: Array<string> };

export type TurnOffMfaMutationVariables = Exact<{
  code: string;
}>;

export type TurnOffMfaMutation = { turnOffMfa: boolean };

export type MfaStatusQueryVariables = Exact<{ [key: string]: never }>;

export type MfaStatusQuery = { mfaStatus: { enabled: boolean; required: boolean; recoveryCodesLeft: number } };

export type SecuritySettingsQueryVariables = Exact<{ [key: string]: never }>;

export type SecuritySettingsQuery = { securitySettings: { mfaRequired: boolean } };

export type SetMfaRequiredMutationVariables = Exact<{
  required: boolean;
}>;

export type SetMfaRequiredMutation = { setMfaRequired: { mfaRequired: boolean } };

export type MemberRowFragment = {
  id: string;
  userId: string | null;
  invitationId: string | null;
  email: string;
  displayName: string;
  role: Role;
  schoolIds: Array<string> | null;
  educatorLead: boolean;
  status: MemberStatus;
  expiresAt: string | null;
};

export type MembersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MemberFilter | null | undefined;
}>;

export type MembersQuery = {
  members: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        userId: string | null;
        invitationId: string | null;
        email: string;
        displayName: string;
        role: Role;
        schoolIds: Array<string> | null;
        educatorLead: boolean;
        status: MemberStatus;
        expiresAt: string | null;
      };
    }>;
  };
};

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;

export type InviteMemberMutation = {
  inviteMember: {
    id: string;
    userId: string | null;
    invitationId: string | null;
    email: string;
    displayName: string;
    role: Role;
    schoolIds: Array<string> | null;
    educatorLead: boolean;
    status: MemberStatus;
    expiresAt: string | null;
  };
};

export type UpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;

export type UpdateMembershipMutation = {
  updateMembership: {
    id: string;
    userId: string | null;
    invitationId: string | null;
    email: string;
    displayName: string;
    role: Role;
    schoolIds: Array<string> | null;
    educatorLead: boolean;
    status: MemberStatus;
    expiresAt: string | null;
  };
};

export type SuspendMemberMutationVariables = Exact<{
  userId: string | number;
}>;

export type SuspendMemberMutation = {
  suspendMember: {
    id: string;
    userId: string | null;
    invitationId: string | null;
    email: string;
    displayName: string;
    role: Role;
    schoolIds: Array<string> | null;
    educatorLead: boolean;
    status: MemberStatus;
    expiresAt: string | null;
  };
};

export type RestoreMemberMutationVariables = Exact<{
  userId: string | number;
}>;

export type RestoreMemberMutation = {
  restoreMember: {
    id: string;
    userId: string | null;
    invitationId: string | null;
    email: string;
    displayName: string;
    role: Role;
    schoolIds: Array<string> | null;
    educatorLead: boolean;
    status: MemberStatus;
    expiresAt: string | null;
  };
};

export type ResendInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;

export type ResendInvitationMutation = {
  resendInvitation: {
    id: string;
    userId: string | null;
    invitationId: string | null;
    email: string;
    displayName: string;
    role: Role;
    schoolIds: Array<string> | null;
    educatorLead: boolean;
    status: MemberStatus;
    expiresAt: string | null;
  };
};

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;

export type RevokeInvitationMutation = {
  revokeInvitation: {
    id: string;
    userId: string | null;
    invitationId: string | null;
    email: string;
    displayName: string;
    role: Role;
    schoolIds: Array<string> | null;
    educatorLead: boolean;
    status: MemberStatus;
    expiresAt: string | null;
  };
};

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;

export type InvitationPreviewQuery = {
  invitation: {
    email: string;
    displayName: string;
    role: Role;
    hasAccount: boolean;
    expiresAt: string;
    trust: { id: string; name: string };
  };
};

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: {
    accessToken: string;
    expiresAt: string;
    sessionHandoff: string | null;
    role: Role;
    user: { id: string; email: string; displayName: string };
    trust: { id: string; name: string; code: string };
    memberships: Array<{ role: Role; trust: { id: string; name: string; code: string } }>;
  };
};

export type LaneFieldsFragment = {
  capitalCost: number;
  revenueCost: number;
  initiatives: Array<{
    id: string;
    title: string;
    problem: string;
    status: InitiativeStatus;
    rag: Rag;
    ragReason: string | null;
    capitalCost: number;
    revenueCost: number;
    horizon: Horizon;
    objectives: Array<{ id: string; title: string }>;
    owner: { displayName: string } | null;
  }>;
};

export type RoadmapQueryVariables = Exact<{ [key: string]: never }>;

export type RoadmapQuery = {
  roadmap: {
    now: {
      capitalCost: number;
      revenueCost: number;
      initiatives: Array<{
        id: string;
        title: string;
        problem: string;
        status: InitiativeStatus;
        rag: Rag;
        ragReason: string | null;
        capitalCost: number;
        revenueCost: number;
        horizon: Horizon;
        objectives: Array<{ id: string; title: string }>;
        owner: { displayName: string } | null;
      }>;
    };
    next: {
      capitalCost: number;
      revenueCost: number;
      initiatives: Array<{
        id: string;
        title: string;
        problem: string;
        status: InitiativeStatus;
        rag: Rag;
        ragReason: string | null;
        capitalCost: number;
        revenueCost: number;
        horizon: Horizon;
        objectives: Array<{ id: string; title: string }>;
        owner: { displayName: string } | null;
      }>;
    };
    later: {
      capitalCost: number;
      revenueCost: number;
      initiatives: Array<{
        id: string;
        title: string;
        problem: string;
        status: InitiativeStatus;
        rag: Rag;
        ragReason: string | null;
        capitalCost: number;
        revenueCost: number;
        horizon: Horizon;
        objectives: Array<{ id: string; title: string }>;
        owner: { displayName: string } | null;
      }>;
    };
  };
};

export type ObjectivesQueryVariables = Exact<{ [key: string]: never }>;

export type ObjectivesQuery = {
  objectives: Array<{
    id: string;
    title: string;
    description: string;
    measures: Array<{
      id: string;
      name: string;
      unit: string;
      baseline: number;
      target: number;
      current: number;
      progress: number;
      history: Array<{ value: number; recordedOn: string }>;
    }>;
    initiatives: Array<{ id: string; title: string; rag: Rag; horizon: Horizon }>;
  }>;
};

export type StandardsQueryVariables = Exact<{ [key: string]: never }>;

export type StandardsQuery = {
  standardsCoverage: Array<{
    met: number;
    partlyMet: number;
    notMet: number;
    notAssessed: number;
    standard: { id: string; code: string; title: string };
  }>;
  standardAssessments: Array<{
    level: StandardLevel;
    school: { id: string; name: string };
    standard: { id: string; code: string };
  }>;
};

export type RisksQueryVariables = Exact<{ [key: string]: never }>;

export type RisksQuery = {
  risks: Array<{
    id: string;
    title: string;
    likelihood: number;
    impact: number;
    score: number;
    mitigation: string;
    status: RiskStatus;
    owner: { displayName: string } | null;
  }>;
};

export type MoveInitiativeMutationVariables = Exact<{
  id: string | number;
  horizon: Horizon;
}>;

export type MoveInitiativeMutation = { moveInitiative: { id: string; horizon: Horizon } };

export type TurnGapIntoInitiativeMutationVariables = Exact<{
  standardId: string | number;
}>;

export type TurnGapIntoInitiativeMutation = { turnGapIntoInitiative: { id: string } };

export type RosterSourcesQueryVariables = Exact<{ [key: string]: never }>;

export type RosterSourcesQuery = {
  rosterSources: Array<{
    id: string;
    kind: RosterSourceKind;
    label: string;
    apiUrl: string | null;
    hasToken: boolean;
    syncedAt: string | null;
    feedUrlHost: string | null;
    graceDays: number;
    enabled: boolean;
    feedName: string | null;
    feedAt: string | null;
    feedCounts: { schools: number; people: number; skipped: number } | null;
    roleRules: Array<{ misRole: string; role: string }>;
    runs: Array<{
      id: string;
      previewId: string | null;
      trigger: RosterRunTrigger;
      status: RosterRunStatus;
      startedByName: string | null;
      createdAt: string;
      finishedAt: string | null;
      error: string | null;
      summary: {
        added: number;
        changed: number;
        restored: number;
        leaving: number;
        suspended: number;
        skipped: number;
      } | null;
      progress: { done: number; total: number } | null;
    }>;
  }>;
};

export type RosterRunFieldsFragment = {
  id: string;
  previewId: string | null;
  trigger: RosterRunTrigger;
  status: RosterRunStatus;
  startedByName: string | null;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
  summary: {
    added: number;
    changed: number;
    restored: number;
    leaving: number;
    suspended: number;
    skipped: number;
  } | null;
  progress: { done: number; total: number } | null;
};

export type ConfigureRosterSourceMutationVariables = Exact<{
  input: RosterSourceInput;
}>;

export type ConfigureRosterSourceMutation = { configureRosterSource: { id: string } };

export type PreviewRosterSyncMutationVariables = Exact<{
  sourceId: string | number;
}>;

export type PreviewRosterSyncMutation = { previewRosterSync: { id: string } };

export type RosterPreviewQueryVariables = Exact<{
  id: string | number;
  kind?: RosterEntryKind | null | undefined;
  first?: number | null | undefined;
}>;

export type RosterPreviewQuery = {
  rosterPreview: {
    id: string;
    sourceId: string;
    madeAt: string;
    needsConfirmation: boolean;
    suspendHeld: boolean;
    active: number;
    appliedRunId: string | null;
    counts: {
      add: number;
      change: number;
      restore: number;
      leaving: number;
      suspend: number;
      conflicts: number;
      unchanged: number;
    };
    entries: {
      totalCount: number;
      items: Array<{
        kind: RosterEntryKind;
        email: string;
        displayName: string | null;
        misId: string | null;
        detail: string | null;
        changes: Array<{ field: string; before: string; after: string }>;
        unknownSchool: { name: string; urn: string } | null;
      }>;
    };
  };
};

export type ApplyRosterSyncMutationVariables = Exact<{
  previewId: string | number;
  confirm?: boolean | null | undefined;
}>;

export type ApplyRosterSyncMutation = {
  applyRosterSync: {
    id: string;
    previewId: string | null;
    trigger: RosterRunTrigger;
    status: RosterRunStatus;
    startedByName: string | null;
    createdAt: string;
    finishedAt: string | null;
    error: string | null;
    summary: {
      added: number;
      changed: number;
      restored: number;
      leaving: number;
      suspended: number;
      skipped: number;
    } | null;
    progress: { done: number; total: number } | null;
  };
};

export type RosterRunQueryVariables = Exact<{
  id: string | number;
}>;

export type RosterRunQuery = {
  rosterRun: {
    id: string;
    previewId: string | null;
    trigger: RosterRunTrigger;
    status: RosterRunStatus;
    startedByName: string | null;
    createdAt: string;
    finishedAt: string | null;
    error: string | null;
    summary: {
      added: number;
      changed: number;
      restored: number;
      leaving: number;
      suspended: number;
      skipped: number;
    } | null;
    progress: { done: number; total: number } | null;
  } | null;
};

export type MemberSourcesQueryVariables = Exact<{
  userId: string | number;
}>;

export type MemberSourcesQuery = {
  memberSources: {
    misSource: string | null;
    misId: string | null;
    roleSetByHand: boolean;
    leavingSince: string | null;
    graceDays: number | null;
    signInWith: Array<string>;
  };
};

export type AdminSchoolsQueryVariables = Exact<{
  includeClosed: boolean;
}>;

export type AdminSchoolsQuery = {
  schools: Array<{
    id: string;
    name: string;
    urn: string;
    phase: SchoolPhase;
    localAuthority: string;
    closedAt: string | null;
    sites: Array<{ id: string; name: string }>;
  }>;
};

export type AddSchoolMutationVariables = Exact<{
  input: AddSchoolInput;
}>;

export type AddSchoolMutation = { addSchool: { id: string; name: string } };

export type UpdateSchoolMutationVariables = Exact<{
  id: string | number;
  input: UpdateSchoolInput;
}>;

export type UpdateSchoolMutation = {
  updateSchool: { id: string; name: string; urn: string; phase: SchoolPhase; localAuthority: string };
};

export type CloseSchoolMutationVariables = Exact<{
  schoolId: string | number;
}>;

export type CloseSchoolMutation = { closeSchool: { id: string; closedAt: string | null } };

export type SchoolsQueryVariables = Exact<{ [key: string]: never }>;

export type SchoolsQuery = {
  schools: Array<{ id: string; name: string; urn: string; phase: SchoolPhase; localAuthority: string }>;
};

export type SchoolCalendarQueryVariables = Exact<{
  schoolId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type SchoolCalendarQuery = {
  calendar: Array<{
    id: string;
    kind: CalendarEventKind;
    title: string;
    startsOn: string;
    endsOn: string;
    schoolId: string | null;
  }>;
};

export type SessionPayloadFragment = {
  accessToken: string;
  expiresAt: string;
  sessionHandoff: string | null;
  role: Role;
  user: { id: string; email: string; displayName: string };
  trust: { id: string; name: string; code: string };
  memberships: Array<{ role: Role; trust: { id: string; name: string; code: string } }>;
};

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type SignInMutation = {
  signIn: {
    accessToken: string;
    expiresAt: string;
    sessionHandoff: string | null;
    role: Role;
    user: { id: string; email: string; displayName: string };
    trust: { id: string; name: string; code: string };
    memberships: Array<{ role: Role; trust: { id: string; name: string; code: string } }>;
  };
};

export type SwitchTrustMutationVariables = Exact<{
  trustId: string | number;
}>;

export type SwitchTrustMutation = {
  switchTrust: {
    accessToken: string;
    expiresAt: string;
    sessionHandoff: string | null;
    role: Role;
    user: { id: string; email: string; displayName: string };
    trust: { id: string; name: string; code: string };
    memberships: Array<{ role: Role; trust: { id: string; name: string; code: string } }>;
  };
};

export type SetupNeededQueryVariables = Exact<{ [key: string]: never }>;

export type SetupNeededQuery = { setupNeeded: boolean };

export type SetUpTrustMutationVariables = Exact<{
  input: SetUpTrustInput;
}>;

export type SetUpTrustMutation = {
  setUpTrust: {
    accessToken: string;
    expiresAt: string;
    sessionHandoff: string | null;
    role: Role;
    user: { id: string; email: string; displayName: string };
    trust: { id: string; name: string; code: string };
    memberships: Array<{ role: Role; trust: { id: string; name: string; code: string } }>;
  };
};

export type SignInOptionsQueryVariables = Exact<{
  email: string;
}>;

export type SignInOptionsQuery = {
  signInOptions: {
    password: boolean;
    providers: Array<{ providerId: string; kind: IdentityProviderKind; label: string; trustName: string }>;
  };
};

export type IdentityProvidersQueryVariables = Exact<{ [key: string]: never }>;

export type IdentityProvidersQuery = {
  identityProviders: Array<{
    id: string;
    kind: IdentityProviderKind;
    label: string;
    tenantIds: Array<string>;
    hostedDomain: string | null;
    issuer: string | null;
    clientId: string;
    emailDomains: Array<string>;
    allowNewMembers: boolean;
    passwordSignIn: boolean;
    enabled: boolean;
    redirectUri: string;
    updatedAt: string;
  }>;
};

export type ConfigureIdentityProviderMutationVariables = Exact<{
  input: IdentityProviderInput;
}>;

export type ConfigureIdentityProviderMutation = { configureIdentityProvider: { id: string } };

export type TestIdentityProviderMutationVariables = Exact<{
  providerId: string | number;
}>;

export type TestIdentityProviderMutation = { testIdentityProvider: string };

export type EmailDomainsQueryVariables = Exact<{ [key: string]: never }>;

export type EmailDomainsQuery = {
  emailDomains: Array<{
    domain: string;
    verified: boolean;
    recordName: string;
    recordValue: string;
    checkedAt: string | null;
  }>;
};

export type VerifyEmailDomainMutationVariables = Exact<{
  domain: string;
}>;

export type VerifyEmailDomainMutation = { verifyEmailDomain: { domain: string; verified: boolean } };

export type TechRequestsQueryVariables = Exact<{ [key: string]: never }>;

export type TechRequestsQuery = {
  techRequests: Array<{
    id: string;
    kind: TechRequestKind;
    title: string;
    goal: string;
    reason: string;
    appName: string | null;
    status: TechRequestStatus;
    createdAt: string;
    school: { name: string };
    requester: { id: string; displayName: string };
    decision: {
      outcome: TechDecision;
      reason: string;
      conditions: string | null;
      risks: Array<TechRisk>;
      alternatives: Array<string>;
      decidedBy: { displayName: string };
    } | null;
    appeal: {
      note: string;
      outcome: TechDecision | null;
      decisionNote: string | null;
      decidedBy: { displayName: string } | null;
    } | null;
  }>;
};

export type ApprovedAppsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;

export type ApprovedAppsQuery = {
  approvedApps: Array<{ id: string; name: string; vendor: string; purpose: string; dpiaStatus: DpiaStatus }>;
};

export type RaiseTechRequestMutationVariables = Exact<{
  input: RaiseTechRequestInput;
  idempotencyKey?: string | null | undefined;
}>;

export type RaiseTechRequestMutation = { raiseTechRequest: { id: string } };

export type DecideTechRequestMutationVariables = Exact<{
  input: DecideTechRequestInput;
}>;

export type DecideTechRequestMutation = { decideTechRequest: { id: string } };

export type AppealTechRequestMutationVariables = Exact<{
  requestId: string | number;
  note: string;
}>;

export type AppealTechRequestMutation = { appealTechRequest: { id: string } };

export type DecideAppealMutationVariables = Exact<{
  requestId: string | number;
  decision: TechDecision;
  note: string;
}>;

export type DecideAppealMutation = { decideAppeal: { id: string } };

export type TicketRowFragment = {
  id: string;
  number: string;
  subject: string;
  status: TicketStatus;
  priority: Priority;
  kind: TicketKind;
  team: string | null;
  school: { id: string; name: string };
  assignee: { id: string; displayName: string } | null;
  sla: { state: SlaState; resolutionDueAt: string; resolutionWorkingMinutesLeft: number | null };
};

export type TicketQueueQueryVariables = Exact<{
  filter?: TicketFilter | null | undefined;
  sort?: TicketSort | null | undefined;
  after?: string | null | undefined;
}>;

export type TicketQueueQuery = {
  tickets: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        number: string;
        subject: string;
        status: TicketStatus;
        priority: Priority;
        kind: TicketKind;
        team: string | null;
        school: { id: string; name: string };
        assignee: { id: string; displayName: string } | null;
        sla: { state: SlaState; resolutionDueAt: string; resolutionWorkingMinutesLeft: number | null };
      };
    }>;
  };
};

export type TicketQueryVariables = Exact<{
  id: string | number;
}>;

export type TicketQuery = {
  ticket: {
    description: string;
    category: string;
    csatScore: number | null;
    canRate: boolean;
    allowedMoves: Array<TicketStatus>;
    createdAt: string;
    id: string;
    number: string;
    subject: string;
    status: TicketStatus;
    priority: Priority;
    kind: TicketKind;
    team: string | null;
    requester: { id: string; displayName: string };
    sla: {
      firstResponseDueAt: string;
      firstRespondedAt: string | null;
      firstResponseWarningAt: string;
      resolutionWarningAt: string;
      firstResponseTargetMinutes: number;
      resolutionTargetMinutes: number;
      state: SlaState;
      resolutionDueAt: string;
      resolutionWorkingMinutesLeft: number | null;
    };
    parent: { id: string; number: string } | null;
    children: Array<{ id: string; number: string; status: TicketStatus }>;
    asset: { id: string; tag: string; type: string; model: string | null } | null;
    attachments: Array<{ id: string; fileName: string; sizeBytes: number; url: string; createdAt: string }>;
    history: Array<{ action: string; summary: string; at: string; actor: { displayName: string } | null }>;
    suggestedArticles: Array<{ id: string; title: string; body: string }>;
    replies: Array<{ id: string; body: string; internal: boolean; createdAt: string; author: { displayName: string } }>;
    school: { id: string; name: string };
    assignee: { id: string; displayName: string } | null;
  } | null;
};

export type SuggestArticlesQueryVariables = Exact<{
  text: string;
  schoolId?: string | number | null | undefined;
}>;

export type SuggestArticlesQuery = { suggestArticles: Array<{ id: string; title: string; body: string }> };

export type SchoolAssetsQueryVariables = Exact<{
  schoolId?: string | number | null | undefined;
}>;

export type SchoolAssetsQuery = { assets: Array<{ id: string; tag: string; type: string; model: string | null }> };

export type RaiseTicketMutationVariables = Exact<{
  input: RaiseTicketInput;
  idempotencyKey?: string | null | undefined;
}>;

export type RaiseTicketMutation = { raiseTicket: { id: string; number: string } };

export type ReplyToTicketMutationVariables = Exact<{
  ticketId: string | number;
  body: string;
  internal?: boolean | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type ReplyToTicketMutation = { replyToTicket: { id: string } };

export type ChangeTicketStatusMutationVariables = Exact<{
  ticketId: string | number;
  status: TicketStatus;
}>;

export type ChangeTicketStatusMutation = { changeTicketStatus: { id: string; status: TicketStatus } };

export type AssignTicketMutationVariables = Exact<{
  ticketId: string | number;
  assigneeId: string | number;
}>;

export type AssignTicketMutation = { assignTicket: { id: string } };

export type RateTicketMutationVariables = Exact<{
  ticketId: string | number;
  score: number;
  comment?: string | null | undefined;
}>;

export type RateTicketMutation = { rateTicket: { id: string; csatScore: number | null } };

export type LinkTicketAssetMutationVariables = Exact<{
  ticketId: string | number;
  assetId?: string | number | null | undefined;
}>;

export type LinkTicketAssetMutation = { linkTicketAsset: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BoardRowFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment BoardRowFields on BoardRow {
  school {
    id
  }
  schoolName
  phase
  openTickets
  ticketsOpened
  ticketsResolved
  slaMetPercent
  breaches
  medianFirstResponseMinutes
  csatAverage
  csatCount
  enablementShare
  openIncidents
  maxSeverity
  openIncidentsBySeverity {
    sev1
    sev2
    sev3
    sev4
  }
  icoClocksRunning
  changesThisWeek
  standardsCoverage
  rag {
    green
    amber
    red
  }
  trend {
    weekStart
    ticketsOpened
    ticketsResolved
    slaMetPercent
  }
}
    `,
  { fragmentName: 'BoardRowFields' },
) as unknown as TypedDocumentString<BoardRowFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ReviewFields on Review {
  findings
  contributingFactors
  publishedAt
  reviewer {
    displayName
  }
  actions {
    id
    title
    dueOn
    status
    owner {
      displayName
    }
  }
}
    `,
  { fragmentName: 'ReviewFields' },
) as unknown as TypedDocumentString<ReviewFieldsFragment, unknown>;
export const MemberRowFragmentDoc = new TypedDocumentString(
  `
    fragment MemberRow on Member {
  id
  userId
  invitationId
  email
  displayName
  role
  schoolIds
  educatorLead
  status
  expiresAt
}
    `,
  { fragmentName: 'MemberRow' },
) as unknown as TypedDocumentString<MemberRowFragment, unknown>;
export const LaneFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment LaneFields on Lane {
  capitalCost
  revenueCost
  initiatives {
    id
    title
    problem
    status
    rag
    ragReason
    capitalCost
    revenueCost
    horizon
    objectives {
      id
      title
    }
    owner {
      displayName
    }
  }
}
    `,
  { fragmentName: 'LaneFields' },
) as unknown as TypedDocumentString<LaneFieldsFragment, unknown>;
export const RosterRunFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment RosterRunFields on RosterRun {
  id
  previewId
  trigger
  status
  startedByName
  createdAt
  finishedAt
  error
  summary {
    added
    changed
    restored
    leaving
    suspended
    skipped
  }
  progress {
    done
    total
  }
}
    `,
  { fragmentName: 'RosterRunFields' },
) as unknown as TypedDocumentString<RosterRunFieldsFragment, unknown>;
export const SessionPayloadFragmentDoc = new TypedDocumentString(
  `
    fragment SessionPayload on AuthPayload {
  accessToken
  expiresAt
  sessionHandoff
  role
  user {
    id
    email
    displayName
  }
  trust {
    id
    name
    code
  }
  memberships {
    trust {
      id
      name
      code
    }
    role
  }
}
    `,
  { fragmentName: 'SessionPayload' },
) as unknown as TypedDocumentString<SessionPayloadFragment, unknown>;
export const TicketRowFragmentDoc = new TypedDocumentString(
  `
    fragment TicketRow on Ticket {
  id
  number
  subject
  status
  priority
  kind
  team
  school {
    id
    name
  }
  assignee {
    id
    displayName
  }
  sla {
    state
    resolutionDueAt
    resolutionWorkingMinutesLeft
  }
}
    `,
  { fragmentName: 'TicketRow' },
) as unknown as TypedDocumentString<TicketRowFragment, unknown>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($displayName: String!) {
  updateProfile(displayName: $displayName) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($newEmail: String!, $password: String!) {
  requestEmailChange(newEmail: $newEmail, password: $password)
}
    `) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const BoardDocument = new TypedDocumentString(`
    query Board($from: Date, $to: Date) {
  board(from: $from, to: $to) {
    from
    to
    schools {
      ...BoardRowFields
    }
    totals {
      ...BoardRowFields
    }
  }
}
    fragment BoardRowFields on BoardRow {
  school {
    id
  }
  schoolName
  phase
  openTickets
  ticketsOpened
  ticketsResolved
  slaMetPercent
  breaches
  medianFirstResponseMinutes
  csatAverage
  csatCount
  enablementShare
  openIncidents
  maxSeverity
  openIncidentsBySeverity {
    sev1
    sev2
    sev3
    sev4
  }
  icoClocksRunning
  changesThisWeek
  standardsCoverage
  rag {
    green
    amber
    red
  }
  trend {
    weekStart
    ticketsOpened
    ticketsResolved
    slaMetPercent
  }
}`) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const SchoolStatusDocument = new TypedDocumentString(`
    query SchoolStatus($schoolId: ID!) {
  schoolStatus(schoolId: $schoolId) {
    ...BoardRowFields
  }
}
    fragment BoardRowFields on BoardRow {
  school {
    id
  }
  schoolName
  phase
  openTickets
  ticketsOpened
  ticketsResolved
  slaMetPercent
  breaches
  medianFirstResponseMinutes
  csatAverage
  csatCount
  enablementShare
  openIncidents
  maxSeverity
  openIncidentsBySeverity {
    sev1
    sev2
    sev3
    sev4
  }
  icoClocksRunning
  changesThisWeek
  standardsCoverage
  rag {
    green
    amber
    red
  }
  trend {
    weekStart
    ticketsOpened
    ticketsResolved
    slaMetPercent
  }
}`) as unknown as TypedDocumentString<SchoolStatusQuery, SchoolStatusQueryVariables>;
export const ReportSchedulesDocument = new TypedDocumentString(`
    query ReportSchedules {
  reportSchedules {
    id
    cadence
    recipients
    nextRunAt
  }
}
    `) as unknown as TypedDocumentString<ReportSchedulesQuery, ReportSchedulesQueryVariables>;
export const ScheduleBoardPackDocument = new TypedDocumentString(`
    mutation ScheduleBoardPack($cadence: ReportCadence!, $recipients: [String!]!) {
  scheduleBoardPack(cadence: $cadence, recipients: $recipients) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleBoardPackMutation, ScheduleBoardPackMutationVariables>;
export const CancelReportScheduleDocument = new TypedDocumentString(`
    mutation CancelReportSchedule($id: ID!) {
  cancelReportSchedule(id: $id)
}
    `) as unknown as TypedDocumentString<CancelReportScheduleMutation, CancelReportScheduleMutationVariables>;
export const AddCalendarEventDocument = new TypedDocumentString(`
    mutation AddCalendarEvent($input: AddCalendarEventInput!) {
  addCalendarEvent(input: $input) {
    id
    kind
    title
    startsOn
    endsOn
    schoolId
  }
}
    `) as unknown as TypedDocumentString<AddCalendarEventMutation, AddCalendarEventMutationVariables>;
export const RemoveCalendarEventDocument = new TypedDocumentString(`
    mutation RemoveCalendarEvent($id: ID!) {
  removeCalendarEvent(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveCalendarEventMutation, RemoveCalendarEventMutationVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes {
  changes {
    id
    title
    description
    status
    risk
    classroomImpact
    plan
    backoutPlan
    schools {
      id
      name
    }
    createdBy {
      id
      displayName
    }
    decisionComment
    scheduledStart
    scheduledEnd
    consents {
      school {
        id
        name
      }
      consentedBy {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const ChangeCalendarDocument = new TypedDocumentString(`
    query ChangeCalendar($from: Date!, $to: Date!) {
  changeCalendar(from: $from, to: $to) {
    school {
      id
      name
    }
    freezes {
      kind
      title
      startsOn
      endsOn
    }
    changes {
      id
      title
      scheduledStart
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeCalendarQuery, ChangeCalendarQueryVariables>;
export const CreateChangeDocument = new TypedDocumentString(`
    mutation CreateChange($input: CreateChangeInput!, $idempotencyKey: String) {
  createChange(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateChangeMutation, CreateChangeMutationVariables>;
export const SubmitChangeDocument = new TypedDocumentString(`
    mutation SubmitChange($changeId: ID!) {
  submitChange(changeId: $changeId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitChangeMutation, SubmitChangeMutationVariables>;
export const ApproveChangeDocument = new TypedDocumentString(`
    mutation ApproveChange($changeId: ID!, $comment: String) {
  approveChange(changeId: $changeId, comment: $comment) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApproveChangeMutation, ApproveChangeMutationVariables>;
export const RejectChangeDocument = new TypedDocumentString(`
    mutation RejectChange($changeId: ID!, $comment: String!) {
  rejectChange(changeId: $changeId, comment: $comment) {
    id
  }
}
    `) as unknown as TypedDocumentString<RejectChangeMutation, RejectChangeMutationVariables>;
export const ConsentToChangeDocument = new TypedDocumentString(`
    mutation ConsentToChange($changeId: ID!, $schoolId: ID!) {
  consentToChange(changeId: $changeId, schoolId: $schoolId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsentToChangeMutation, ConsentToChangeMutationVariables>;
export const CompleteChangeDocument = new TypedDocumentString(`
    mutation CompleteChange($changeId: ID!, $outcome: ChangeOutcome!) {
  completeChange(changeId: $changeId, outcome: $outcome) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompleteChangeMutation, CompleteChangeMutationVariables>;
export const ScheduleChangeDocument = new TypedDocumentString(`
    mutation ScheduleChange($changeId: ID!, $start: DateTime!, $end: DateTime!) {
  scheduleChange(changeId: $changeId, start: $start, end: $end) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ScheduleChangeMutation, ScheduleChangeMutationVariables>;
export const SlaTargetsDocument = new TypedDocumentString(`
    query SlaTargets {
  slaTargets {
    priority
    firstResponseMinutes
    resolutionMinutes
    isDefault
  }
}
    `) as unknown as TypedDocumentString<SlaTargetsQuery, SlaTargetsQueryVariables>;
export const SetSlaTargetDocument = new TypedDocumentString(`
    mutation SetSlaTarget($priority: Priority!, $firstResponseMinutes: Int!, $resolutionMinutes: Int!) {
  setSlaTarget(
    priority: $priority
    firstResponseMinutes: $firstResponseMinutes
    resolutionMinutes: $resolutionMinutes
  ) {
    priority
  }
}
    `) as unknown as TypedDocumentString<SetSlaTargetMutation, SetSlaTargetMutationVariables>;
export const RoutingRulesDocument = new TypedDocumentString(`
    query RoutingRules {
  routingRules {
    id
    team
    category
    school {
      name
    }
    assignee {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<RoutingRulesQuery, RoutingRulesQueryVariables>;
export const AddRoutingRuleDocument = new TypedDocumentString(`
    mutation AddRoutingRule($input: AddRoutingRuleInput!) {
  addRoutingRule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddRoutingRuleMutation, AddRoutingRuleMutationVariables>;
export const RemoveRoutingRuleDocument = new TypedDocumentString(`
    mutation RemoveRoutingRule($id: ID!) {
  removeRoutingRule(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveRoutingRuleMutation, RemoveRoutingRuleMutationVariables>;
export const IncidentsDocument = new TypedDocumentString(`
    query Incidents {
  incidents {
    id
    title
    description
    type
    severity
    state
    awareAt
    icoDeadline
    icoNotifiedAt
    reviewRequired
    schools {
      name
    }
    commander {
      displayName
    }
    reviewer {
      id
      displayName
    }
    timeline {
      id
      at
      body
      author {
        displayName
      }
    }
    review {
      ...ReviewFields
    }
  }
}
    fragment ReviewFields on Review {
  findings
  contributingFactors
  publishedAt
  reviewer {
    displayName
  }
  actions {
    id
    title
    dueOn
    status
    owner {
      displayName
    }
  }
}`) as unknown as TypedDocumentString<IncidentsQuery, IncidentsQueryVariables>;
export const PublishedReviewsDocument = new TypedDocumentString(`
    query PublishedReviews {
  publishedReviews {
    incident {
      id
      title
      severity
      type
    }
    review {
      ...ReviewFields
    }
  }
}
    fragment ReviewFields on Review {
  findings
  contributingFactors
  publishedAt
  reviewer {
    displayName
  }
  actions {
    id
    title
    dueOn
    status
    owner {
      displayName
    }
  }
}`) as unknown as TypedDocumentString<PublishedReviewsQuery, PublishedReviewsQueryVariables>;
export const ReviewerCandidatesDocument = new TypedDocumentString(`
    query ReviewerCandidates($incidentId: ID!) {
  reviewerCandidates(incidentId: $incidentId) {
    user {
      id
    }
    displayName
    role
    independent
    problems
  }
}
    `) as unknown as TypedDocumentString<ReviewerCandidatesQuery, ReviewerCandidatesQueryVariables>;
export const OpenIncidentDocument = new TypedDocumentString(`
    mutation OpenIncident($input: OpenIncidentInput!, $idempotencyKey: String) {
  openIncident(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenIncidentMutation, OpenIncidentMutationVariables>;
export const AddTimelineEntryDocument = new TypedDocumentString(`
    mutation AddTimelineEntry($incidentId: ID!, $body: String!) {
  addTimelineEntry(incidentId: $incidentId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddTimelineEntryMutation, AddTimelineEntryMutationVariables>;
export const SetIncidentStateDocument = new TypedDocumentString(`
    mutation SetIncidentState($incidentId: ID!, $state: IncidentState!) {
  setIncidentState(incidentId: $incidentId, state: $state) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetIncidentStateMutation, SetIncidentStateMutationVariables>;
export const RecordIcoNotificationDocument = new TypedDocumentString(`
    mutation RecordIcoNotification($incidentId: ID!) {
  recordIcoNotification(incidentId: $incidentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordIcoNotificationMutation, RecordIcoNotificationMutationVariables>;
export const AssignReviewerDocument = new TypedDocumentString(`
    mutation AssignReviewer($incidentId: ID!, $reviewerId: ID!) {
  assignReviewer(incidentId: $incidentId, reviewerId: $reviewerId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignReviewerMutation, AssignReviewerMutationVariables>;
export const PublishReviewDocument = new TypedDocumentString(`
    mutation PublishReview($input: PublishReviewInput!) {
  publishReview(input: $input) {
    findings
  }
}
    `) as unknown as TypedDocumentString<PublishReviewMutation, PublishReviewMutationVariables>;
export const CompleteReviewActionDocument = new TypedDocumentString(`
    mutation CompleteReviewAction($actionId: ID!) {
  completeReviewAction(actionId: $actionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompleteReviewActionMutation, CompleteReviewActionMutationVariables>;
export const VerifySignInDocument = new TypedDocumentString(`
    mutation VerifySignIn($challenge: String!, $code: String!) {
  verifySignIn(challenge: $challenge, code: $code) {
    ...SessionPayload
    recoveryCodes
  }
}
    fragment SessionPayload on AuthPayload {
  accessToken
  expiresAt
  sessionHandoff
  role
  user {
    id
    email
    displayName
  }
  trust {
    id
    name
    code
  }
  memberships {
    trust {
      id
      name
      code
    }
    role
  }
}`) as unknown as TypedDocumentString<VerifySignInMutation, VerifySignInMutationVariables>;
export const MfaEnrolmentDocument = new TypedDocumentString(`
    mutation MfaEnrolment($challenge: String) {
  mfaEnrolment(challenge: $challenge) {
    secret
    otpauthUri
    qrCode
  }
}
    `) as unknown as TypedDocumentString<MfaEnrolmentMutation, MfaEnrolmentMutationVariables>;
export const ConfirmMfaDocument = new TypedDocumentString(`
    mutation ConfirmMfa($code: String!) {
  confirmMfa(code: $code)
}
    `) as unknown as TypedDocumentString<ConfirmMfaMutation, ConfirmMfaMutationVariables>;
export const TurnOffMfaDocument = new TypedDocumentString(`
    mutation TurnOffMfa($code: String!) {
  turnOffMfa(code: $code)
}
    `) as unknown as TypedDocumentString<TurnOffMfaMutation, TurnOffMfaMutationVariables>;
export const MfaStatusDocument = new TypedDocumentString(`
    query MfaStatus {
  mfaStatus {
    enabled
    required
    recoveryCodesLeft
  }
}
    `) as unknown as TypedDocumentString<MfaStatusQuery, MfaStatusQueryVariables>;
export const SecuritySettingsDocument = new TypedDocumentString(`
    query SecuritySettings {
  securitySettings {
    mfaRequired
  }
}
    `) as unknown as TypedDocumentString<SecuritySettingsQuery, SecuritySettingsQueryVariables>;
export const SetMfaRequiredDocument = new TypedDocumentString(`
    mutation SetMfaRequired($required: Boolean!) {
  setMfaRequired(required: $required) {
    mfaRequired
  }
}
    `) as unknown as TypedDocumentString<SetMfaRequiredMutation, SetMfaRequiredMutationVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($first: Int, $after: String, $filter: MemberFilter) {
  members(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...MemberRow
      }
    }
  }
}
    fragment MemberRow on Member {
  id
  userId
  invitationId
  email
  displayName
  role
  schoolIds
  educatorLead
  status
  expiresAt
}`) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    ...MemberRow
  }
}
    fragment MemberRow on Member {
  id
  userId
  invitationId
  email
  displayName
  role
  schoolIds
  educatorLead
  status
  expiresAt
}`) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const UpdateMembershipDocument = new TypedDocumentString(`
    mutation UpdateMembership($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    ...MemberRow
  }
}
    fragment MemberRow on Member {
  id
  userId
  invitationId
  email
  displayName
  role
  schoolIds
  educatorLead
  status
  expiresAt
}`) as unknown as TypedDocumentString<UpdateMembershipMutation, UpdateMembershipMutationVariables>;
export const SuspendMemberDocument = new TypedDocumentString(`
    mutation SuspendMember($userId: ID!) {
  suspendMember(userId: $userId) {
    ...MemberRow
  }
}
    fragment MemberRow on Member {
  id
  userId
  invitationId
  email
  displayName
  role
  schoolIds
  educatorLead
  status
  expiresAt
}`) as unknown as TypedDocumentString<SuspendMemberMutation, SuspendMemberMutationVariables>;
export const RestoreMemberDocument = new TypedDocumentString(`
    mutation RestoreMember($userId: ID!) {
  restoreMember(userId: $userId) {
    ...MemberRow
  }
}
    fragment MemberRow on Member {
  id
  userId
  invitationId
  email
  displayName
  role
  schoolIds
  educatorLead
  status
  expiresAt
}`) as unknown as TypedDocumentString<RestoreMemberMutation, RestoreMemberMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($invitationId: ID!) {
  resendInvitation(invitationId: $invitationId) {
    ...MemberRow
  }
}
    fragment MemberRow on Member {
  id
  userId
  invitationId
  email
  displayName
  role
  schoolIds
  educatorLead
  status
  expiresAt
}`) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($invitationId: ID!) {
  revokeInvitation(invitationId: $invitationId) {
    ...MemberRow
  }
}
    fragment MemberRow on Member {
  id
  userId
  invitationId
  email
  displayName
  role
  schoolIds
  educatorLead
  status
  expiresAt
}`) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    email
    displayName
    role
    hasAccount
    expiresAt
    trust {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  accessToken
  expiresAt
  sessionHandoff
  role
  user {
    id
    email
    displayName
  }
  trust {
    id
    name
    code
  }
  memberships {
    trust {
      id
      name
      code
    }
    role
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RoadmapDocument = new TypedDocumentString(`
    query Roadmap {
  roadmap {
    now {
      ...LaneFields
    }
    next {
      ...LaneFields
    }
    later {
      ...LaneFields
    }
  }
}
    fragment LaneFields on Lane {
  capitalCost
  revenueCost
  initiatives {
    id
    title
    problem
    status
    rag
    ragReason
    capitalCost
    revenueCost
    horizon
    objectives {
      id
      title
    }
    owner {
      displayName
    }
  }
}`) as unknown as TypedDocumentString<RoadmapQuery, RoadmapQueryVariables>;
export const ObjectivesDocument = new TypedDocumentString(`
    query Objectives {
  objectives {
    id
    title
    description
    measures {
      id
      name
      unit
      baseline
      target
      current
      progress
      history {
        value
        recordedOn
      }
    }
    initiatives {
      id
      title
      rag
      horizon
    }
  }
}
    `) as unknown as TypedDocumentString<ObjectivesQuery, ObjectivesQueryVariables>;
export const StandardsDocument = new TypedDocumentString(`
    query Standards {
  standardsCoverage {
    standard {
      id
      code
      title
    }
    met
    partlyMet
    notMet
    notAssessed
  }
  standardAssessments {
    level
    school {
      id
      name
    }
    standard {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StandardsQuery, StandardsQueryVariables>;
export const RisksDocument = new TypedDocumentString(`
    query Risks {
  risks {
    id
    title
    likelihood
    impact
    score
    mitigation
    status
    owner {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<RisksQuery, RisksQueryVariables>;
export const MoveInitiativeDocument = new TypedDocumentString(`
    mutation MoveInitiative($id: ID!, $horizon: Horizon!) {
  moveInitiative(id: $id, horizon: $horizon) {
    id
    horizon
  }
}
    `) as unknown as TypedDocumentString<MoveInitiativeMutation, MoveInitiativeMutationVariables>;
export const TurnGapIntoInitiativeDocument = new TypedDocumentString(`
    mutation TurnGapIntoInitiative($standardId: ID!) {
  turnGapIntoInitiative(standardId: $standardId) {
    id
  }
}
    `) as unknown as TypedDocumentString<TurnGapIntoInitiativeMutation, TurnGapIntoInitiativeMutationVariables>;
export const RosterSourcesDocument = new TypedDocumentString(`
    query RosterSources {
  rosterSources {
    id
    kind
    label
    apiUrl
    hasToken
    syncedAt
    feedUrlHost
    graceDays
    enabled
    feedName
    feedAt
    feedCounts {
      schools
      people
      skipped
    }
    roleRules {
      misRole
      role
    }
    runs {
      ...RosterRunFields
    }
  }
}
    fragment RosterRunFields on RosterRun {
  id
  previewId
  trigger
  status
  startedByName
  createdAt
  finishedAt
  error
  summary {
    added
    changed
    restored
    leaving
    suspended
    skipped
  }
  progress {
    done
    total
  }
}`) as unknown as TypedDocumentString<RosterSourcesQuery, RosterSourcesQueryVariables>;
export const ConfigureRosterSourceDocument = new TypedDocumentString(`
    mutation ConfigureRosterSource($input: RosterSourceInput!) {
  configureRosterSource(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfigureRosterSourceMutation, ConfigureRosterSourceMutationVariables>;
export const PreviewRosterSyncDocument = new TypedDocumentString(`
    mutation PreviewRosterSync($sourceId: ID!) {
  previewRosterSync(sourceId: $sourceId) {
    id
  }
}
    `) as unknown as TypedDocumentString<PreviewRosterSyncMutation, PreviewRosterSyncMutationVariables>;
export const RosterPreviewDocument = new TypedDocumentString(`
    query RosterPreview($id: ID!, $kind: RosterEntryKind, $first: Int) {
  rosterPreview(id: $id) {
    id
    sourceId
    madeAt
    needsConfirmation
    suspendHeld
    active
    appliedRunId
    counts {
      add
      change
      restore
      leaving
      suspend
      conflicts
      unchanged
    }
    entries(kind: $kind, first: $first) {
      totalCount
      items {
        kind
        email
        displayName
        misId
        detail
        changes {
          field
          before
          after
        }
        unknownSchool {
          name
          urn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RosterPreviewQuery, RosterPreviewQueryVariables>;
export const ApplyRosterSyncDocument = new TypedDocumentString(`
    mutation ApplyRosterSync($previewId: ID!, $confirm: Boolean) {
  applyRosterSync(previewId: $previewId, confirm: $confirm) {
    ...RosterRunFields
  }
}
    fragment RosterRunFields on RosterRun {
  id
  previewId
  trigger
  status
  startedByName
  createdAt
  finishedAt
  error
  summary {
    added
    changed
    restored
    leaving
    suspended
    skipped
  }
  progress {
    done
    total
  }
}`) as unknown as TypedDocumentString<ApplyRosterSyncMutation, ApplyRosterSyncMutationVariables>;
export const RosterRunDocument = new TypedDocumentString(`
    query RosterRun($id: ID!) {
  rosterRun(id: $id) {
    ...RosterRunFields
  }
}
    fragment RosterRunFields on RosterRun {
  id
  previewId
  trigger
  status
  startedByName
  createdAt
  finishedAt
  error
  summary {
    added
    changed
    restored
    leaving
    suspended
    skipped
  }
  progress {
    done
    total
  }
}`) as unknown as TypedDocumentString<RosterRunQuery, RosterRunQueryVariables>;
export const MemberSourcesDocument = new TypedDocumentString(`
    query MemberSources($userId: ID!) {
  memberSources(userId: $userId) {
    misSource
    misId
    roleSetByHand
    leavingSince
    graceDays
    signInWith
  }
}
    `) as unknown as TypedDocumentString<MemberSourcesQuery, MemberSourcesQueryVariables>;
export const AdminSchoolsDocument = new TypedDocumentString(`
    query AdminSchools($includeClosed: Boolean!) {
  schools(includeClosed: $includeClosed) {
    id
    name
    urn
    phase
    localAuthority
    closedAt
    sites {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSchoolsQuery, AdminSchoolsQueryVariables>;
export const AddSchoolDocument = new TypedDocumentString(`
    mutation AddSchool($input: AddSchoolInput!) {
  addSchool(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AddSchoolMutation, AddSchoolMutationVariables>;
export const UpdateSchoolDocument = new TypedDocumentString(`
    mutation UpdateSchool($id: ID!, $input: UpdateSchoolInput!) {
  updateSchool(id: $id, input: $input) {
    id
    name
    urn
    phase
    localAuthority
  }
}
    `) as unknown as TypedDocumentString<UpdateSchoolMutation, UpdateSchoolMutationVariables>;
export const CloseSchoolDocument = new TypedDocumentString(`
    mutation CloseSchool($schoolId: ID!) {
  closeSchool(schoolId: $schoolId) {
    id
    closedAt
  }
}
    `) as unknown as TypedDocumentString<CloseSchoolMutation, CloseSchoolMutationVariables>;
export const SchoolsDocument = new TypedDocumentString(`
    query Schools {
  schools {
    id
    name
    urn
    phase
    localAuthority
  }
}
    `) as unknown as TypedDocumentString<SchoolsQuery, SchoolsQueryVariables>;
export const SchoolCalendarDocument = new TypedDocumentString(`
    query SchoolCalendar($schoolId: ID!, $from: Date, $to: Date) {
  calendar(schoolId: $schoolId, from: $from, to: $to) {
    id
    kind
    title
    startsOn
    endsOn
    schoolId
  }
}
    `) as unknown as TypedDocumentString<SchoolCalendarQuery, SchoolCalendarQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  accessToken
  expiresAt
  sessionHandoff
  role
  user {
    id
    email
    displayName
  }
  trust {
    id
    name
    code
  }
  memberships {
    trust {
      id
      name
      code
    }
    role
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SwitchTrustDocument = new TypedDocumentString(`
    mutation SwitchTrust($trustId: ID!) {
  switchTrust(trustId: $trustId) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  accessToken
  expiresAt
  sessionHandoff
  role
  user {
    id
    email
    displayName
  }
  trust {
    id
    name
    code
  }
  memberships {
    trust {
      id
      name
      code
    }
    role
  }
}`) as unknown as TypedDocumentString<SwitchTrustMutation, SwitchTrustMutationVariables>;
export const SetupNeededDocument = new TypedDocumentString(`
    query SetupNeeded {
  setupNeeded
}
    `) as unknown as TypedDocumentString<SetupNeededQuery, SetupNeededQueryVariables>;
export const SetUpTrustDocument = new TypedDocumentString(`
    mutation SetUpTrust($input: SetUpTrustInput!) {
  setUpTrust(input: $input) {
    ...SessionPayload
  }
}
    fragment SessionPayload on AuthPayload {
  accessToken
  expiresAt
  sessionHandoff
  role
  user {
    id
    email
    displayName
  }
  trust {
    id
    name
    code
  }
  memberships {
    trust {
      id
      name
      code
    }
    role
  }
}`) as unknown as TypedDocumentString<SetUpTrustMutation, SetUpTrustMutationVariables>;
export const SignInOptionsDocument = new TypedDocumentString(`
    query SignInOptions($email: String!) {
  signInOptions(email: $email) {
    password
    providers {
      providerId
      kind
      label
      trustName
    }
  }
}
    `) as unknown as TypedDocumentString<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const IdentityProvidersDocument = new TypedDocumentString(`
    query IdentityProviders {
  identityProviders {
    id
    kind
    label
    tenantIds
    hostedDomain
    issuer
    clientId
    emailDomains
    allowNewMembers
    passwordSignIn
    enabled
    redirectUri
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<IdentityProvidersQuery, IdentityProvidersQueryVariables>;
export const ConfigureIdentityProviderDocument = new TypedDocumentString(`
    mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {
  configureIdentityProvider(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfigureIdentityProviderMutation, ConfigureIdentityProviderMutationVariables>;
export const TestIdentityProviderDocument = new TypedDocumentString(`
    mutation TestIdentityProvider($providerId: ID!) {
  testIdentityProvider(providerId: $providerId)
}
    `) as unknown as TypedDocumentString<TestIdentityProviderMutation, TestIdentityProviderMutationVariables>;
export const EmailDomainsDocument = new TypedDocumentString(`
    query EmailDomains {
  emailDomains {
    domain
    verified
    recordName
    recordValue
    checkedAt
  }
}
    `) as unknown as TypedDocumentString<EmailDomainsQuery, EmailDomainsQueryVariables>;
export const VerifyEmailDomainDocument = new TypedDocumentString(`
    mutation VerifyEmailDomain($domain: String!) {
  verifyEmailDomain(domain: $domain) {
    domain
    verified
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailDomainMutation, VerifyEmailDomainMutationVariables>;
export const TechRequestsDocument = new TypedDocumentString(`
    query TechRequests {
  techRequests {
    id
    kind
    title
    goal
    reason
    appName
    status
    createdAt
    school {
      name
    }
    requester {
      id
      displayName
    }
    decision {
      outcome
      reason
      conditions
      risks
      alternatives
      decidedBy {
        displayName
      }
    }
    appeal {
      note
      outcome
      decisionNote
      decidedBy {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechRequestsQuery, TechRequestsQueryVariables>;
export const ApprovedAppsDocument = new TypedDocumentString(`
    query ApprovedApps($text: String) {
  approvedApps(text: $text) {
    id
    name
    vendor
    purpose
    dpiaStatus
  }
}
    `) as unknown as TypedDocumentString<ApprovedAppsQuery, ApprovedAppsQueryVariables>;
export const RaiseTechRequestDocument = new TypedDocumentString(`
    mutation RaiseTechRequest($input: RaiseTechRequestInput!, $idempotencyKey: String) {
  raiseTechRequest(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `) as unknown as TypedDocumentString<RaiseTechRequestMutation, RaiseTechRequestMutationVariables>;
export const DecideTechRequestDocument = new TypedDocumentString(`
    mutation DecideTechRequest($input: DecideTechRequestInput!) {
  decideTechRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DecideTechRequestMutation, DecideTechRequestMutationVariables>;
export const AppealTechRequestDocument = new TypedDocumentString(`
    mutation AppealTechRequest($requestId: ID!, $note: String!) {
  appealTechRequest(requestId: $requestId, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<AppealTechRequestMutation, AppealTechRequestMutationVariables>;
export const DecideAppealDocument = new TypedDocumentString(`
    mutation DecideAppeal($requestId: ID!, $decision: TechDecision!, $note: String!) {
  decideAppeal(requestId: $requestId, decision: $decision, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<DecideAppealMutation, DecideAppealMutationVariables>;
export const TicketQueueDocument = new TypedDocumentString(`
    query TicketQueue($filter: TicketFilter, $sort: TicketSort, $after: String) {
  tickets(first: 50, after: $after, filter: $filter, sort: $sort) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...TicketRow
      }
    }
  }
}
    fragment TicketRow on Ticket {
  id
  number
  subject
  status
  priority
  kind
  team
  school {
    id
    name
  }
  assignee {
    id
    displayName
  }
  sla {
    state
    resolutionDueAt
    resolutionWorkingMinutesLeft
  }
}`) as unknown as TypedDocumentString<TicketQueueQuery, TicketQueueQueryVariables>;
export const TicketDocument = new TypedDocumentString(`
    query Ticket($id: ID!) {
  ticket(id: $id) {
    ...TicketRow
    description
    category
    csatScore
    canRate
    allowedMoves
    createdAt
    requester {
      id
      displayName
    }
    sla {
      firstResponseDueAt
      firstRespondedAt
      firstResponseWarningAt
      resolutionWarningAt
      firstResponseTargetMinutes
      resolutionTargetMinutes
    }
    parent {
      id
      number
    }
    children {
      id
      number
      status
    }
    asset {
      id
      tag
      type
      model
    }
    attachments {
      id
      fileName
      sizeBytes
      url
      createdAt
    }
    history {
      action
      summary
      at
      actor {
        displayName
      }
    }
    suggestedArticles {
      id
      title
      body
    }
    replies {
      id
      body
      internal
      createdAt
      author {
        displayName
      }
    }
  }
}
    fragment TicketRow on Ticket {
  id
  number
  subject
  status
  priority
  kind
  team
  school {
    id
    name
  }
  assignee {
    id
    displayName
  }
  sla {
    state
    resolutionDueAt
    resolutionWorkingMinutesLeft
  }
}`) as unknown as TypedDocumentString<TicketQuery, TicketQueryVariables>;
export const SuggestArticlesDocument = new TypedDocumentString(`
    query SuggestArticles($text: String!, $schoolId: ID) {
  suggestArticles(text: $text, schoolId: $schoolId) {
    id
    title
    body
  }
}
    `) as unknown as TypedDocumentString<SuggestArticlesQuery, SuggestArticlesQueryVariables>;
export const SchoolAssetsDocument = new TypedDocumentString(`
    query SchoolAssets($schoolId: ID) {
  assets(schoolId: $schoolId, first: 200) {
    id
    tag
    type
    model
  }
}
    `) as unknown as TypedDocumentString<SchoolAssetsQuery, SchoolAssetsQueryVariables>;
export const RaiseTicketDocument = new TypedDocumentString(`
    mutation RaiseTicket($input: RaiseTicketInput!, $idempotencyKey: String) {
  raiseTicket(input: $input, idempotencyKey: $idempotencyKey) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<RaiseTicketMutation, RaiseTicketMutationVariables>;
export const ReplyToTicketDocument = new TypedDocumentString(`
    mutation ReplyToTicket($ticketId: ID!, $body: String!, $internal: Boolean, $idempotencyKey: String) {
  replyToTicket(
    ticketId: $ticketId
    body: $body
    internal: $internal
    idempotencyKey: $idempotencyKey
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReplyToTicketMutation, ReplyToTicketMutationVariables>;
export const ChangeTicketStatusDocument = new TypedDocumentString(`
    mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!) {
  changeTicketStatus(ticketId: $ticketId, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ChangeTicketStatusMutation, ChangeTicketStatusMutationVariables>;
export const AssignTicketDocument = new TypedDocumentString(`
    mutation AssignTicket($ticketId: ID!, $assigneeId: ID!) {
  assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignTicketMutation, AssignTicketMutationVariables>;
export const RateTicketDocument = new TypedDocumentString(`
    mutation RateTicket($ticketId: ID!, $score: Int!, $comment: String) {
  rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {
    id
    csatScore
  }
}
    `) as unknown as TypedDocumentString<RateTicketMutation, RateTicketMutationVariables>;
export const LinkTicketAssetDocument = new TypedDocumentString(`
    mutation LinkTicketAsset($ticketId: ID!, $assetId: ID) {
  linkTicketAsset(ticketId: $ticketId, assetId: $assetId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkTicketAssetMutation, LinkTicketAssetMutationVariables>;
