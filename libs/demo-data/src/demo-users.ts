import { demoId } from './demo-id';
import { NORTHSTAR, RIVERSIDE } from './demo-trusts';

export const DEMO_PASSWORD = 'trustops-demo';

export type DemoRole = 'IT_DIRECTOR' | 'TECHNICIAN' | 'ENGINEER' | 'EXECUTIVE' | 'STAFF' | 'GOVERNOR' | 'REVIEWER';
export interface DemoMembership {
  trustId: string;
  role: DemoRole;
  schoolIds?: string[];
  educatorLead?: boolean;
}
export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  memberships: DemoMembership[];
}

const nlt = (name: string) => NORTHSTAR.schools.find((s) => s.name === name)!.id;
const user = (email: string, displayName: string, memberships: DemoMembership[]): DemoUser => ({
  id: demoId('user', email),
  email,
  displayName,
  memberships,
});

/** The nine users of PRODUCT.md ("Demo data"); the technician and the teacher have a school scope on purpose. */
export const DEMO_USERS: DemoUser[] = [
  user('director@northstar.example', 'Priya Shah', [{ trustId: NORTHSTAR.id, role: 'IT_DIRECTOR' }]),
  user('tech@northstar.example', 'Tom Reed', [
    {
      trustId: NORTHSTAR.id,
      role: 'TECHNICIAN',
      schoolIds: [
        'Oakfield Primary School',
        'Beech Hill Primary School',
        "St Aidan's CE Primary",
        'Northstar Academy Leeds',
        'Willow Bank Special School',
        'Kirkgate Primary Academy',
      ].map(nlt),
    },
  ]),
  user('engineer@northstar.example', 'Sam Okafor', [{ trustId: NORTHSTAR.id, role: 'ENGINEER' }]),
  user('ceo@northstar.example', 'Helen Brooks', [{ trustId: NORTHSTAR.id, role: 'EXECUTIVE' }]),
  user('teacher@northstar.example', 'Jess Malik', [
    { trustId: NORTHSTAR.id, role: 'STAFF', schoolIds: [nlt('Oakfield Primary School')], educatorLead: true },
  ]),
  user('governor@northstar.example', 'Martin Hale', [{ trustId: NORTHSTAR.id, role: 'GOVERNOR' }]),
  user('reviewer@independent.example', 'Ade Williams', [{ trustId: NORTHSTAR.id, role: 'REVIEWER' }]),
  user('msp@partner.example', 'Chris Patel', [
    { trustId: NORTHSTAR.id, role: 'TECHNICIAN' },
    { trustId: RIVERSIDE.id, role: 'TECHNICIAN' },
  ]),
  user('director@riverside.example', 'Laura Evans', [{ trustId: RIVERSIDE.id, role: 'IT_DIRECTOR' }]),
];

export const demoUser = (email: string) => {
  const found = DEMO_USERS.find((u) => u.email === email);
  if (!found) throw new Error(`no demo user ${email}`);
  return found;
};
