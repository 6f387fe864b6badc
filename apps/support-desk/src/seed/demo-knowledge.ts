import { demoId, DemoTrust } from '@trustops/demo-data';
import { EntityManager } from 'typeorm';

/** A few how-tos a trust's IT team writes first (seed 003: enable, don't just fix). */
const ARTICLES: { title: string; body: string; category: string; phase?: string }[] = [
  {
    title: 'Share a Google Classroom with a supply teacher',
    category: 'SOFTWARE',
    body: "Open the class, choose People, then Invite teachers and enter the supply teacher's school account. Co-teachers can post and mark but cannot delete the class. Remove them when the cover ends.",
  },
  {
    title: 'Set up a self-marking quiz in Microsoft Forms',
    category: 'SOFTWARE',
    body: 'Create a Quiz (not a Form), add choice questions and tick the correct answer for each. Turn on "Show results automatically". Share the link in Teams or Classroom; scores appear in Responses.',
  },
  {
    title: 'Connect a laptop to the classroom projector or panel',
    category: 'AV',
    body: 'Plug in the HDMI cable at the wall plate, then press Windows+P and choose Duplicate. On a panel, pick the HDMI input from the source menu. If there is no picture, check the input and re-seat the cable.',
  },
  {
    title: 'Reset your password or unlock your account',
    category: 'ACCOUNTS',
    body: 'Use the self-service reset page from any device. You need the mobile number you registered. Locked accounts unlock after 15 minutes; if it keeps locking, a device may be holding an old password.',
  },
  {
    title: 'Print from your own laptop to the staff room printer',
    category: 'PRINTING',
    body: 'Add the printer from Settings, Printers, Add a printer, and pick Staff Room (follow-me). Release the job at any printer with your badge. Jobs wait 24 hours.',
  },
  {
    title: 'Ask for a website to be unblocked',
    category: 'FILTERING',
    body: 'Raise a service request with the full address and what you want to teach with it. Safeguarding checks come first; most educational sites are unblocked the same day.',
  },
  {
    title: 'Exam access arrangements: laptops with spell check turned off',
    category: 'EXAMS',
    phase: 'SECONDARY',
    body: 'Exam laptops are in the exams office trolley, already set up with spell check and internet off. Book them with the exams officer two weeks ahead; IT checks them the day before.',
  },
  {
    title: "Use the visualiser to show pupils' work",
    category: 'AV',
    phase: 'PRIMARY',
    body: 'Plug the visualiser into USB, open the camera app, and place the book under the lens. Use freeze to take the book away while the image stays on screen.',
  },
];

const ASSETS: { tag: string; type: string; model: string }[] = [
  { tag: 'LT-0001', type: 'LAPTOP', model: 'Dell Latitude 3440' },
  { tag: 'LT-0002', type: 'LAPTOP', model: 'Dell Latitude 3440' },
  { tag: 'PN-0001', type: 'INTERACTIVE_PANEL', model: 'Promethean ActivPanel 9' },
  { tag: 'PR-0001', type: 'PRINTER', model: 'Kyocera TASKalfa 3554ci' },
  { tag: 'AP-0001', type: 'ACCESS_POINT', model: 'Aruba AP-505' },
];

export async function seedKnowledge(em: EntityManager, trust: DemoTrust, authorId: string): Promise<void> {
  for (const a of ARTICLES) {
    await em.query(
      `INSERT INTO support_desk.article (id, title, body, category, phase, author_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [demoId('article', trust.code, a.title), a.title, a.body, a.category, a.phase ?? null, authorId],
    );
  }
}

/** Each school's first few devices, tagged with its name and number in the trust: OAK01-LT-0001. */
export async function seedAssets(em: EntityManager, trust: DemoTrust): Promise<void> {
  for (const [index, school] of trust.schools.entries()) {
    const prefix = `${school.name
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase()}${String(index + 1).padStart(2, '0')}`;
    for (const a of ASSETS) {
      const tag = `${prefix}-${a.tag}`;
      await em.query(
        `INSERT INTO support_desk.asset (id, school_id, tag, type, model) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [demoId('asset', school.id, a.tag), school.id, tag, a.type, a.model],
      );
    }
  }
}
