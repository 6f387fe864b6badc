/** What change management tells other services (leadership reporting rolls these up). Times are ISO strings. */
export interface RequestDecided {
  requestId: string;
  schoolId: string;
  decision: string;
  kind: string;
  appeal: boolean;
}
export interface RequestAppealed {
  requestId: string;
  schoolId: string;
}
export interface ChangeEvent {
  changeId: string;
  title: string;
  schoolIds: string[];
  risk: string;
  classroomImpact: boolean;
  status: string;
}
export interface ChangeScheduled extends ChangeEvent {
  start: string;
  end: string;
  consentedSchoolIds: string[];
}
export interface ChangeConsented {
  changeId: string;
  schoolId: string;
  consentedBy: string;
}
export interface IncidentEvent {
  incidentId: string;
  title: string;
  schoolIds: string[];
  type: string;
  severity: string;
  state: string;
  at: string;
}
export interface IncidentOpened extends IncidentEvent {
  reviewRequired: boolean;
  icoDeadline: string | null;
}
export interface IcoNotified {
  incidentId: string;
  at: string;
}
export interface IcoWarning {
  incidentId: string;
  schoolIds: string[];
  hoursSinceAware: number;
  icoDeadline: string;
}
export interface ReviewPublished {
  incidentId: string;
  reviewerId: string;
  findings: string;
  actions: number;
  at: string;
}
export interface ActionOverdue {
  actionId: string;
  incidentId: string;
  ownerId: string;
  dueOn: string;
}

export interface ChangeManagementEvents {
  'request.decided': RequestDecided;
  'request.appealed': RequestAppealed;
  'change.submitted': ChangeEvent;
  'change.approved': ChangeEvent;
  'change.rejected': ChangeEvent;
  'change.scheduled': ChangeScheduled;
  'change.consented': ChangeConsented;
  'change.completed': ChangeEvent;
  'incident.opened': IncidentOpened;
  'incident.state_changed': IncidentEvent;
  'incident.resolved': IncidentEvent;
  'incident.ico_warning': IcoWarning;
  'incident.ico_notified': IcoNotified;
  'review.published': ReviewPublished;
  'action.overdue': ActionOverdue;
}
