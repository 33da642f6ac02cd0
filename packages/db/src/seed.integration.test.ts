import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client.ts";
import { verifyPassword } from "./password.ts";
import { buildDemoData, DEMO_PASSWORD, demoLogins, seedDemoData } from "./seed.ts";
import { createTestDatabase } from "./testing.ts";

const now = new Date("2026-03-11T10:00:00Z");
const expectedRoles: Record<string, { org: string; role: string } | null> = {
  "admin@acme.test": { org: "acme", role: "ADMIN" },
  "recruiter@acme.test": { org: "acme", role: "RECRUITER" },
  "interviewer@acme.test": { org: "acme", role: "INTERVIEWER" },
  "sam@acme.test": { org: "acme", role: "INTERVIEWER" },
  "admin@globex.test": { org: "globex", role: "ADMIN" },
  "candidate@demo.test": null,
};

describe("seedDemoData", () => {
  let db: Database;

  beforeAll(async () => {
    db = await createTestDatabase();
    await expect(seedDemoData(db.prisma, { now })).resolves.toEqual({ seeded: true });
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("seeds at least two organisations and sixty candidates", async () => {
    const orgs = await db.prisma.organization.findMany({ include: { _count: { select: { candidates: true } } } });
    expect(orgs.map((o) => o.slug).sort()).toEqual(["acme", "globex"]);
    for (const org of orgs) expect(org._count.candidates).toBeGreaterThanOrEqual(30);
    expect(await db.prisma.candidate.count()).toBeGreaterThanOrEqual(60);
    const emails = await db.prisma.candidate.findMany({ select: { email: true } });
    for (const { email } of emails) expect(email).toBe(email.toLowerCase());
  });

  it("gives every persona login a user with the expected membership", async () => {
    for (const login of demoLogins) {
      const user = await db.prisma.user.findUnique({
        where: { email: login.email },
        include: { memberships: { include: { organization: true } } },
      });
      expect(user, login.email).not.toBeNull();
      expect(await verifyPassword(user?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
      const expected = expectedRoles[login.email];
      expect(expected, `no expectation for ${login.email}`).not.toBeUndefined();
      if (expected) {
        expect(user?.memberships.map((m) => [m.organization.slug, m.role])).toContainEqual([
          expected.org,
          expected.role,
        ]);
      } else {
        expect(user?.memberships).toEqual([]);
      }
    }
    const personas = demoLogins.map((l) => l.persona.toLowerCase());
    for (const p of ["admin", "recruiter", "interviewer", "candidate"]) {
      expect(personas.some((persona) => persona.includes(p))).toBe(true);
    }
  });

  it("makes the demo candidate a candidate at both companies, with progress and released feedback", async () => {
    const candidacies = await db.prisma.candidate.findMany({
      where: { user: { email: "candidate@demo.test" } },
      include: { organization: true, applications: { include: { interviews: true, releases: true } } },
    });
    expect(candidacies.map((c) => c.organization.slug).sort()).toEqual(["acme", "globex"]);
    const apps = candidacies.flatMap((c) => c.applications);
    expect(apps.some((a) => a.status === "ACTIVE")).toBe(true);
    expect(apps.some((a) => a.interviews.some((i) => i.status === "SCHEDULED" && i.scheduledStart > now))).toBe(true);
    expect(apps.some((a) => a.releases.length > 0)).toBe(true);
  });

  it("has a dual-role user: interviewer at Acme, candidate at Globex", async () => {
    const sam = await db.prisma.user.findUniqueOrThrow({
      where: { email: "sam@acme.test" },
      include: {
        memberships: { include: { organization: true } },
        candidacies: { include: { organization: true, applications: true } },
        assignments: true,
      },
    });
    expect(sam.memberships.map((m) => [m.organization.slug, m.role])).toEqual([["acme", "INTERVIEWER"]]);
    expect(sam.candidacies.map((c) => c.organization.slug)).toEqual(["globex"]);
    expect(sam.candidacies[0]?.applications.length).toBeGreaterThan(0);
    expect(sam.assignments.length).toBeGreaterThan(0);
  });

  it("has interviews in the past and the future, and broken promises", async () => {
    const { prisma } = db;
    expect(await prisma.interview.count({ where: { status: "COMPLETED", endedAt: { lt: now } } })).toBeGreaterThan(20);
    expect(
      await prisma.interview.count({ where: { status: "SCHEDULED", scheduledStart: { gt: now } } }),
    ).toBeGreaterThan(5);
    expect(await prisma.interview.count({ where: { status: "SCHEDULED", scheduledStart: { lte: now } } })).toBe(0);
    expect(await prisma.interview.count({ where: { status: "CANCELLED" } })).toBeGreaterThan(0);
    expect(await prisma.interview.count({ where: { rescheduleCount: { gt: 0 } } })).toBeGreaterThan(0);
    expect(await prisma.scorecard.count({ where: { status: "SUBMITTED", late: true } })).toBeGreaterThan(0);
    expect(await prisma.scorecard.count({ where: { status: "DRAFT" } })).toBeGreaterThan(0);
    expect(await prisma.feedbackRelease.count({ where: { keptPromise: true } })).toBeGreaterThan(0);
    expect(await prisma.feedbackRelease.count({ where: { keptPromise: false } })).toBeGreaterThan(0);
    // Deadlines passed with nothing released at all.
    expect(
      await prisma.interview.count({
        where: { status: "COMPLETED", candidateFeedbackDueAt: { lt: now }, release: null },
      }),
    ).toBeGreaterThan(0);
    expect(await prisma.experienceRating.count()).toBeGreaterThanOrEqual(10);
  });

  it("is idempotent: a second call changes nothing", async () => {
    const counts = async () =>
      Promise.all([
        db.prisma.organization.count(),
        db.prisma.user.count(),
        db.prisma.candidate.count(),
        db.prisma.interview.count(),
        db.prisma.timelineEvent.count(),
      ]);
    const before = await counts();
    await expect(seedDemoData(db.prisma, { now })).resolves.toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });
});

describe("buildDemoData", () => {
  it("is deterministic for a given now", () => {
    expect(buildDemoData(now, "hash")).toEqual(buildDemoData(now, "hash"));
  });

  it("never puts past events in the future, whatever now is", () => {
    for (const iso of [
      "2026-01-01T00:00:00Z",
      "2026-03-29T01:30:00Z",
      "2026-07-04T18:00:00Z",
      "2026-12-24T23:59:00Z",
    ]) {
      const at = new Date(iso);
      const rows = buildDemoData(at, "hash");
      const future = (d: unknown) => d instanceof Date && d > at;
      expect(rows.timeline.filter((e) => future(e.occurredAt))).toEqual([]);
      expect(rows.releases.filter((r) => future(r.releasedAt))).toEqual([]);
      expect(rows.scorecards.filter((s) => future(s.submittedAt))).toEqual([]);
      expect(rows.applications.filter((a) => future(a.lastCandidateContactAt) || future(a.closedAt))).toEqual([]);
      expect(rows.interviews.filter((i) => i.status === "SCHEDULED" && !future(i.scheduledStart))).toEqual([]);
      for (const r of rows.releases) {
        expect(r.keptPromise).toBe((r.releasedAt as Date) <= (r.dueAt as Date));
      }
    }
  });
});
