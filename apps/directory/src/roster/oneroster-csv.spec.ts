import { parseOneRoster } from './oneroster-csv';

const csv = (...lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n');
const ORGS = csv(
  'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId',
  'org-trust,active,2026-09-01,Northstar Learning Trust,district,,',
  'org-oak,active,2026-09-01,Oakfield Primary School,school,107001,org-trust',
  'org-beech,active,2026-09-01,Beech Hill Primary School,school,107002,org-trust',
  'org-old,tobedeleted,2026-09-01,Closed School,school,107099,org-trust',
);
// OneRoster 1.2: roles in their own file.
const USERS_12 = csv(
  'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password',
  'u-1,active,2026-09-01,true,jo,,Jo,Bloggs,,,Jo.Bloggs@Northstar.example,,,,,',
  'u-2,active,2026-09-01,true,sam,,Sam,Okafor,,,sam@northstar.example,,,,,',
  'u-3,active,2026-09-01,true,pupil,,Amy,Pupil,,,amy@pupils.example,,,,,',
  'u-4,tobedeleted,2026-09-01,true,gone,,Lee,Gone,,,lee@northstar.example,,,,,',
);
const ROLES_12 = csv(
  'sourcedId,status,dateLastModified,userSourcedId,roleType,role,orgSourcedId,userProfileSourcedId,beginDate,endDate',
  'r-1,active,2026-09-01,u-1,primary,teacher,org-oak,,,',
  'r-2,active,2026-09-01,u-1,secondary,teacher,org-beech,,,',
  'r-3,active,2026-09-01,u-2,primary,principal,org-beech,,,',
  'r-4,active,2026-09-01,u-3,primary,student,org-oak,,,',
);
// OneRoster 1.1: role and schools on users.csv.
const USERS_11 = csv(
  'sourcedId,status,dateLastModified,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password',
  'u-1,active,2026-09-01,"org-oak,org-beech",teacher,jo,,Jo,Bloggs,,,jo.bloggs@northstar.example,,,,,',
  'u-5,active,2026-09-01,org-oak,guardian,pat,,Pat,Parent,,,pat@home.example,,,,,',
);

describe('parseOneRoster', () => {
  it('reads a 1.2 feed: schools by URN, staff with every school and role, pupils and leavers left out', () => {
    const feed = parseOneRoster({ 'orgs.csv': ORGS, 'users.csv': USERS_12, 'roles.csv': ROLES_12 });
    expect(feed.schools).toEqual([
      { sourcedId: 'org-oak', name: 'Oakfield Primary School', urn: '107001' },
      { sourcedId: 'org-beech', name: 'Beech Hill Primary School', urn: '107002' },
    ]);
    expect(feed.people).toEqual([
      {
        misId: 'u-1',
        email: 'jo.bloggs@northstar.example',
        givenName: 'Jo',
        familyName: 'Bloggs',
        schoolSourcedIds: ['org-oak', 'org-beech'],
        misRoles: ['teacher'],
        line: 2,
      },
      {
        misId: 'u-2',
        email: 'sam@northstar.example',
        givenName: 'Sam',
        familyName: 'Okafor',
        schoolSourcedIds: ['org-beech'],
        misRoles: ['principal'],
        line: 3,
      },
    ]);
    expect(feed.skipped).toBe(1);
  });

  it('reads a 1.1 feed (role and schools on users.csv), with a byte-order mark and paths in the names', () => {
    const feed = parseOneRoster({
      'export/ORGS.csv': Buffer.concat([Buffer.from('\uFEFF'), ORGS]),
      'export/users.csv': USERS_11,
    });
    expect(feed.people.map((p) => [p.misId, p.schoolSourcedIds, p.misRoles])).toEqual([
      ['u-1', ['org-oak', 'org-beech'], ['teacher']],
    ]);
    expect(feed.skipped).toBe(1);
  });

  const code = (files: Record<string, Buffer>) => {
    try {
      parseOneRoster(files);
      return null;
    } catch (error) {
      const e = error as { code: string; message: string };
      return `${e.code}: ${e.message}`;
    }
  };

  it.each([
    ['a missing users.csv', { 'orgs.csv': ORGS }, 'ROSTER_FILE_MISSING: users.csv is not in the upload'],
    [
      'a missing column',
      {
        'orgs.csv': ORGS,
        'users.csv': csv('sourcedId,givenName,familyName,role,orgSourcedIds', 'u-1,Jo,B,teacher,org-oak'),
      },
      'ROSTER_COLUMN_MISSING: users.csv has no "email" column',
    ],
    [
      'semicolons for commas',
      { 'orgs.csv': csv('sourcedId;name;type;identifier', 'org-oak;Oak;school;107001'), 'users.csv': USERS_11 },
      'ROSTER_DELIMITER: orgs.csv is separated by semicolons',
    ],
    [
      'tabs for commas',
      { 'orgs.csv': csv('sourcedId\tname\ttype\tidentifier'), 'users.csv': USERS_11 },
      'ROSTER_DELIMITER: orgs.csv is separated by tabs',
    ],
    [
      'a duplicate sourcedId',
      {
        'orgs.csv': ORGS,
        'users.csv': Buffer.concat([USERS_11, csv('u-1,active,,org-oak,teacher,x,,X,Y,,,x@n.example,,,,,')]),
      },
      'ROSTER_DUPLICATE_ID: users.csv has sourcedId "u-1" twice (lines 2 and 4)',
    ],
    [
      'an unclosed quote',
      { 'orgs.csv': ORGS, 'users.csv': Buffer.concat([USERS_11, csv('u-9,active,,"org-oak,teacher')]) },
      'ROSTER_CSV_INVALID: users.csv line',
    ],
    [
      'an upload over 50 MB',
      { 'orgs.csv': ORGS, 'users.csv': Buffer.alloc(50 * 1_048_576 + 1, 'a') },
      'ROSTER_FILE_TOO_LARGE: The upload is 51 MB',
    ],
  ])('refuses %s with a coded error naming it', (_title, files, expected) => {
    expect(code(files)).toContain(expected);
  });
});
