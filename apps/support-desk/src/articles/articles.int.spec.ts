import { NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, ok } from '@trustops/testing';
import { deskUnderTest } from '../testing/desk-client';

const oakfield = NORTHSTAR.schools[0]; // a primary school
const secondary = NORTHSTAR.schools.find((s) => s.phase === 'SECONDARY')!;
const SUGGEST = 'query ($t: String!, $s: ID) { suggestArticles(text: $t, schoolId: $s) { title phase } }';
const CREATE = 'mutation ($i: ArticleInput!) { createArticle(input: $i) { id title } }';

describe('knowledge articles and HOW_TO suggestions', () => {
  const { as } = deskUnderTest();

  it('suggests the best match for a question in plain words, any word matching', async () => {
    const res = await as('teacher', SUGGEST, {
      t: 'how do I give a supply teacher access to my google classroom?',
      s: oakfield.id,
    });
    expect(ok(res).suggestArticles[0].title).toBe('Share a Google Classroom with a supply teacher');
  });

  it("offers only articles for the school's phase", async () => {
    const primary = await as('director', SUGGEST, { t: 'exam laptops spell check', s: oakfield.id });
    expect(ok(primary).suggestArticles.map((a: { phase: string | null }) => a.phase)).not.toContain('SECONDARY');
    const sec = await as('director', SUGGEST, { t: 'exam laptops spell check', s: secondary.id });
    expect(ok(sec).suggestArticles[0].title).toMatch(/Exam access arrangements/);
  });

  it('shows suggestions on a HOW_TO ticket', async () => {
    const raised = await as(
      'teacher',
      `mutation ($i: RaiseTicketInput!) { raiseTicket(input: $i) { suggestedArticles { title } } }`,
      {
        i: {
          schoolId: oakfield.id,
          subject: 'Projector shows no picture from my laptop',
          description: 'HDMI plugged in',
          kind: 'HOW_TO',
          impact: 'LOW',
          urgency: 'MEDIUM',
          category: 'AV',
        },
      },
    );
    expect(ok(raised).raiseTicket.suggestedArticles[0].title).toBe(
      'Connect a laptop to the classroom projector or panel',
    );
  });

  it('lets the IT team write articles, not staff, and checks the input', async () => {
    const input = {
      title: 'Book the laptop trolley',
      body: 'Use the shared calendar called Laptop trolleys.',
      category: 'DEVICES',
    };
    expect(errorCodes(await as('teacher', CREATE, { i: input }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('tech', CREATE, { i: { ...input, phase: 'NURSERY' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as('tech', CREATE, { i: { ...input, title: ' ' } }))).toEqual(['BAD_USER_INPUT']);
    const made = await as('tech', CREATE, { i: input });
    expect(made.errors).toBeUndefined();
    expect(ok(await as('teacher', SUGGEST, { t: 'where do I book laptop trolley' })).suggestArticles[0].title).toBe(
      'Book the laptop trolley',
    );
  });

  it("keeps each trust's articles to itself", async () => {
    const mine = ok(await as('director', '{ articles(text: "projector") { id } }')).articles[0].id;
    const theirs = await as('riverside', 'query ($id: ID!) { article(id: $id) { id } }', { id: mine });
    expect(ok(theirs).article).toBeNull();
    const edit = await as(
      'riverside',
      'mutation ($id: ID!) { updateArticle(id: $id, input: { title: "Hacked", body: "x" }) { id } }',
      { id: mine },
    );
    expect(errorCodes(edit)).toEqual(['ARTICLE_NOT_FOUND']);
    expect(errorCodes(await as('riverside', SUGGEST, { t: 'projector', s: oakfield.id }))).toEqual([
      'SCHOOL_NOT_FOUND',
    ]);
    expect(
      ok(await as('director', 'query ($id: ID!) { article(id: $id) { title } }', { id: mine })).article.title,
    ).not.toBe('Hacked');
    expect(errorCodes(await as('governor', SUGGEST, { t: 'projector' }))).toEqual(['FORBIDDEN']);
  });
});
