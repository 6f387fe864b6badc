/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(displayName: $displayName) {\n      id\n      displayName\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n': typeof types.SignOutEverywhereDocument;
  '\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n': typeof types.RequestEmailChangeDocument;
  '\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n': typeof types.ConfirmEmailChangeDocument;
  '\n  fragment BoardRowFields on BoardRow {\n    school {\n      id\n    }\n    schoolName\n    phase\n    openTickets\n    ticketsOpened\n    ticketsResolved\n    slaMetPercent\n    breaches\n    medianFirstResponseMinutes\n    csatAverage\n    csatCount\n    enablementShare\n    openIncidents\n    maxSeverity\n    openIncidentsBySeverity {\n      sev1\n      sev2\n      sev3\n      sev4\n    }\n    icoClocksRunning\n    changesThisWeek\n    standardsCoverage\n    rag {\n      green\n      amber\n      red\n    }\n    trend {\n      weekStart\n      ticketsOpened\n      ticketsResolved\n      slaMetPercent\n    }\n  }\n': typeof types.BoardRowFieldsFragmentDoc;
  '\n  query Board($from: Date, $to: Date) {\n    board(from: $from, to: $to) {\n      from\n      to\n      schools {\n        ...BoardRowFields\n      }\n      totals {\n        ...BoardRowFields\n      }\n    }\n  }\n': typeof types.BoardDocument;
  '\n  query SchoolStatus($schoolId: ID!) {\n    schoolStatus(schoolId: $schoolId) {\n      ...BoardRowFields\n    }\n  }\n': typeof types.SchoolStatusDocument;
  '\n  query ReportSchedules {\n    reportSchedules {\n      id\n      cadence\n      recipients\n      nextRunAt\n    }\n  }\n': typeof types.ReportSchedulesDocument;
  '\n  mutation ScheduleBoardPack($cadence: ReportCadence!, $recipients: [String!]!) {\n    scheduleBoardPack(cadence: $cadence, recipients: $recipients) {\n      id\n    }\n  }\n': typeof types.ScheduleBoardPackDocument;
  '\n  mutation CancelReportSchedule($id: ID!) {\n    cancelReportSchedule(id: $id)\n  }\n': typeof types.CancelReportScheduleDocument;
  '\n  mutation AddCalendarEvent($input: AddCalendarEventInput!) {\n    addCalendarEvent(input: $input) {\n      id\n      kind\n      title\n      startsOn\n      endsOn\n      schoolId\n    }\n  }\n': typeof types.AddCalendarEventDocument;
  '\n  mutation RemoveCalendarEvent($id: ID!) {\n    removeCalendarEvent(id: $id)\n  }\n': typeof types.RemoveCalendarEventDocument;
  '\n  query Changes {\n    changes {\n      id\n      title\n      description\n      status\n      risk\n      classroomImpact\n      plan\n      backoutPlan\n      schools {\n        id\n        name\n      }\n      createdBy {\n        id\n        displayName\n      }\n      decisionComment\n      scheduledStart\n      scheduledEnd\n      consents {\n        school {\n          id\n          name\n        }\n        consentedBy {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.ChangesDocument;
  '\n  query ChangeCalendar($from: Date!, $to: Date!) {\n    changeCalendar(from: $from, to: $to) {\n      school {\n        id\n        name\n      }\n      freezes {\n        kind\n        title\n        startsOn\n        endsOn\n      }\n      changes {\n        id\n        title\n        scheduledStart\n      }\n    }\n  }\n': typeof types.ChangeCalendarDocument;
  '\n  mutation CreateChange($input: CreateChangeInput!, $idempotencyKey: String) {\n    createChange(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n': typeof types.CreateChangeDocument;
  '\n  mutation SubmitChange($changeId: ID!) {\n    submitChange(changeId: $changeId) {\n      id\n    }\n  }\n': typeof types.SubmitChangeDocument;
  '\n  mutation ApproveChange($changeId: ID!, $comment: String) {\n    approveChange(changeId: $changeId, comment: $comment) {\n      id\n    }\n  }\n': typeof types.ApproveChangeDocument;
  '\n  mutation RejectChange($changeId: ID!, $comment: String!) {\n    rejectChange(changeId: $changeId, comment: $comment) {\n      id\n    }\n  }\n': typeof types.RejectChangeDocument;
  '\n  mutation ConsentToChange($changeId: ID!, $schoolId: ID!) {\n    consentToChange(changeId: $changeId, schoolId: $schoolId) {\n      id\n    }\n  }\n': typeof types.ConsentToChangeDocument;
  '\n  mutation CompleteChange($changeId: ID!, $outcome: ChangeOutcome!) {\n    completeChange(changeId: $changeId, outcome: $outcome) {\n      id\n    }\n  }\n': typeof types.CompleteChangeDocument;
  '\n  mutation ScheduleChange($changeId: ID!, $start: DateTime!, $end: DateTime!) {\n    scheduleChange(changeId: $changeId, start: $start, end: $end) {\n      id\n      status\n    }\n  }\n': typeof types.ScheduleChangeDocument;
  '\n  query SlaTargets {\n    slaTargets {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      isDefault\n    }\n  }\n': typeof types.SlaTargetsDocument;
  '\n  mutation SetSlaTarget($priority: Priority!, $firstResponseMinutes: Int!, $resolutionMinutes: Int!) {\n    setSlaTarget(\n      priority: $priority\n      firstResponseMinutes: $firstResponseMinutes\n      resolutionMinutes: $resolutionMinutes\n    ) {\n      priority\n    }\n  }\n': typeof types.SetSlaTargetDocument;
  '\n  query RoutingRules {\n    routingRules {\n      id\n      team\n      category\n      school {\n        name\n      }\n      assignee {\n        displayName\n      }\n    }\n  }\n': typeof types.RoutingRulesDocument;
  '\n  mutation AddRoutingRule($input: AddRoutingRuleInput!) {\n    addRoutingRule(input: $input) {\n      id\n    }\n  }\n': typeof types.AddRoutingRuleDocument;
  '\n  mutation RemoveRoutingRule($id: ID!) {\n    removeRoutingRule(id: $id)\n  }\n': typeof types.RemoveRoutingRuleDocument;
  '\n  fragment ReviewFields on Review {\n    findings\n    contributingFactors\n    publishedAt\n    reviewer {\n      displayName\n    }\n    actions {\n      id\n      title\n      dueOn\n      status\n      owner {\n        displayName\n      }\n    }\n  }\n': typeof types.ReviewFieldsFragmentDoc;
  '\n  query Incidents {\n    incidents {\n      id\n      title\n      description\n      type\n      severity\n      state\n      awareAt\n      icoDeadline\n      icoNotifiedAt\n      reviewRequired\n      schools {\n        name\n      }\n      commander {\n        displayName\n      }\n      reviewer {\n        id\n        displayName\n      }\n      timeline {\n        id\n        at\n        body\n        author {\n          displayName\n        }\n      }\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n': typeof types.IncidentsDocument;
  '\n  query PublishedReviews {\n    publishedReviews {\n      incident {\n        id\n        title\n        severity\n        type\n      }\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n': typeof types.PublishedReviewsDocument;
  '\n  query ReviewerCandidates($incidentId: ID!) {\n    reviewerCandidates(incidentId: $incidentId) {\n      user {\n        id\n      }\n      displayName\n      role\n      independent\n      problems\n    }\n  }\n': typeof types.ReviewerCandidatesDocument;
  '\n  mutation OpenIncident($input: OpenIncidentInput!, $idempotencyKey: String) {\n    openIncident(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n': typeof types.OpenIncidentDocument;
  '\n  mutation AddTimelineEntry($incidentId: ID!, $body: String!) {\n    addTimelineEntry(incidentId: $incidentId, body: $body) {\n      id\n    }\n  }\n': typeof types.AddTimelineEntryDocument;
  '\n  mutation SetIncidentState($incidentId: ID!, $state: IncidentState!) {\n    setIncidentState(incidentId: $incidentId, state: $state) {\n      id\n    }\n  }\n': typeof types.SetIncidentStateDocument;
  '\n  mutation RecordIcoNotification($incidentId: ID!) {\n    recordIcoNotification(incidentId: $incidentId) {\n      id\n    }\n  }\n': typeof types.RecordIcoNotificationDocument;
  '\n  mutation AssignReviewer($incidentId: ID!, $reviewerId: ID!) {\n    assignReviewer(incidentId: $incidentId, reviewerId: $reviewerId) {\n      id\n    }\n  }\n': typeof types.AssignReviewerDocument;
  '\n  mutation PublishReview($input: PublishReviewInput!) {\n    publishReview(input: $input) {\n      findings\n    }\n  }\n': typeof types.PublishReviewDocument;
  '\n  mutation CompleteReviewAction($actionId: ID!) {\n    completeReviewAction(actionId: $actionId) {\n      id\n    }\n  }\n': typeof types.CompleteReviewActionDocument;
  '\n  mutation VerifySignIn($challenge: String!, $code: String!) {\n    verifySignIn(challenge: $challenge, code: $code) {\n      ...SessionPayload\n      recoveryCodes\n    }\n  }\n': typeof types.VerifySignInDocument;
  '\n  mutation MfaEnrolment($challenge: String) {\n    mfaEnrolment(challenge: $challenge) {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n': typeof types.MfaEnrolmentDocument;
  '\n  mutation ConfirmMfa($code: String!) {\n    confirmMfa(code: $code)\n  }\n': typeof types.ConfirmMfaDocument;
  '\n  mutation TurnOffMfa($code: String!) {\n    turnOffMfa(code: $code)\n  }\n': typeof types.TurnOffMfaDocument;
  '\n  query MfaStatus {\n    mfaStatus {\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n': typeof types.MfaStatusDocument;
  '\n  query SecuritySettings {\n    securitySettings {\n      mfaRequired\n    }\n  }\n': typeof types.SecuritySettingsDocument;
  '\n  mutation SetMfaRequired($required: Boolean!) {\n    setMfaRequired(required: $required) {\n      mfaRequired\n    }\n  }\n': typeof types.SetMfaRequiredDocument;
  '\n  fragment MemberRow on Member {\n    id\n    userId\n    invitationId\n    email\n    displayName\n    role\n    schoolIds\n    educatorLead\n    status\n    expiresAt\n  }\n': typeof types.MemberRowFragmentDoc;
  '\n  query Members($first: Int, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n': typeof types.MembersDocument;
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...MemberRow\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...MemberRow\n    }\n  }\n': typeof types.UpdateMembershipDocument;
  '\n  mutation SuspendMember($userId: ID!) {\n    suspendMember(userId: $userId) {\n      ...MemberRow\n    }\n  }\n': typeof types.SuspendMemberDocument;
  '\n  mutation RestoreMember($userId: ID!) {\n    restoreMember(userId: $userId) {\n      ...MemberRow\n    }\n  }\n': typeof types.RestoreMemberDocument;
  '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      ...MemberRow\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      ...MemberRow\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      hasAccount\n      expiresAt\n      trust {\n        id\n        name\n      }\n    }\n  }\n': typeof types.InvitationPreviewDocument;
  '\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SessionPayload\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  fragment LaneFields on Lane {\n    capitalCost\n    revenueCost\n    initiatives {\n      id\n      title\n      problem\n      status\n      rag\n      ragReason\n      capitalCost\n      revenueCost\n      horizon\n      objectives {\n        id\n        title\n      }\n      owner {\n        displayName\n      }\n    }\n  }\n': typeof types.LaneFieldsFragmentDoc;
  '\n  query Roadmap {\n    roadmap {\n      now {\n        ...LaneFields\n      }\n      next {\n        ...LaneFields\n      }\n      later {\n        ...LaneFields\n      }\n    }\n  }\n': typeof types.RoadmapDocument;
  '\n  query Objectives {\n    objectives {\n      id\n      title\n      description\n      measures {\n        id\n        name\n        unit\n        baseline\n        target\n        current\n        progress\n        history {\n          value\n          recordedOn\n        }\n      }\n      initiatives {\n        id\n        title\n        rag\n        horizon\n      }\n    }\n  }\n': typeof types.ObjectivesDocument;
  '\n  query Standards {\n    standardsCoverage {\n      standard {\n        id\n        code\n        title\n      }\n      met\n      partlyMet\n      notMet\n      notAssessed\n    }\n    standardAssessments {\n      level\n      school {\n        id\n        name\n      }\n      standard {\n        id\n        code\n      }\n    }\n  }\n': typeof types.StandardsDocument;
  '\n  query Risks {\n    risks {\n      id\n      title\n      likelihood\n      impact\n      score\n      mitigation\n      status\n      owner {\n        displayName\n      }\n    }\n  }\n': typeof types.RisksDocument;
  '\n  mutation MoveInitiative($id: ID!, $horizon: Horizon!) {\n    moveInitiative(id: $id, horizon: $horizon) {\n      id\n      horizon\n    }\n  }\n': typeof types.MoveInitiativeDocument;
  '\n  mutation TurnGapIntoInitiative($standardId: ID!) {\n    turnGapIntoInitiative(standardId: $standardId) {\n      id\n    }\n  }\n': typeof types.TurnGapIntoInitiativeDocument;
  '\n  query RosterSources {\n    rosterSources {\n      id\n      kind\n      label\n      apiUrl\n      hasToken\n      syncedAt\n      feedUrlHost\n      graceDays\n      enabled\n      feedName\n      feedAt\n      feedCounts {\n        schools\n        people\n        skipped\n      }\n      roleRules {\n        misRole\n        role\n      }\n      runs {\n        ...RosterRunFields\n      }\n    }\n  }\n': typeof types.RosterSourcesDocument;
  '\n  fragment RosterRunFields on RosterRun {\n    id\n    previewId\n    trigger\n    status\n    startedByName\n    createdAt\n    finishedAt\n    error\n    summary {\n      added\n      changed\n      restored\n      leaving\n      suspended\n      skipped\n    }\n    progress {\n      done\n      total\n    }\n  }\n': typeof types.RosterRunFieldsFragmentDoc;
  '\n  mutation ConfigureRosterSource($input: RosterSourceInput!) {\n    configureRosterSource(input: $input) {\n      id\n    }\n  }\n': typeof types.ConfigureRosterSourceDocument;
  '\n  mutation PreviewRosterSync($sourceId: ID!) {\n    previewRosterSync(sourceId: $sourceId) {\n      id\n    }\n  }\n': typeof types.PreviewRosterSyncDocument;
  '\n  query RosterPreview($id: ID!, $kind: RosterEntryKind, $first: Int) {\n    rosterPreview(id: $id) {\n      id\n      sourceId\n      madeAt\n      needsConfirmation\n      suspendHeld\n      active\n      appliedRunId\n      counts {\n        add\n        change\n        restore\n        leaving\n        suspend\n        conflicts\n        unchanged\n      }\n      entries(kind: $kind, first: $first) {\n        totalCount\n        items {\n          kind\n          email\n          displayName\n          misId\n          detail\n          changes {\n            field\n            before\n            after\n          }\n          unknownSchool {\n            name\n            urn\n          }\n        }\n      }\n    }\n  }\n': typeof types.RosterPreviewDocument;
  '\n  mutation ApplyRosterSync($previewId: ID!, $confirm: Boolean) {\n    applyRosterSync(previewId: $previewId, confirm: $confirm) {\n      ...RosterRunFields\n    }\n  }\n': typeof types.ApplyRosterSyncDocument;
  '\n  query RosterRun($id: ID!) {\n    rosterRun(id: $id) {\n      ...RosterRunFields\n    }\n  }\n': typeof types.RosterRunDocument;
  '\n  query MemberSources($userId: ID!) {\n    memberSources(userId: $userId) {\n      misSource\n      misId\n      roleSetByHand\n      leavingSince\n      graceDays\n      signInWith\n    }\n  }\n': typeof types.MemberSourcesDocument;
  '\n  query AdminSchools($includeClosed: Boolean!) {\n    schools(includeClosed: $includeClosed) {\n      id\n      name\n      urn\n      phase\n      localAuthority\n      closedAt\n      sites {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AdminSchoolsDocument;
  '\n  mutation AddSchool($input: AddSchoolInput!) {\n    addSchool(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.AddSchoolDocument;
  '\n  mutation UpdateSchool($id: ID!, $input: UpdateSchoolInput!) {\n    updateSchool(id: $id, input: $input) {\n      id\n      name\n      urn\n      phase\n      localAuthority\n    }\n  }\n': typeof types.UpdateSchoolDocument;
  '\n  mutation CloseSchool($schoolId: ID!) {\n    closeSchool(schoolId: $schoolId) {\n      id\n      closedAt\n    }\n  }\n': typeof types.CloseSchoolDocument;
  '\n  query Schools {\n    schools {\n      id\n      name\n      urn\n      phase\n      localAuthority\n    }\n  }\n': typeof types.SchoolsDocument;
  '\n  query SchoolCalendar($schoolId: ID!, $from: Date, $to: Date) {\n    calendar(schoolId: $schoolId, from: $from, to: $to) {\n      id\n      kind\n      title\n      startsOn\n      endsOn\n      schoolId\n    }\n  }\n': typeof types.SchoolCalendarDocument;
  '\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    expiresAt\n    sessionHandoff\n    role\n    user {\n      id\n      email\n      displayName\n    }\n    trust {\n      id\n      name\n      code\n    }\n    memberships {\n      trust {\n        id\n        name\n        code\n      }\n      role\n    }\n  }\n': typeof types.SessionPayloadFragmentDoc;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionPayload\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SwitchTrust($trustId: ID!) {\n    switchTrust(trustId: $trustId) {\n      ...SessionPayload\n    }\n  }\n': typeof types.SwitchTrustDocument;
  '\n  query SetupNeeded {\n    setupNeeded\n  }\n': typeof types.SetupNeededDocument;
  '\n  mutation SetUpTrust($input: SetUpTrustInput!) {\n    setUpTrust(input: $input) {\n      ...SessionPayload\n    }\n  }\n': typeof types.SetUpTrustDocument;
  '\n  query SignInOptions($email: String!) {\n    signInOptions(email: $email) {\n      password\n      providers {\n        providerId\n        kind\n        label\n        trustName\n      }\n    }\n  }\n': typeof types.SignInOptionsDocument;
  '\n  query IdentityProviders {\n    identityProviders {\n      id\n      kind\n      label\n      tenantIds\n      hostedDomain\n      issuer\n      clientId\n      emailDomains\n      allowNewMembers\n      passwordSignIn\n      enabled\n      redirectUri\n      updatedAt\n    }\n  }\n': typeof types.IdentityProvidersDocument;
  '\n  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      id\n    }\n  }\n': typeof types.ConfigureIdentityProviderDocument;
  '\n  mutation TestIdentityProvider($providerId: ID!) {\n    testIdentityProvider(providerId: $providerId)\n  }\n': typeof types.TestIdentityProviderDocument;
  '\n  query EmailDomains {\n    emailDomains {\n      domain\n      verified\n      recordName\n      recordValue\n      checkedAt\n    }\n  }\n': typeof types.EmailDomainsDocument;
  '\n  mutation VerifyEmailDomain($domain: String!) {\n    verifyEmailDomain(domain: $domain) {\n      domain\n      verified\n    }\n  }\n': typeof types.VerifyEmailDomainDocument;
  '\n  query TechRequests {\n    techRequests {\n      id\n      kind\n      title\n      goal\n      reason\n      appName\n      status\n      createdAt\n      school {\n        name\n      }\n      requester {\n        id\n        displayName\n      }\n      decision {\n        outcome\n        reason\n        conditions\n        risks\n        alternatives\n        decidedBy {\n          displayName\n        }\n      }\n      appeal {\n        note\n        outcome\n        decisionNote\n        decidedBy {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.TechRequestsDocument;
  '\n  query ApprovedApps($text: String) {\n    approvedApps(text: $text) {\n      id\n      name\n      vendor\n      purpose\n      dpiaStatus\n    }\n  }\n': typeof types.ApprovedAppsDocument;
  '\n  mutation RaiseTechRequest($input: RaiseTechRequestInput!, $idempotencyKey: String) {\n    raiseTechRequest(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n': typeof types.RaiseTechRequestDocument;
  '\n  mutation DecideTechRequest($input: DecideTechRequestInput!) {\n    decideTechRequest(input: $input) {\n      id\n    }\n  }\n': typeof types.DecideTechRequestDocument;
  '\n  mutation AppealTechRequest($requestId: ID!, $note: String!) {\n    appealTechRequest(requestId: $requestId, note: $note) {\n      id\n    }\n  }\n': typeof types.AppealTechRequestDocument;
  '\n  mutation DecideAppeal($requestId: ID!, $decision: TechDecision!, $note: String!) {\n    decideAppeal(requestId: $requestId, decision: $decision, note: $note) {\n      id\n    }\n  }\n': typeof types.DecideAppealDocument;
  '\n  fragment TicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    kind\n    team\n    school {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    sla {\n      state\n      resolutionDueAt\n      resolutionWorkingMinutesLeft\n    }\n  }\n': typeof types.TicketRowFragmentDoc;
  '\n  query TicketQueue($filter: TicketFilter, $sort: TicketSort, $after: String) {\n    tickets(first: 50, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n  }\n': typeof types.TicketQueueDocument;
  '\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      description\n      category\n      csatScore\n      canRate\n      allowedMoves\n      createdAt\n      requester {\n        id\n        displayName\n      }\n      sla {\n        firstResponseDueAt\n        firstRespondedAt\n        firstResponseWarningAt\n        resolutionWarningAt\n        firstResponseTargetMinutes\n        resolutionTargetMinutes\n      }\n      parent {\n        id\n        number\n      }\n      children {\n        id\n        number\n        status\n      }\n      asset {\n        id\n        tag\n        type\n        model\n      }\n      attachments {\n        id\n        fileName\n        sizeBytes\n        url\n        createdAt\n      }\n      history {\n        action\n        summary\n        at\n        actor {\n          displayName\n        }\n      }\n      suggestedArticles {\n        id\n        title\n        body\n      }\n      replies {\n        id\n        body\n        internal\n        createdAt\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.TicketDocument;
  '\n  query SuggestArticles($text: String!, $schoolId: ID) {\n    suggestArticles(text: $text, schoolId: $schoolId) {\n      id\n      title\n      body\n    }\n  }\n': typeof types.SuggestArticlesDocument;
  '\n  query SchoolAssets($schoolId: ID) {\n    assets(schoolId: $schoolId, first: 200) {\n      id\n      tag\n      type\n      model\n    }\n  }\n': typeof types.SchoolAssetsDocument;
  '\n  mutation RaiseTicket($input: RaiseTicketInput!, $idempotencyKey: String) {\n    raiseTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n    }\n  }\n': typeof types.RaiseTicketDocument;
  '\n  mutation ReplyToTicket($ticketId: ID!, $body: String!, $internal: Boolean, $idempotencyKey: String) {\n    replyToTicket(ticketId: $ticketId, body: $body, internal: $internal, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n': typeof types.ReplyToTicketDocument;
  '\n  mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!) {\n    changeTicketStatus(ticketId: $ticketId, status: $status) {\n      id\n      status\n    }\n  }\n': typeof types.ChangeTicketStatusDocument;
  '\n  mutation AssignTicket($ticketId: ID!, $assigneeId: ID!) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      id\n    }\n  }\n': typeof types.AssignTicketDocument;
  '\n  mutation RateTicket($ticketId: ID!, $score: Int!, $comment: String) {\n    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {\n      id\n      csatScore\n    }\n  }\n': typeof types.RateTicketDocument;
  '\n  mutation LinkTicketAsset($ticketId: ID!, $assetId: ID) {\n    linkTicketAsset(ticketId: $ticketId, assetId: $assetId) {\n      id\n    }\n  }\n': typeof types.LinkTicketAssetDocument;
};
const documents: Documents = {
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(displayName: $displayName) {\n      id\n      displayName\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n': types.SignOutEverywhereDocument,
  '\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n':
    types.RequestEmailChangeDocument,
  '\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n':
    types.ConfirmEmailChangeDocument,
  '\n  fragment BoardRowFields on BoardRow {\n    school {\n      id\n    }\n    schoolName\n    phase\n    openTickets\n    ticketsOpened\n    ticketsResolved\n    slaMetPercent\n    breaches\n    medianFirstResponseMinutes\n    csatAverage\n    csatCount\n    enablementShare\n    openIncidents\n    maxSeverity\n    openIncidentsBySeverity {\n      sev1\n      sev2\n      sev3\n      sev4\n    }\n    icoClocksRunning\n    changesThisWeek\n    standardsCoverage\n    rag {\n      green\n      amber\n      red\n    }\n    trend {\n      weekStart\n      ticketsOpened\n      ticketsResolved\n      slaMetPercent\n    }\n  }\n':
    types.BoardRowFieldsFragmentDoc,
  '\n  query Board($from: Date, $to: Date) {\n    board(from: $from, to: $to) {\n      from\n      to\n      schools {\n        ...BoardRowFields\n      }\n      totals {\n        ...BoardRowFields\n      }\n    }\n  }\n':
    types.BoardDocument,
  '\n  query SchoolStatus($schoolId: ID!) {\n    schoolStatus(schoolId: $schoolId) {\n      ...BoardRowFields\n    }\n  }\n':
    types.SchoolStatusDocument,
  '\n  query ReportSchedules {\n    reportSchedules {\n      id\n      cadence\n      recipients\n      nextRunAt\n    }\n  }\n':
    types.ReportSchedulesDocument,
  '\n  mutation ScheduleBoardPack($cadence: ReportCadence!, $recipients: [String!]!) {\n    scheduleBoardPack(cadence: $cadence, recipients: $recipients) {\n      id\n    }\n  }\n':
    types.ScheduleBoardPackDocument,
  '\n  mutation CancelReportSchedule($id: ID!) {\n    cancelReportSchedule(id: $id)\n  }\n':
    types.CancelReportScheduleDocument,
  '\n  mutation AddCalendarEvent($input: AddCalendarEventInput!) {\n    addCalendarEvent(input: $input) {\n      id\n      kind\n      title\n      startsOn\n      endsOn\n      schoolId\n    }\n  }\n':
    types.AddCalendarEventDocument,
  '\n  mutation RemoveCalendarEvent($id: ID!) {\n    removeCalendarEvent(id: $id)\n  }\n':
    types.RemoveCalendarEventDocument,
  '\n  query Changes {\n    changes {\n      id\n      title\n      description\n      status\n      risk\n      classroomImpact\n      plan\n      backoutPlan\n      schools {\n        id\n        name\n      }\n      createdBy {\n        id\n        displayName\n      }\n      decisionComment\n      scheduledStart\n      scheduledEnd\n      consents {\n        school {\n          id\n          name\n        }\n        consentedBy {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.ChangesDocument,
  '\n  query ChangeCalendar($from: Date!, $to: Date!) {\n    changeCalendar(from: $from, to: $to) {\n      school {\n        id\n        name\n      }\n      freezes {\n        kind\n        title\n        startsOn\n        endsOn\n      }\n      changes {\n        id\n        title\n        scheduledStart\n      }\n    }\n  }\n':
    types.ChangeCalendarDocument,
  '\n  mutation CreateChange($input: CreateChangeInput!, $idempotencyKey: String) {\n    createChange(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n':
    types.CreateChangeDocument,
  '\n  mutation SubmitChange($changeId: ID!) {\n    submitChange(changeId: $changeId) {\n      id\n    }\n  }\n':
    types.SubmitChangeDocument,
  '\n  mutation ApproveChange($changeId: ID!, $comment: String) {\n    approveChange(changeId: $changeId, comment: $comment) {\n      id\n    }\n  }\n':
    types.ApproveChangeDocument,
  '\n  mutation RejectChange($changeId: ID!, $comment: String!) {\n    rejectChange(changeId: $changeId, comment: $comment) {\n      id\n    }\n  }\n':
    types.RejectChangeDocument,
  '\n  mutation ConsentToChange($changeId: ID!, $schoolId: ID!) {\n    consentToChange(changeId: $changeId, schoolId: $schoolId) {\n      id\n    }\n  }\n':
    types.ConsentToChangeDocument,
  '\n  mutation CompleteChange($changeId: ID!, $outcome: ChangeOutcome!) {\n    completeChange(changeId: $changeId, outcome: $outcome) {\n      id\n    }\n  }\n':
    types.CompleteChangeDocument,
  '\n  mutation ScheduleChange($changeId: ID!, $start: DateTime!, $end: DateTime!) {\n    scheduleChange(changeId: $changeId, start: $start, end: $end) {\n      id\n      status\n    }\n  }\n':
    types.ScheduleChangeDocument,
  '\n  query SlaTargets {\n    slaTargets {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      isDefault\n    }\n  }\n':
    types.SlaTargetsDocument,
  '\n  mutation SetSlaTarget($priority: Priority!, $firstResponseMinutes: Int!, $resolutionMinutes: Int!) {\n    setSlaTarget(\n      priority: $priority\n      firstResponseMinutes: $firstResponseMinutes\n      resolutionMinutes: $resolutionMinutes\n    ) {\n      priority\n    }\n  }\n':
    types.SetSlaTargetDocument,
  '\n  query RoutingRules {\n    routingRules {\n      id\n      team\n      category\n      school {\n        name\n      }\n      assignee {\n        displayName\n      }\n    }\n  }\n':
    types.RoutingRulesDocument,
  '\n  mutation AddRoutingRule($input: AddRoutingRuleInput!) {\n    addRoutingRule(input: $input) {\n      id\n    }\n  }\n':
    types.AddRoutingRuleDocument,
  '\n  mutation RemoveRoutingRule($id: ID!) {\n    removeRoutingRule(id: $id)\n  }\n': types.RemoveRoutingRuleDocument,
  '\n  fragment ReviewFields on Review {\n    findings\n    contributingFactors\n    publishedAt\n    reviewer {\n      displayName\n    }\n    actions {\n      id\n      title\n      dueOn\n      status\n      owner {\n        displayName\n      }\n    }\n  }\n':
    types.ReviewFieldsFragmentDoc,
  '\n  query Incidents {\n    incidents {\n      id\n      title\n      description\n      type\n      severity\n      state\n      awareAt\n      icoDeadline\n      icoNotifiedAt\n      reviewRequired\n      schools {\n        name\n      }\n      commander {\n        displayName\n      }\n      reviewer {\n        id\n        displayName\n      }\n      timeline {\n        id\n        at\n        body\n        author {\n          displayName\n        }\n      }\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n':
    types.IncidentsDocument,
  '\n  query PublishedReviews {\n    publishedReviews {\n      incident {\n        id\n        title\n        severity\n        type\n      }\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n':
    types.PublishedReviewsDocument,
  '\n  query ReviewerCandidates($incidentId: ID!) {\n    reviewerCandidates(incidentId: $incidentId) {\n      user {\n        id\n      }\n      displayName\n      role\n      independent\n      problems\n    }\n  }\n':
    types.ReviewerCandidatesDocument,
  '\n  mutation OpenIncident($input: OpenIncidentInput!, $idempotencyKey: String) {\n    openIncident(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n':
    types.OpenIncidentDocument,
  '\n  mutation AddTimelineEntry($incidentId: ID!, $body: String!) {\n    addTimelineEntry(incidentId: $incidentId, body: $body) {\n      id\n    }\n  }\n':
    types.AddTimelineEntryDocument,
  '\n  mutation SetIncidentState($incidentId: ID!, $state: IncidentState!) {\n    setIncidentState(incidentId: $incidentId, state: $state) {\n      id\n    }\n  }\n':
    types.SetIncidentStateDocument,
  '\n  mutation RecordIcoNotification($incidentId: ID!) {\n    recordIcoNotification(incidentId: $incidentId) {\n      id\n    }\n  }\n':
    types.RecordIcoNotificationDocument,
  '\n  mutation AssignReviewer($incidentId: ID!, $reviewerId: ID!) {\n    assignReviewer(incidentId: $incidentId, reviewerId: $reviewerId) {\n      id\n    }\n  }\n':
    types.AssignReviewerDocument,
  '\n  mutation PublishReview($input: PublishReviewInput!) {\n    publishReview(input: $input) {\n      findings\n    }\n  }\n':
    types.PublishReviewDocument,
  '\n  mutation CompleteReviewAction($actionId: ID!) {\n    completeReviewAction(actionId: $actionId) {\n      id\n    }\n  }\n':
    types.CompleteReviewActionDocument,
  '\n  mutation VerifySignIn($challenge: String!, $code: String!) {\n    verifySignIn(challenge: $challenge, code: $code) {\n      ...SessionPayload\n      recoveryCodes\n    }\n  }\n':
    types.VerifySignInDocument,
  '\n  mutation MfaEnrolment($challenge: String) {\n    mfaEnrolment(challenge: $challenge) {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n':
    types.MfaEnrolmentDocument,
  '\n  mutation ConfirmMfa($code: String!) {\n    confirmMfa(code: $code)\n  }\n': types.ConfirmMfaDocument,
  '\n  mutation TurnOffMfa($code: String!) {\n    turnOffMfa(code: $code)\n  }\n': types.TurnOffMfaDocument,
  '\n  query MfaStatus {\n    mfaStatus {\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n':
    types.MfaStatusDocument,
  '\n  query SecuritySettings {\n    securitySettings {\n      mfaRequired\n    }\n  }\n':
    types.SecuritySettingsDocument,
  '\n  mutation SetMfaRequired($required: Boolean!) {\n    setMfaRequired(required: $required) {\n      mfaRequired\n    }\n  }\n':
    types.SetMfaRequiredDocument,
  '\n  fragment MemberRow on Member {\n    id\n    userId\n    invitationId\n    email\n    displayName\n    role\n    schoolIds\n    educatorLead\n    status\n    expiresAt\n  }\n':
    types.MemberRowFragmentDoc,
  '\n  query Members($first: Int, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n':
    types.MembersDocument,
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...MemberRow\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...MemberRow\n    }\n  }\n':
    types.UpdateMembershipDocument,
  '\n  mutation SuspendMember($userId: ID!) {\n    suspendMember(userId: $userId) {\n      ...MemberRow\n    }\n  }\n':
    types.SuspendMemberDocument,
  '\n  mutation RestoreMember($userId: ID!) {\n    restoreMember(userId: $userId) {\n      ...MemberRow\n    }\n  }\n':
    types.RestoreMemberDocument,
  '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      ...MemberRow\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      ...MemberRow\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      hasAccount\n      expiresAt\n      trust {\n        id\n        name\n      }\n    }\n  }\n':
    types.InvitationPreviewDocument,
  '\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SessionPayload\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  fragment LaneFields on Lane {\n    capitalCost\n    revenueCost\n    initiatives {\n      id\n      title\n      problem\n      status\n      rag\n      ragReason\n      capitalCost\n      revenueCost\n      horizon\n      objectives {\n        id\n        title\n      }\n      owner {\n        displayName\n      }\n    }\n  }\n':
    types.LaneFieldsFragmentDoc,
  '\n  query Roadmap {\n    roadmap {\n      now {\n        ...LaneFields\n      }\n      next {\n        ...LaneFields\n      }\n      later {\n        ...LaneFields\n      }\n    }\n  }\n':
    types.RoadmapDocument,
  '\n  query Objectives {\n    objectives {\n      id\n      title\n      description\n      measures {\n        id\n        name\n        unit\n        baseline\n        target\n        current\n        progress\n        history {\n          value\n          recordedOn\n        }\n      }\n      initiatives {\n        id\n        title\n        rag\n        horizon\n      }\n    }\n  }\n':
    types.ObjectivesDocument,
  '\n  query Standards {\n    standardsCoverage {\n      standard {\n        id\n        code\n        title\n      }\n      met\n      partlyMet\n      notMet\n      notAssessed\n    }\n    standardAssessments {\n      level\n      school {\n        id\n        name\n      }\n      standard {\n        id\n        code\n      }\n    }\n  }\n':
    types.StandardsDocument,
  '\n  query Risks {\n    risks {\n      id\n      title\n      likelihood\n      impact\n      score\n      mitigation\n      status\n      owner {\n        displayName\n      }\n    }\n  }\n':
    types.RisksDocument,
  '\n  mutation MoveInitiative($id: ID!, $horizon: Horizon!) {\n    moveInitiative(id: $id, horizon: $horizon) {\n      id\n      horizon\n    }\n  }\n':
    types.MoveInitiativeDocument,
  '\n  mutation TurnGapIntoInitiative($standardId: ID!) {\n    turnGapIntoInitiative(standardId: $standardId) {\n      id\n    }\n  }\n':
    types.TurnGapIntoInitiativeDocument,
  '\n  query RosterSources {\n    rosterSources {\n      id\n      kind\n      label\n      apiUrl\n      hasToken\n      syncedAt\n      feedUrlHost\n      graceDays\n      enabled\n      feedName\n      feedAt\n      feedCounts {\n        schools\n        people\n        skipped\n      }\n      roleRules {\n        misRole\n        role\n      }\n      runs {\n        ...RosterRunFields\n      }\n    }\n  }\n':
    types.RosterSourcesDocument,
  '\n  fragment RosterRunFields on RosterRun {\n    id\n    previewId\n    trigger\n    status\n    startedByName\n    createdAt\n    finishedAt\n    error\n    summary {\n      added\n      changed\n      restored\n      leaving\n      suspended\n      skipped\n    }\n    progress {\n      done\n      total\n    }\n  }\n':
    types.RosterRunFieldsFragmentDoc,
  '\n  mutation ConfigureRosterSource($input: RosterSourceInput!) {\n    configureRosterSource(input: $input) {\n      id\n    }\n  }\n':
    types.ConfigureRosterSourceDocument,
  '\n  mutation PreviewRosterSync($sourceId: ID!) {\n    previewRosterSync(sourceId: $sourceId) {\n      id\n    }\n  }\n':
    types.PreviewRosterSyncDocument,
  '\n  query RosterPreview($id: ID!, $kind: RosterEntryKind, $first: Int) {\n    rosterPreview(id: $id) {\n      id\n      sourceId\n      madeAt\n      needsConfirmation\n      suspendHeld\n      active\n      appliedRunId\n      counts {\n        add\n        change\n        restore\n        leaving\n        suspend\n        conflicts\n        unchanged\n      }\n      entries(kind: $kind, first: $first) {\n        totalCount\n        items {\n          kind\n          email\n          displayName\n          misId\n          detail\n          changes {\n            field\n            before\n            after\n          }\n          unknownSchool {\n            name\n            urn\n          }\n        }\n      }\n    }\n  }\n':
    types.RosterPreviewDocument,
  '\n  mutation ApplyRosterSync($previewId: ID!, $confirm: Boolean) {\n    applyRosterSync(previewId: $previewId, confirm: $confirm) {\n      ...RosterRunFields\n    }\n  }\n':
    types.ApplyRosterSyncDocument,
  '\n  query RosterRun($id: ID!) {\n    rosterRun(id: $id) {\n      ...RosterRunFields\n    }\n  }\n':
    types.RosterRunDocument,
  '\n  query MemberSources($userId: ID!) {\n    memberSources(userId: $userId) {\n      misSource\n      misId\n      roleSetByHand\n      leavingSince\n      graceDays\n      signInWith\n    }\n  }\n':
    types.MemberSourcesDocument,
  '\n  query AdminSchools($includeClosed: Boolean!) {\n    schools(includeClosed: $includeClosed) {\n      id\n      name\n      urn\n      phase\n      localAuthority\n      closedAt\n      sites {\n        id\n        name\n      }\n    }\n  }\n':
    types.AdminSchoolsDocument,
  '\n  mutation AddSchool($input: AddSchoolInput!) {\n    addSchool(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.AddSchoolDocument,
  '\n  mutation UpdateSchool($id: ID!, $input: UpdateSchoolInput!) {\n    updateSchool(id: $id, input: $input) {\n      id\n      name\n      urn\n      phase\n      localAuthority\n    }\n  }\n':
    types.UpdateSchoolDocument,
  '\n  mutation CloseSchool($schoolId: ID!) {\n    closeSchool(schoolId: $schoolId) {\n      id\n      closedAt\n    }\n  }\n':
    types.CloseSchoolDocument,
  '\n  query Schools {\n    schools {\n      id\n      name\n      urn\n      phase\n      localAuthority\n    }\n  }\n':
    types.SchoolsDocument,
  '\n  query SchoolCalendar($schoolId: ID!, $from: Date, $to: Date) {\n    calendar(schoolId: $schoolId, from: $from, to: $to) {\n      id\n      kind\n      title\n      startsOn\n      endsOn\n      schoolId\n    }\n  }\n':
    types.SchoolCalendarDocument,
  '\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    expiresAt\n    sessionHandoff\n    role\n    user {\n      id\n      email\n      displayName\n    }\n    trust {\n      id\n      name\n      code\n    }\n    memberships {\n      trust {\n        id\n        name\n        code\n      }\n      role\n    }\n  }\n':
    types.SessionPayloadFragmentDoc,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionPayload\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SwitchTrust($trustId: ID!) {\n    switchTrust(trustId: $trustId) {\n      ...SessionPayload\n    }\n  }\n':
    types.SwitchTrustDocument,
  '\n  query SetupNeeded {\n    setupNeeded\n  }\n': types.SetupNeededDocument,
  '\n  mutation SetUpTrust($input: SetUpTrustInput!) {\n    setUpTrust(input: $input) {\n      ...SessionPayload\n    }\n  }\n':
    types.SetUpTrustDocument,
  '\n  query SignInOptions($email: String!) {\n    signInOptions(email: $email) {\n      password\n      providers {\n        providerId\n        kind\n        label\n        trustName\n      }\n    }\n  }\n':
    types.SignInOptionsDocument,
  '\n  query IdentityProviders {\n    identityProviders {\n      id\n      kind\n      label\n      tenantIds\n      hostedDomain\n      issuer\n      clientId\n      emailDomains\n      allowNewMembers\n      passwordSignIn\n      enabled\n      redirectUri\n      updatedAt\n    }\n  }\n':
    types.IdentityProvidersDocument,
  '\n  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      id\n    }\n  }\n':
    types.ConfigureIdentityProviderDocument,
  '\n  mutation TestIdentityProvider($providerId: ID!) {\n    testIdentityProvider(providerId: $providerId)\n  }\n':
    types.TestIdentityProviderDocument,
  '\n  query EmailDomains {\n    emailDomains {\n      domain\n      verified\n      recordName\n      recordValue\n      checkedAt\n    }\n  }\n':
    types.EmailDomainsDocument,
  '\n  mutation VerifyEmailDomain($domain: String!) {\n    verifyEmailDomain(domain: $domain) {\n      domain\n      verified\n    }\n  }\n':
    types.VerifyEmailDomainDocument,
  '\n  query TechRequests {\n    techRequests {\n      id\n      kind\n      title\n      goal\n      reason\n      appName\n      status\n      createdAt\n      school {\n        name\n      }\n      requester {\n        id\n        displayName\n      }\n      decision {\n        outcome\n        reason\n        conditions\n        risks\n        alternatives\n        decidedBy {\n          displayName\n        }\n      }\n      appeal {\n        note\n        outcome\n        decisionNote\n        decidedBy {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.TechRequestsDocument,
  '\n  query ApprovedApps($text: String) {\n    approvedApps(text: $text) {\n      id\n      name\n      vendor\n      purpose\n      dpiaStatus\n    }\n  }\n':
    types.ApprovedAppsDocument,
  '\n  mutation RaiseTechRequest($input: RaiseTechRequestInput!, $idempotencyKey: String) {\n    raiseTechRequest(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n':
    types.RaiseTechRequestDocument,
  '\n  mutation DecideTechRequest($input: DecideTechRequestInput!) {\n    decideTechRequest(input: $input) {\n      id\n    }\n  }\n':
    types.DecideTechRequestDocument,
  '\n  mutation AppealTechRequest($requestId: ID!, $note: String!) {\n    appealTechRequest(requestId: $requestId, note: $note) {\n      id\n    }\n  }\n':
    types.AppealTechRequestDocument,
  '\n  mutation DecideAppeal($requestId: ID!, $decision: TechDecision!, $note: String!) {\n    decideAppeal(requestId: $requestId, decision: $decision, note: $note) {\n      id\n    }\n  }\n':
    types.DecideAppealDocument,
  '\n  fragment TicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    kind\n    team\n    school {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    sla {\n      state\n      resolutionDueAt\n      resolutionWorkingMinutesLeft\n    }\n  }\n':
    types.TicketRowFragmentDoc,
  '\n  query TicketQueue($filter: TicketFilter, $sort: TicketSort, $after: String) {\n    tickets(first: 50, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n  }\n':
    types.TicketQueueDocument,
  '\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      description\n      category\n      csatScore\n      canRate\n      allowedMoves\n      createdAt\n      requester {\n        id\n        displayName\n      }\n      sla {\n        firstResponseDueAt\n        firstRespondedAt\n        firstResponseWarningAt\n        resolutionWarningAt\n        firstResponseTargetMinutes\n        resolutionTargetMinutes\n      }\n      parent {\n        id\n        number\n      }\n      children {\n        id\n        number\n        status\n      }\n      asset {\n        id\n        tag\n        type\n        model\n      }\n      attachments {\n        id\n        fileName\n        sizeBytes\n        url\n        createdAt\n      }\n      history {\n        action\n        summary\n        at\n        actor {\n          displayName\n        }\n      }\n      suggestedArticles {\n        id\n        title\n        body\n      }\n      replies {\n        id\n        body\n        internal\n        createdAt\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.TicketDocument,
  '\n  query SuggestArticles($text: String!, $schoolId: ID) {\n    suggestArticles(text: $text, schoolId: $schoolId) {\n      id\n      title\n      body\n    }\n  }\n':
    types.SuggestArticlesDocument,
  '\n  query SchoolAssets($schoolId: ID) {\n    assets(schoolId: $schoolId, first: 200) {\n      id\n      tag\n      type\n      model\n    }\n  }\n':
    types.SchoolAssetsDocument,
  '\n  mutation RaiseTicket($input: RaiseTicketInput!, $idempotencyKey: String) {\n    raiseTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n    }\n  }\n':
    types.RaiseTicketDocument,
  '\n  mutation ReplyToTicket($ticketId: ID!, $body: String!, $internal: Boolean, $idempotencyKey: String) {\n    replyToTicket(ticketId: $ticketId, body: $body, internal: $internal, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n':
    types.ReplyToTicketDocument,
  '\n  mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!) {\n    changeTicketStatus(ticketId: $ticketId, status: $status) {\n      id\n      status\n    }\n  }\n':
    types.ChangeTicketStatusDocument,
  '\n  mutation AssignTicket($ticketId: ID!, $assigneeId: ID!) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      id\n    }\n  }\n':
    types.AssignTicketDocument,
  '\n  mutation RateTicket($ticketId: ID!, $score: Int!, $comment: String) {\n    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {\n      id\n      csatScore\n    }\n  }\n':
    types.RateTicketDocument,
  '\n  mutation LinkTicketAsset($ticketId: ID!, $assetId: ID) {\n    linkTicketAsset(ticketId: $ticketId, assetId: $assetId) {\n      id\n    }\n  }\n':
    types.LinkTicketAssetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n',
): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n',
): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(displayName: $displayName) {\n      id\n      displayName\n    }\n  }\n',
): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n',
): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n',
): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n',
): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BoardRowFields on BoardRow {\n    school {\n      id\n    }\n    schoolName\n    phase\n    openTickets\n    ticketsOpened\n    ticketsResolved\n    slaMetPercent\n    breaches\n    medianFirstResponseMinutes\n    csatAverage\n    csatCount\n    enablementShare\n    openIncidents\n    maxSeverity\n    openIncidentsBySeverity {\n      sev1\n      sev2\n      sev3\n      sev4\n    }\n    icoClocksRunning\n    changesThisWeek\n    standardsCoverage\n    rag {\n      green\n      amber\n      red\n    }\n    trend {\n      weekStart\n      ticketsOpened\n      ticketsResolved\n      slaMetPercent\n    }\n  }\n',
): typeof import('./graphql').BoardRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Board($from: Date, $to: Date) {\n    board(from: $from, to: $to) {\n      from\n      to\n      schools {\n        ...BoardRowFields\n      }\n      totals {\n        ...BoardRowFields\n      }\n    }\n  }\n',
): typeof import('./graphql').BoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolStatus($schoolId: ID!) {\n    schoolStatus(schoolId: $schoolId) {\n      ...BoardRowFields\n    }\n  }\n',
): typeof import('./graphql').SchoolStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportSchedules {\n    reportSchedules {\n      id\n      cadence\n      recipients\n      nextRunAt\n    }\n  }\n',
): typeof import('./graphql').ReportSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleBoardPack($cadence: ReportCadence!, $recipients: [String!]!) {\n    scheduleBoardPack(cadence: $cadence, recipients: $recipients) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ScheduleBoardPackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelReportSchedule($id: ID!) {\n    cancelReportSchedule(id: $id)\n  }\n',
): typeof import('./graphql').CancelReportScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCalendarEvent($input: AddCalendarEventInput!) {\n    addCalendarEvent(input: $input) {\n      id\n      kind\n      title\n      startsOn\n      endsOn\n      schoolId\n    }\n  }\n',
): typeof import('./graphql').AddCalendarEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCalendarEvent($id: ID!) {\n    removeCalendarEvent(id: $id)\n  }\n',
): typeof import('./graphql').RemoveCalendarEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Changes {\n    changes {\n      id\n      title\n      description\n      status\n      risk\n      classroomImpact\n      plan\n      backoutPlan\n      schools {\n        id\n        name\n      }\n      createdBy {\n        id\n        displayName\n      }\n      decisionComment\n      scheduledStart\n      scheduledEnd\n      consents {\n        school {\n          id\n          name\n        }\n        consentedBy {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChangeCalendar($from: Date!, $to: Date!) {\n    changeCalendar(from: $from, to: $to) {\n      school {\n        id\n        name\n      }\n      freezes {\n        kind\n        title\n        startsOn\n        endsOn\n      }\n      changes {\n        id\n        title\n        scheduledStart\n      }\n    }\n  }\n',
): typeof import('./graphql').ChangeCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateChange($input: CreateChangeInput!, $idempotencyKey: String) {\n    createChange(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n',
): typeof import('./graphql').CreateChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitChange($changeId: ID!) {\n    submitChange(changeId: $changeId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').SubmitChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveChange($changeId: ID!, $comment: String) {\n    approveChange(changeId: $changeId, comment: $comment) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ApproveChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectChange($changeId: ID!, $comment: String!) {\n    rejectChange(changeId: $changeId, comment: $comment) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RejectChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsentToChange($changeId: ID!, $schoolId: ID!) {\n    consentToChange(changeId: $changeId, schoolId: $schoolId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ConsentToChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteChange($changeId: ID!, $outcome: ChangeOutcome!) {\n    completeChange(changeId: $changeId, outcome: $outcome) {\n      id\n    }\n  }\n',
): typeof import('./graphql').CompleteChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleChange($changeId: ID!, $start: DateTime!, $end: DateTime!) {\n    scheduleChange(changeId: $changeId, start: $start, end: $end) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').ScheduleChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SlaTargets {\n    slaTargets {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      isDefault\n    }\n  }\n',
): typeof import('./graphql').SlaTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSlaTarget($priority: Priority!, $firstResponseMinutes: Int!, $resolutionMinutes: Int!) {\n    setSlaTarget(\n      priority: $priority\n      firstResponseMinutes: $firstResponseMinutes\n      resolutionMinutes: $resolutionMinutes\n    ) {\n      priority\n    }\n  }\n',
): typeof import('./graphql').SetSlaTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoutingRules {\n    routingRules {\n      id\n      team\n      category\n      school {\n        name\n      }\n      assignee {\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').RoutingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddRoutingRule($input: AddRoutingRuleInput!) {\n    addRoutingRule(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').AddRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveRoutingRule($id: ID!) {\n    removeRoutingRule(id: $id)\n  }\n',
): typeof import('./graphql').RemoveRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewFields on Review {\n    findings\n    contributingFactors\n    publishedAt\n    reviewer {\n      displayName\n    }\n    actions {\n      id\n      title\n      dueOn\n      status\n      owner {\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').ReviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Incidents {\n    incidents {\n      id\n      title\n      description\n      type\n      severity\n      state\n      awareAt\n      icoDeadline\n      icoNotifiedAt\n      reviewRequired\n      schools {\n        name\n      }\n      commander {\n        displayName\n      }\n      reviewer {\n        id\n        displayName\n      }\n      timeline {\n        id\n        at\n        body\n        author {\n          displayName\n        }\n      }\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n',
): typeof import('./graphql').IncidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublishedReviews {\n    publishedReviews {\n      incident {\n        id\n        title\n        severity\n        type\n      }\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n',
): typeof import('./graphql').PublishedReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewerCandidates($incidentId: ID!) {\n    reviewerCandidates(incidentId: $incidentId) {\n      user {\n        id\n      }\n      displayName\n      role\n      independent\n      problems\n    }\n  }\n',
): typeof import('./graphql').ReviewerCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenIncident($input: OpenIncidentInput!, $idempotencyKey: String) {\n    openIncident(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n',
): typeof import('./graphql').OpenIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddTimelineEntry($incidentId: ID!, $body: String!) {\n    addTimelineEntry(incidentId: $incidentId, body: $body) {\n      id\n    }\n  }\n',
): typeof import('./graphql').AddTimelineEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetIncidentState($incidentId: ID!, $state: IncidentState!) {\n    setIncidentState(incidentId: $incidentId, state: $state) {\n      id\n    }\n  }\n',
): typeof import('./graphql').SetIncidentStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordIcoNotification($incidentId: ID!) {\n    recordIcoNotification(incidentId: $incidentId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RecordIcoNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignReviewer($incidentId: ID!, $reviewerId: ID!) {\n    assignReviewer(incidentId: $incidentId, reviewerId: $reviewerId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').AssignReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishReview($input: PublishReviewInput!) {\n    publishReview(input: $input) {\n      findings\n    }\n  }\n',
): typeof import('./graphql').PublishReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteReviewAction($actionId: ID!) {\n    completeReviewAction(actionId: $actionId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').CompleteReviewActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifySignIn($challenge: String!, $code: String!) {\n    verifySignIn(challenge: $challenge, code: $code) {\n      ...SessionPayload\n      recoveryCodes\n    }\n  }\n',
): typeof import('./graphql').VerifySignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MfaEnrolment($challenge: String) {\n    mfaEnrolment(challenge: $challenge) {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n',
): typeof import('./graphql').MfaEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmMfa($code: String!) {\n    confirmMfa(code: $code)\n  }\n',
): typeof import('./graphql').ConfirmMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TurnOffMfa($code: String!) {\n    turnOffMfa(code: $code)\n  }\n',
): typeof import('./graphql').TurnOffMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MfaStatus {\n    mfaStatus {\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n',
): typeof import('./graphql').MfaStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SecuritySettings {\n    securitySettings {\n      mfaRequired\n    }\n  }\n',
): typeof import('./graphql').SecuritySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMfaRequired($required: Boolean!) {\n    setMfaRequired(required: $required) {\n      mfaRequired\n    }\n  }\n',
): typeof import('./graphql').SetMfaRequiredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MemberRow on Member {\n    id\n    userId\n    invitationId\n    email\n    displayName\n    role\n    schoolIds\n    educatorLead\n    status\n    expiresAt\n  }\n',
): typeof import('./graphql').MemberRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Members($first: Int, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...MemberRow\n    }\n  }\n',
): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...MemberRow\n    }\n  }\n',
): typeof import('./graphql').UpdateMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendMember($userId: ID!) {\n    suspendMember(userId: $userId) {\n      ...MemberRow\n    }\n  }\n',
): typeof import('./graphql').SuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreMember($userId: ID!) {\n    restoreMember(userId: $userId) {\n      ...MemberRow\n    }\n  }\n',
): typeof import('./graphql').RestoreMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      ...MemberRow\n    }\n  }\n',
): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      ...MemberRow\n    }\n  }\n',
): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      hasAccount\n      expiresAt\n      trust {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...SessionPayload\n    }\n  }\n',
): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LaneFields on Lane {\n    capitalCost\n    revenueCost\n    initiatives {\n      id\n      title\n      problem\n      status\n      rag\n      ragReason\n      capitalCost\n      revenueCost\n      horizon\n      objectives {\n        id\n        title\n      }\n      owner {\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').LaneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Roadmap {\n    roadmap {\n      now {\n        ...LaneFields\n      }\n      next {\n        ...LaneFields\n      }\n      later {\n        ...LaneFields\n      }\n    }\n  }\n',
): typeof import('./graphql').RoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Objectives {\n    objectives {\n      id\n      title\n      description\n      measures {\n        id\n        name\n        unit\n        baseline\n        target\n        current\n        progress\n        history {\n          value\n          recordedOn\n        }\n      }\n      initiatives {\n        id\n        title\n        rag\n        horizon\n      }\n    }\n  }\n',
): typeof import('./graphql').ObjectivesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Standards {\n    standardsCoverage {\n      standard {\n        id\n        code\n        title\n      }\n      met\n      partlyMet\n      notMet\n      notAssessed\n    }\n    standardAssessments {\n      level\n      school {\n        id\n        name\n      }\n      standard {\n        id\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql').StandardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Risks {\n    risks {\n      id\n      title\n      likelihood\n      impact\n      score\n      mitigation\n      status\n      owner {\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').RisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveInitiative($id: ID!, $horizon: Horizon!) {\n    moveInitiative(id: $id, horizon: $horizon) {\n      id\n      horizon\n    }\n  }\n',
): typeof import('./graphql').MoveInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TurnGapIntoInitiative($standardId: ID!) {\n    turnGapIntoInitiative(standardId: $standardId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').TurnGapIntoInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterSources {\n    rosterSources {\n      id\n      kind\n      label\n      apiUrl\n      hasToken\n      syncedAt\n      feedUrlHost\n      graceDays\n      enabled\n      feedName\n      feedAt\n      feedCounts {\n        schools\n        people\n        skipped\n      }\n      roleRules {\n        misRole\n        role\n      }\n      runs {\n        ...RosterRunFields\n      }\n    }\n  }\n',
): typeof import('./graphql').RosterSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RosterRunFields on RosterRun {\n    id\n    previewId\n    trigger\n    status\n    startedByName\n    createdAt\n    finishedAt\n    error\n    summary {\n      added\n      changed\n      restored\n      leaving\n      suspended\n      skipped\n    }\n    progress {\n      done\n      total\n    }\n  }\n',
): typeof import('./graphql').RosterRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfigureRosterSource($input: RosterSourceInput!) {\n    configureRosterSource(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ConfigureRosterSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PreviewRosterSync($sourceId: ID!) {\n    previewRosterSync(sourceId: $sourceId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').PreviewRosterSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterPreview($id: ID!, $kind: RosterEntryKind, $first: Int) {\n    rosterPreview(id: $id) {\n      id\n      sourceId\n      madeAt\n      needsConfirmation\n      suspendHeld\n      active\n      appliedRunId\n      counts {\n        add\n        change\n        restore\n        leaving\n        suspend\n        conflicts\n        unchanged\n      }\n      entries(kind: $kind, first: $first) {\n        totalCount\n        items {\n          kind\n          email\n          displayName\n          misId\n          detail\n          changes {\n            field\n            before\n            after\n          }\n          unknownSchool {\n            name\n            urn\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RosterPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyRosterSync($previewId: ID!, $confirm: Boolean) {\n    applyRosterSync(previewId: $previewId, confirm: $confirm) {\n      ...RosterRunFields\n    }\n  }\n',
): typeof import('./graphql').ApplyRosterSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterRun($id: ID!) {\n    rosterRun(id: $id) {\n      ...RosterRunFields\n    }\n  }\n',
): typeof import('./graphql').RosterRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberSources($userId: ID!) {\n    memberSources(userId: $userId) {\n      misSource\n      misId\n      roleSetByHand\n      leavingSince\n      graceDays\n      signInWith\n    }\n  }\n',
): typeof import('./graphql').MemberSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminSchools($includeClosed: Boolean!) {\n    schools(includeClosed: $includeClosed) {\n      id\n      name\n      urn\n      phase\n      localAuthority\n      closedAt\n      sites {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').AdminSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddSchool($input: AddSchoolInput!) {\n    addSchool(input: $input) {\n      id\n      name\n    }\n  }\n',
): typeof import('./graphql').AddSchoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSchool($id: ID!, $input: UpdateSchoolInput!) {\n    updateSchool(id: $id, input: $input) {\n      id\n      name\n      urn\n      phase\n      localAuthority\n    }\n  }\n',
): typeof import('./graphql').UpdateSchoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseSchool($schoolId: ID!) {\n    closeSchool(schoolId: $schoolId) {\n      id\n      closedAt\n    }\n  }\n',
): typeof import('./graphql').CloseSchoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Schools {\n    schools {\n      id\n      name\n      urn\n      phase\n      localAuthority\n    }\n  }\n',
): typeof import('./graphql').SchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolCalendar($schoolId: ID!, $from: Date, $to: Date) {\n    calendar(schoolId: $schoolId, from: $from, to: $to) {\n      id\n      kind\n      title\n      startsOn\n      endsOn\n      schoolId\n    }\n  }\n',
): typeof import('./graphql').SchoolCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    expiresAt\n    sessionHandoff\n    role\n    user {\n      id\n      email\n      displayName\n    }\n    trust {\n      id\n      name\n      code\n    }\n    memberships {\n      trust {\n        id\n        name\n        code\n      }\n      role\n    }\n  }\n',
): typeof import('./graphql').SessionPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...SessionPayload\n    }\n  }\n',
): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SwitchTrust($trustId: ID!) {\n    switchTrust(trustId: $trustId) {\n      ...SessionPayload\n    }\n  }\n',
): typeof import('./graphql').SwitchTrustDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SetupNeeded {\n    setupNeeded\n  }\n',
): typeof import('./graphql').SetupNeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUpTrust($input: SetUpTrustInput!) {\n    setUpTrust(input: $input) {\n      ...SessionPayload\n    }\n  }\n',
): typeof import('./graphql').SetUpTrustDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignInOptions($email: String!) {\n    signInOptions(email: $email) {\n      password\n      providers {\n        providerId\n        kind\n        label\n        trustName\n      }\n    }\n  }\n',
): typeof import('./graphql').SignInOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IdentityProviders {\n    identityProviders {\n      id\n      kind\n      label\n      tenantIds\n      hostedDomain\n      issuer\n      clientId\n      emailDomains\n      allowNewMembers\n      passwordSignIn\n      enabled\n      redirectUri\n      updatedAt\n    }\n  }\n',
): typeof import('./graphql').IdentityProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ConfigureIdentityProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TestIdentityProvider($providerId: ID!) {\n    testIdentityProvider(providerId: $providerId)\n  }\n',
): typeof import('./graphql').TestIdentityProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmailDomains {\n    emailDomains {\n      domain\n      verified\n      recordName\n      recordValue\n      checkedAt\n    }\n  }\n',
): typeof import('./graphql').EmailDomainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyEmailDomain($domain: String!) {\n    verifyEmailDomain(domain: $domain) {\n      domain\n      verified\n    }\n  }\n',
): typeof import('./graphql').VerifyEmailDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TechRequests {\n    techRequests {\n      id\n      kind\n      title\n      goal\n      reason\n      appName\n      status\n      createdAt\n      school {\n        name\n      }\n      requester {\n        id\n        displayName\n      }\n      decision {\n        outcome\n        reason\n        conditions\n        risks\n        alternatives\n        decidedBy {\n          displayName\n        }\n      }\n      appeal {\n        note\n        outcome\n        decisionNote\n        decidedBy {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').TechRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApprovedApps($text: String) {\n    approvedApps(text: $text) {\n      id\n      name\n      vendor\n      purpose\n      dpiaStatus\n    }\n  }\n',
): typeof import('./graphql').ApprovedAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RaiseTechRequest($input: RaiseTechRequestInput!, $idempotencyKey: String) {\n    raiseTechRequest(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RaiseTechRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideTechRequest($input: DecideTechRequestInput!) {\n    decideTechRequest(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').DecideTechRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AppealTechRequest($requestId: ID!, $note: String!) {\n    appealTechRequest(requestId: $requestId, note: $note) {\n      id\n    }\n  }\n',
): typeof import('./graphql').AppealTechRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideAppeal($requestId: ID!, $decision: TechDecision!, $note: String!) {\n    decideAppeal(requestId: $requestId, decision: $decision, note: $note) {\n      id\n    }\n  }\n',
): typeof import('./graphql').DecideAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    kind\n    team\n    school {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    sla {\n      state\n      resolutionDueAt\n      resolutionWorkingMinutesLeft\n    }\n  }\n',
): typeof import('./graphql').TicketRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TicketQueue($filter: TicketFilter, $sort: TicketSort, $after: String) {\n    tickets(first: 50, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').TicketQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      description\n      category\n      csatScore\n      canRate\n      allowedMoves\n      createdAt\n      requester {\n        id\n        displayName\n      }\n      sla {\n        firstResponseDueAt\n        firstRespondedAt\n        firstResponseWarningAt\n        resolutionWarningAt\n        firstResponseTargetMinutes\n        resolutionTargetMinutes\n      }\n      parent {\n        id\n        number\n      }\n      children {\n        id\n        number\n        status\n      }\n      asset {\n        id\n        tag\n        type\n        model\n      }\n      attachments {\n        id\n        fileName\n        sizeBytes\n        url\n        createdAt\n      }\n      history {\n        action\n        summary\n        at\n        actor {\n          displayName\n        }\n      }\n      suggestedArticles {\n        id\n        title\n        body\n      }\n      replies {\n        id\n        body\n        internal\n        createdAt\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').TicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SuggestArticles($text: String!, $schoolId: ID) {\n    suggestArticles(text: $text, schoolId: $schoolId) {\n      id\n      title\n      body\n    }\n  }\n',
): typeof import('./graphql').SuggestArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolAssets($schoolId: ID) {\n    assets(schoolId: $schoolId, first: 200) {\n      id\n      tag\n      type\n      model\n    }\n  }\n',
): typeof import('./graphql').SchoolAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RaiseTicket($input: RaiseTicketInput!, $idempotencyKey: String) {\n    raiseTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n    }\n  }\n',
): typeof import('./graphql').RaiseTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToTicket($ticketId: ID!, $body: String!, $internal: Boolean, $idempotencyKey: String) {\n    replyToTicket(ticketId: $ticketId, body: $body, internal: $internal, idempotencyKey: $idempotencyKey) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ReplyToTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!) {\n    changeTicketStatus(ticketId: $ticketId, status: $status) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').ChangeTicketStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignTicket($ticketId: ID!, $assigneeId: ID!) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').AssignTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RateTicket($ticketId: ID!, $score: Int!, $comment: String) {\n    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {\n      id\n      csatScore\n    }\n  }\n',
): typeof import('./graphql').RateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkTicketAsset($ticketId: ID!, $assetId: ID) {\n    linkTicketAsset(ticketId: $ticketId, assetId: $assetId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').LinkTicketAssetDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
