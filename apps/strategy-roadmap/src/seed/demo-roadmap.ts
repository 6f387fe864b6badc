/** The demo strategy of Northstar Learning Trust: objectives, initiatives, risks (PRODUCT.md "Demo data"; seeds 003 and 004). */
export const OBJECTIVES = [
  {
    key: 'improvement',
    title: 'School improvement',
    measures: [['Schools meeting all DfE digital standards', 'PERCENT', 25, 100, 58]],
  },
  {
    key: 'workload',
    title: 'Teacher workload',
    measures: [['Hours a week teachers spend on admin tasks', 'HOURS', 6, 3, 4.5]],
  },
  {
    key: 'experience',
    title: 'Pupil experience',
    measures: [['Lessons lost to IT faults per term', 'COUNT', 120, 30, 74]],
  },
  {
    key: 'parents',
    title: 'Parental engagement',
    measures: [['Parents using the school app monthly', 'PERCENT', 40, 80, 61]],
  },
  {
    key: 'safety',
    title: 'Safety and security',
    measures: [
      ['Staff completing cyber training', 'PERCENT', 35, 100, 82],
      ['Days to patch critical updates', 'DAYS', 30, 7, 12],
    ],
  },
] as const;

type Lane = 'NOW' | 'NEXT' | 'LATER';
export const INITIATIVES: {
  title: string;
  problem: string;
  lane: Lane;
  status: string;
  rag: string;
  reason?: string;
  objectives: string[];
  capital: number;
  revenue: number;
}[] = [
  {
    title: 'Multi-factor authentication for all staff',
    problem: 'How can we stop a stolen password opening a staff mailbox?',
    lane: 'NOW',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    objectives: ['safety'],
    capital: 0,
    revenue: 4000,
  },
  {
    title: 'Replace end-of-life Wi-Fi in primaries',
    problem: 'How can every classroom run a whole-class online lesson without drop-outs?',
    lane: 'NOW',
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    reason: 'Access point delivery slipped four weeks',
    objectives: ['experience', 'improvement'],
    capital: 86000,
    revenue: 0,
  },
  {
    title: 'Self-marking quizzes in every KS2 class',
    problem: 'How can teachers cut weekly marking time for spelling and times tables?',
    lane: 'NOW',
    status: 'APPROVED',
    rag: 'GREEN',
    objectives: ['workload'],
    capital: 0,
    revenue: 0,
  },
  {
    title: 'Cyber awareness training and phishing drills',
    problem: 'How can every member of staff spot a phishing email?',
    lane: 'NOW',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    objectives: ['safety'],
    capital: 0,
    revenue: 6500,
  },
  {
    title: 'Filtering and monitoring annual review',
    problem: 'How can the DSL see that filtering works the way safeguarding needs?',
    lane: 'NOW',
    status: 'APPROVED',
    rag: 'RED',
    reason: 'Two schools have no named monitoring lead',
    objectives: ['safety', 'improvement'],
    capital: 0,
    revenue: 0,
  },
  {
    title: 'Parent app single sign-on',
    problem: 'How can parents see homework, payments and messages in one place?',
    lane: 'NOW',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    objectives: ['parents'],
    capital: 0,
    revenue: 12000,
  },
  {
    title: 'Laptop refresh for teaching staff',
    problem: 'How can teachers start lessons without waiting for slow laptops?',
    lane: 'NEXT',
    status: 'PROPOSED',
    rag: 'GREEN',
    objectives: ['workload', 'experience'],
    capital: 140000,
    revenue: 0,
  },
  {
    title: 'Move file servers to the cloud',
    problem: 'How can staff reach their files from home safely, without a server to patch?',
    lane: 'NEXT',
    status: 'PROPOSED',
    rag: 'GREEN',
    objectives: ['safety', 'workload'],
    capital: 15000,
    revenue: 18000,
  },
  {
    title: 'Backup broadband at every school',
    problem: 'How can a cut cable not stop online exams and registers?',
    lane: 'NEXT',
    status: 'PROPOSED',
    rag: 'GREEN',
    objectives: ['improvement', 'experience'],
    capital: 9000,
    revenue: 14000,
  },
  {
    title: 'Interactive panels in secondary science',
    problem: 'How can science teachers show live experiments to the whole class?',
    lane: 'NEXT',
    status: 'PROPOSED',
    rag: 'GREEN',
    objectives: ['experience'],
    capital: 54000,
    revenue: 0,
  },
  {
    title: 'Automated starters and leavers',
    problem: 'How can a new teacher have every account on their first morning?',
    lane: 'NEXT',
    status: 'APPROVED',
    rag: 'GREEN',
    objectives: ['workload', 'safety'],
    capital: 0,
    revenue: 7000,
  },
  {
    title: 'One MIS across the trust',
    problem: 'How can the trust see attendance and progress without merging spreadsheets?',
    lane: 'LATER',
    status: 'PROPOSED',
    rag: 'GREEN',
    objectives: ['improvement'],
    capital: 0,
    revenue: 45000,
  },
  {
    title: 'Pupil devices 1:1 in Year 7',
    problem: 'How can every Year 7 pupil do homework online, whatever home has?',
    lane: 'LATER',
    status: 'PROPOSED',
    rag: 'GREEN',
    objectives: ['experience', 'parents'],
    capital: 210000,
    revenue: 20000,
  },
  {
    title: 'Trust-wide data warehouse',
    problem: 'How can leaders ask questions of data without asking IT?',
    lane: 'LATER',
    status: 'PROPOSED',
    rag: 'GREEN',
    objectives: ['improvement'],
    capital: 30000,
    revenue: 16000,
  },
  {
    title: 'Replace the telephone system',
    problem: 'How can office staff take calls from any room or from home?',
    lane: 'LATER',
    status: 'PROPOSED',
    rag: 'GREEN',
    objectives: ['parents', 'workload'],
    capital: 38000,
    revenue: 9000,
  },
];

export const RISKS: [string, number, number, string][] = [
  ['Ransomware encrypts school file servers', 3, 5, 'Offline backups tested termly; MFA; move to cloud storage'],
  ['Broadband outage during online exams', 2, 4, 'Backup broadband; 4G routers in exam offices'],
  ['Filtering fails to block harmful content', 2, 5, 'Annual review; alerts to the DSL; monitoring leads named'],
  ['Key technician leaves', 3, 3, 'Runbooks in the knowledge base; MSP cover agreement'],
  ['Laptops too slow for new curriculum software', 4, 3, 'Refresh plan by age; minimum specification'],
  ['Data breach through a personal email account', 3, 4, 'DLP rules; training; shared mailboxes for offices'],
  ['Single sign-on provider outage', 2, 3, 'Break-glass accounts; status page monitoring'],
  ['Unpatched interactive panels', 3, 2, 'Central management console; update windows outside lessons'],
  ['Budget cut to capital funding', 3, 4, 'Phase the refresh; leasing options costed'],
  ['Supplier ends support for the MIS', 2, 4, 'Trust-wide MIS procurement planned for LATER'],
];

/** A pattern of assessments that leaves some gaps to plan for: school index × standard index. */
export const levelFor = (school: number, standard: number) =>
  (school + standard) % 5 === 0 ? 'NOT_MET' : (school * 3 + standard) % 4 === 0 ? 'PARTLY_MET' : 'MET';
