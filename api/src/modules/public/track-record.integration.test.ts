import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, inviteAndAccept, signUpCompany, type TestApi } from "../../test/harness.ts";
import { writeRandomHistory } from "../metrics/random-history.ts";

const DAY = 86_400_000;
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const PAGE = `query($slug: String!) { publicPromisePage(slug: $slug) {
  organizationName trackRecord { days promiseKeptRate interviewsDue medianHoursToFeedback releases }
} }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id publicTrackRecord } }`;

describe("public track record", () => {
  it("is off until an admin publishes it, then shows the last 90 days with the counts behind them", async () => {
    const admin = await signUpCompany(api, "Track Record Co");
    const now = new Date();
    const history = await writeRandomHistory(api.prisma, admin.organizationId, 7, now);
    const { slug } = await api.prisma.organization.findUniqueOrThrow({ where: { id: admin.organizationId } });

    expect((await api.gql(PAGE, { slug })).data?.publicPromisePage.trackRecord).toBeNull();

    const recruiter = await inviteAndAccept(api, admin, "RECRUITER");
    const refused = await api.gql(
      UPDATE,
      { input: { organizationId: admin.organizationId, publicTrackRecord: true } },
      {
        token: recruiter.token,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const published = await api.gql(
      UPDATE,
      { input: { organizationId: admin.organizationId, publicTrackRecord: true } },
      {
        token: admin.token,
      },
    );
    expect(published.data?.updateOrganization.publicTrackRecord).toBe(true);

    const record = (await api.gql(PAGE, { slug })).data?.publicPromisePage.trackRecord;
    const window = history.interviews.filter(
      (i) => i.status === "COMPLETED" && i.endedAt && i.endedAt.getTime() >= now.getTime() - 90 * DAY,
    );
    const due = window.filter((i) => i.candidateFeedbackDueAt && i.candidateFeedbackDueAt <= new Date());
    const kept = due.filter((i) => {
      const release = history.releases.find((r) => r.interviewId === i.id);
      return release && release.releasedAt <= (i.candidateFeedbackDueAt as Date);
    });
    expect(record).toMatchObject({ days: 90, interviewsDue: due.length });
    expect(due.length).toBeGreaterThan(0);
    expect(record.promiseKeptRate).toBeCloseTo(kept.length / due.length, 9);
    expect(record.releases).toBe(window.filter((i) => history.releases.some((r) => r.interviewId === i.id)).length);
    expect(record.medianHoursToFeedback).toBeGreaterThan(0);
  });
});
