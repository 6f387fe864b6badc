import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RosterSourceKindEnum {
  ONEROSTER_CSV = 'ONEROSTER_CSV',
  WONDE = 'WONDE',
}
registerEnumType(RosterSourceKindEnum, {
  name: 'RosterSourceKind',
  description:
    'ONEROSTER_CSV: OneRoster 1.1/1.2 CSV files (as School Data Sync and MIS exports write them), uploaded; WONDE: read from Wonde with the integration token (nightly changes, weekly in full)',
});

export enum RosterRunTriggerEnum {
  DIRECTOR = 'DIRECTOR',
  NIGHTLY = 'NIGHTLY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(RosterRunTriggerEnum, { name: 'RosterRunTrigger' });

export enum RosterEntryKindEnum {
  ADD = 'ADD',
  CHANGE = 'CHANGE',
  RESTORE = 'RESTORE',
  LEAVING = 'LEAVING',
  SUSPEND = 'SUSPEND',
  CONFLICT = 'CONFLICT',
}
registerEnumType(RosterEntryKindEnum, { name: 'RosterEntryKind' });

export enum RosterRunStatusEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  WAITING = 'WAITING',
}
registerEnumType(RosterRunStatusEnum, {
  name: 'RosterRunStatus',
  description: 'WAITING: a scheduled sync that would take over 10% waits for a director to apply its preview',
});

@ObjectType({ description: 'An MIS role (OneRoster role, lower case) and the TrustOps role it gives' })
export class RoleRuleView {
  @Field() misRole: string;
  @Field() role: string;
}

@InputType()
export class RoleRuleInput {
  @Field() misRole: string;
  @Field({ description: 'STAFF, EXECUTIVE or GOVERNOR: a sync never gives an IT role' }) role: string;
}

@ObjectType()
export class FeedCounts {
  @Field(() => Int) schools: number;
  @Field(() => Int, { description: 'Staff listed' }) people: number;
  @Field(() => Int, { description: 'Pupils, parents and guardians left out (never imported)' }) skipped: number;
}

@ObjectType()
export class RosterCounts {
  @Field(() => Int) add: number;
  @Field(() => Int) change: number;
  @Field(() => Int) restore: number;
  @Field(() => Int) leaving: number;
  @Field(() => Int) suspend: number;
  @Field(() => Int) conflicts: number;
  @Field(() => Int) unchanged: number;
}

@ObjectType()
export class RunProgressView {
  @Field(() => Int) done: number;
  @Field(() => Int) total: number;
}

@ObjectType()
export class RunSummary {
  @Field(() => Int) added: number;
  @Field(() => Int) changed: number;
  @Field(() => Int) restored: number;
  @Field(() => Int) leaving: number;
  @Field(() => Int) suspended: number;
  @Field(() => Int, { description: 'Changed by hand since the preview, so left as they are' }) skipped: number;
}

@ObjectType({ description: 'A sync applied (or being applied): who started it, how far it is, what it did' })
export class RosterRun {
  @Field(() => ID) id: string;
  @Field(() => ID) sourceId: string;
  @Field(() => ID, { nullable: true, description: 'None for a scheduled read that failed' }) previewId: string | null;
  @Field(() => RosterRunTriggerEnum) trigger: RosterRunTriggerEnum;
  @Field(() => RosterRunStatusEnum) status: RosterRunStatusEnum;
  @Field(() => String, { nullable: true }) startedByName: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => RunSummary, { nullable: true }) summary: RunSummary | null;
  @Field(() => String, { nullable: true }) error: string | null;
}

@ObjectType({ description: "A source of the trust's staff (its IT directors manage it)" })
export class RosterSource {
  @Field(() => ID) id: string;
  @Field(() => RosterSourceKindEnum) kind: RosterSourceKindEnum;
  @Field() label: string;
  @Field(() => String, { nullable: true, description: 'WONDE: the API address' }) apiUrl: string | null;
  @Field({ description: 'WONDE: a token is held (it is never shown)' }) hasToken: boolean;
  @Field(() => Date, { nullable: true, description: 'WONDE: when the last read began' }) syncedAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'ONEROSTER_CSV fetched from an address: its host (the address itself is kept sealed)',
  })
  feedUrlHost: string | null;
  @Field(() => Int, { description: 'Days a leaver stays active after first missing from the MIS' }) graceDays: number;
  @Field(() => [RoleRuleView]) roleRules: RoleRuleView[];
  @Field() enabled: boolean;
  @Field(() => String, { nullable: true, description: 'The last file uploaded' }) feedName: string | null;
  @Field(() => Date, { nullable: true }) feedAt: Date | null;
  @Field(() => FeedCounts, { nullable: true }) feedCounts: FeedCounts | null;
  @Field() updatedAt: Date;
}

@InputType()
export class RosterSourceInput {
  @Field(() => ID, { nullable: true, description: 'To change a source; absent adds one' }) id?: string | null;
  @Field(() => RosterSourceKindEnum, { nullable: true, description: 'When adding; default ONEROSTER_CSV' })
  kind?: RosterSourceKindEnum | null;
  @Field() label: string;
  @Field(() => String, { nullable: true, description: 'WONDE: default https://api.wonde.com/v1.0' }) apiUrl?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'WONDE: required when adding; when changing, absent keeps the one held',
  })
  token?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "ONEROSTER_CSV: an address to fetch the ZIP from every night ('' removes it; absent keeps it)",
  })
  feedUrl?: string | null;
  @Field(() => Int, { nullable: true, description: 'Default 30' }) graceDays?: number | null;
  @Field(() => [RoleRuleInput], { nullable: true }) roleRules?: RoleRuleInput[] | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
}

@ObjectType()
export class FieldChangeView {
  @Field() field: string;
  @Field() before: string;
  @Field() after: string;
}

@ObjectType({ description: 'A school the MIS lists that is not in the trust (matched by URN)' })
export class UnknownSchool {
  @Field() name: string;
  @Field() urn: string;
}

@ObjectType()
export class RosterEntryView {
  @Field(() => RosterEntryKindEnum) kind: RosterEntryKindEnum;
  @Field() email: string;
  @Field(() => String, { nullable: true }) displayName: string | null;
  @Field(() => String, { nullable: true }) misId: string | null;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field(() => [FieldChangeView]) changes: FieldChangeView[];
  @Field(() => UnknownSchool, { nullable: true, description: 'UNKNOWN_SCHOOL: add it to the trust if it should be' })
  unknownSchool?: UnknownSchool | null;
}

@ObjectType()
export class RosterEntryPage {
  @Field(() => Int) totalCount: number;
  @Field(() => [RosterEntryView]) items: RosterEntryView[];
}

@ObjectType({ description: 'What a sync would do, before it does anything' })
export class RosterPreviewView {
  @Field(() => ID) id: string;
  @Field(() => ID) sourceId: string;
  @Field() madeAt: Date;
  @Field(() => RosterCounts) counts: RosterCounts;
  @Field({ description: 'An empty or partial feed: nobody is marked as leaving or suspended' }) suspendHeld: boolean;
  @Field({ description: 'Over 10% of active members would go: apply only with confirm' }) needsConfirmation: boolean;
  @Field(() => Int) active: number;
  @Field(() => ID, { nullable: true }) appliedRunId: string | null;
}

@ObjectType({ description: "Where a member's fields come from: the MIS, an identity provider, or TrustOps" })
export class MemberSources {
  @Field(() => String, { nullable: true, description: 'The roster source that keeps name and schools in step' })
  misSource: string | null;
  @Field(() => String, { nullable: true }) misId: string | null;
  @Field({ description: 'The role was set by hand: syncs leave it alone' }) roleSetByHand: boolean;
  @Field(() => Date, { nullable: true, description: 'The MIS stopped listing them then' }) leavingSince: Date | null;
  @Field(() => Int, { nullable: true, description: "The source's grace period, in days" }) graceDays: number | null;
  @Field(() => [String], { description: 'Identity providers they are linked to' }) signInWith: string[];
}
