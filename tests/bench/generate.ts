/**
 * Fills the bench database with one large tenant and a few small ones, reproducibly from a seed.
 * Rows are written with multi-row INSERT … SELECT FROM unnest(…) through `pg`, in batches, inside one
 * transaction, so an interrupted run leaves nothing half-written. A marker table remembers the seed,
 * size and anchor date: a rerun with the same ones skips generation.
 */
import { defaultFormTemplate, hashPassword } from "@candor/db";
import { type BusinessCalendar, candidateFeedbackDeadline } from "@candor/domain";
import type pg from "pg";
import { BENCH_PASSWORD, BENCH_USERS, type DataSize, GENERATOR_VERSION, LARGE_TENANT_SLUG } from "./config.ts";
import { Random } from "./prng.ts";

type StageKind = "SCREEN" | "TECHNICAL" | "ONSITE" | "FINAL" | "OTHER";
type Level = "OUTCOME" | "SUMMARY" | "DETAILED";
type Value = string | number | boolean | null;

const HOUR = 3_600_000;
const DAY = 86_400_000;
const BATCH_ROWS = 5_000;
const PLACEHOLDER_HASH = "$argon2id$bench-placeholder$not-a-real-hash";

// ───────────────────────── batched writer ─────────────────────────

/** One table's columns as [name, PostgreSQL type]; rows are buffered and written with unnest. */
class Table {
  private rows: Value[][] = [];
  count = 0;

  constructor(
    readonly name: string,
    private readonly columns: ReadonlyArray<readonly [string, string]>,
  ) {}

  add(...values: Value[]): void {
    this.rows.push(values);
    this.count += 1;
  }

  /** Hands over the buffered rows (synchronously, so generation can go on while they are written). */
  take(): Value[][] {
    return this.rows.splice(0, this.rows.length);
  }

  async write(client: pg.Client, rows: Value[][]): Promise<void> {
    const names = this.columns.map(([name]) => `"${name}"`).join(", ");
    const params = this.columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ");
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const batch = rows.slice(start, start + BATCH_ROWS);
      const arrays = this.columns.map((_, index) => batch.map((row) => row[index] ?? null));
      await client.query(`insert into "${this.name}" (${names}) select * from unnest(${params})`, arrays);
    }
  }
}

function tables() {
  const t = (name: string, columns: ReadonlyArray<readonly [string, string]>) => new Table(name, columns);
  const text = "text";
  const time = "timestamp(3)";
  return {
    Organization: t("Organization", [
      ["id", text],
      ["slug", text],
      ["name", text],
      ["timeZone", text],
      ["createdAt", time],
    ]),
    Holiday: t("Holiday", [
      ["id", text],
      ["organizationId", text],
      ["date", "date"],
      ["name", text],
    ]),
    User: t("User", [
      ["id", text],
      ["email", text],
      ["name", text],
      ["passwordHash", text],
      ["createdAt", time],
    ]),
    Membership: t("Membership", [
      ["id", text],
      ["organizationId", text],
      ["userId", text],
      ["role", '"Role"'],
      ["createdAt", time],
    ]),
    Job: t("Job", [
      ["id", text],
      ["organizationId", text],
      ["title", text],
      ["department", text],
      ["location", text],
      ["status", '"JobStatus"'],
      ["createdAt", time],
    ]),
    JobStage: t("JobStage", [
      ["id", text],
      ["jobId", text],
      ["name", text],
      ["kind", '"StageKind"'],
      ["position", "integer"],
    ]),
    FeedbackPromise: t("FeedbackPromise", [
      ["id", text],
      ["organizationId", text],
      ["stageKind", '"StageKind"'],
      ["jobId", text],
      ["version", "integer"],
      ["status", '"PromiseStatus"'],
      ["level", '"FeedbackLevel"'],
      ["candidateDeadlineBusinessDays", "integer"],
      ["scorecardDeadlineHours", "integer"],
      ["statusCadenceDays", "integer"],
      ["publishedAt", time],
      ["publishedById", text],
      ["createdAt", time],
    ]),
    FormTemplate: t("FormTemplate", [
      ["id", text],
      ["organizationId", text],
      ["stageKind", '"StageKind"'],
      ["version", "integer"],
      ["name", text],
      ["isCurrent", "boolean"],
      ["createdAt", time],
    ]),
    FormCompetency: t("FormCompetency", [
      ["id", text],
      ["templateId", text],
      ["name", text],
      ["description", text],
      ["position", "integer"],
      ["evidenceRequired", "boolean"],
      ["scale", "jsonb"],
    ]),
    Candidate: t("Candidate", [
      ["id", text],
      ["organizationId", text],
      ["userId", text],
      ["email", text],
      ["name", text],
      ["createdAt", time],
    ]),
    Application: t("Application", [
      ["id", text],
      ["organizationId", text],
      ["candidateId", text],
      ["jobId", text],
      ["currentStageId", text],
      ["status", '"ApplicationStatus"'],
      ["appliedAt", time],
      ["closedAt", time],
      ["lastCandidateContactAt", time],
      ["createdAt", time],
    ]),
    Interview: t("Interview", [
      ["id", text],
      ["organizationId", text],
      ["applicationId", text],
      ["stageId", text],
      ["promiseId", text],
      ["status", '"InterviewStatus"'],
      ["scheduledStart", time],
      ["scheduledEnd", time],
      ["endedAt", time],
      ["rescheduleCount", "integer"],
      ["scorecardDueAt", time],
      ["candidateFeedbackDueAt", time],
      ["createdAt", time],
    ]),
    InterviewAssignment: t("InterviewAssignment", [
      ["id", text],
      ["interviewId", text],
      ["interviewerId", text],
      ["createdAt", time],
    ]),
    Scorecard: t("Scorecard", [
      ["id", text],
      ["interviewId", text],
      ["interviewerId", text],
      ["templateId", text],
      ["status", '"ScorecardStatus"'],
      ["recommendation", '"Recommendation"'],
      ["privateNotes", text],
      ["strengths", text],
      ["growthAreas", "jsonb"],
      ["revision", "integer"],
      ["submittedAt", time],
      ["late", "boolean"],
      ["createdAt", time],
      ["updatedAt", time],
    ]),
    ScorecardRating: t("ScorecardRating", [
      ["id", text],
      ["scorecardId", text],
      ["competencyId", text],
      ["rating", "integer"],
      ["evidence", text],
    ]),
    FeedbackRelease: t("FeedbackRelease", [
      ["id", text],
      ["interviewId", text],
      ["applicationId", text],
      ["releasedById", text],
      ["level", '"FeedbackLevel"'],
      ["outcome", '"Outcome"'],
      ["summary", text],
      ["details", "jsonb"],
      ["dueAt", time],
      ["releasedAt", time],
      ["keptPromise", "boolean"],
      ["businessDaysToFeedback", "integer"],
      ["readAt", time],
    ]),
    ExperienceRating: t("ExperienceRating", [
      ["id", text],
      ["organizationId", text],
      ["applicationId", text],
      ["candidateId", text],
      ["stageId", text],
      ["scope", text],
      ["overall", "integer"],
      ["recommend", "integer"],
      ["communication", "integer"],
      ["timeliness", "integer"],
      ["respect", "integer"],
      ["clarity", "integer"],
      ["usefulness", "integer"],
      ["comment", text],
      ["shareComment", "boolean"],
      ["createdAt", time],
      ["updatedAt", time],
    ]),
    StatusUpdate: t("StatusUpdate", [
      ["id", text],
      ["applicationId", text],
      ["authorId", text],
      ["kind", '"StatusUpdateKind"'],
      ["body", text],
      ["createdAt", time],
    ]),
    TimelineEvent: t("TimelineEvent", [
      ["id", text],
      ["applicationId", text],
      ["kind", text],
      ["occurredAt", time],
      ["data", "jsonb"],
    ]),
  };
}

type Tables = ReturnType<typeof tables>;

/** Writes buffered rows parents first, so foreign keys hold after every statement. */
function flushAll(client: pg.Client, all: Tables): Promise<void> {
  const work = Object.values(all).map((table) => [table, table.take()] as const);
  const done = (async () => {
    for (const [table, rows] of work) await table.write(client, rows);
  })();
  done.catch(() => {}); // awaited by the caller later; this only stops an early "unhandled rejection"
  return done;
}

// ───────────────────────── realistic shapes ─────────────────────────

const FIRST = ["Ada", "Ben", "Chloé", "Dmitri", "Esra", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kwame", "Lena"];
const FIRST2 = ["Mateo", "Nadia", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Vera", "Wei", "Yara"];
const LAST = ["Okafor", "Schmidt", "Tanaka", "Silva", "Novak", "Haddad", "Larsen", "Moreau", "Kowalski", "Reyes"];
const LAST2 = ["Fischer", "Nguyen", "Brennan", "Costa", "Ivanova", "Mensah", "Lindqvist", "Rossi", "Shah", "Weber"];
const TITLES = [
  "Backend Engineer",
  "Frontend Engineer",
  "Site Reliability Engineer",
  "Data Analyst",
  "Product Manager",
  "Warehouse Operations Lead",
  "Account Executive",
  "Customer Success Manager",
  "Security Engineer",
  "UX Researcher",
];
const DEPARTMENTS = ["Engineering", "Operations", "Sales", "Product", "Customer Success", "Security"];
const LOCATIONS = ["Berlin", "Hamburg", "Remote (EU)", "Munich", "Lisbon"];
const STAGES: ReadonlyArray<{ name: string; kind: StageKind }> = [
  { name: "Recruiter screen", kind: "SCREEN" },
  { name: "Technical interview", kind: "TECHNICAL" },
  { name: "Onsite", kind: "ONSITE" },
  { name: "Final conversation", kind: "FINAL" },
];
/** Interviewers per stage kind, as companies usually staff them. */
const PANEL: Record<StageKind, number> = { SCREEN: 1, TECHNICAL: 2, ONSITE: 3, FINAL: 2, OTHER: 1 };
const PROMISES: Record<StageKind, { level: Level; days: number; hours: number; cadence: number }> = {
  SCREEN: { level: "OUTCOME", days: 3, hours: 24, cadence: 7 },
  TECHNICAL: { level: "DETAILED", days: 5, hours: 48, cadence: 7 },
  ONSITE: { level: "DETAILED", days: 5, hours: 48, cadence: 7 },
  FINAL: { level: "SUMMARY", days: 3, hours: 24, cadence: 5 },
  OTHER: { level: "SUMMARY", days: 5, hours: 48, cadence: 7 },
};
const STRENGTHS = [
  "Walked through the failure modes of the design before being asked and chose a queue for retries.",
  "Asked clarifying questions about volumes first, then sized the solution to them.",
  "Explained the trade-off between consistency and latency with a concrete example from their last role.",
];
const GROWTH = JSON.stringify([
  { area: "Testing strategy", suggestion: "Start from the riskiest path and name the test that would catch it." },
]);

interface OrgSpec {
  slug: string;
  name: string;
  timeZone: string;
  applications: number;
  interviewers: number;
  recruiters: number;
  /** Email domain of staff and candidates. */
  domain: string;
}

interface StageRef {
  id: string;
  kind: StageKind;
  name: string;
  position: number;
}
interface JobRef {
  id: string;
  title: string;
  status: "OPEN" | "CLOSED" | "DRAFT";
  stages: StageRef[];
}
interface PromiseRef {
  id: string;
  level: Level;
  days: number;
  hours: number;
}
interface TemplateRef {
  id: string;
  competencyIds: string[];
}

interface Generator {
  random: Random;
  anchor: Date;
  rows: Tables;
  client: pg.Client;
  benchHash: string;
  benchCandidateUserId: string;
}

function personName(random: Random): string {
  return `${random.pick(random.chance(0.5) ? FIRST : FIRST2)} ${random.pick(random.chance(0.5) ? LAST : LAST2)}`;
}

function iso(date: Date): string {
  return date.toISOString();
}

/** Fixed-date public holidays of the years the data spans. */
function holidaysFor(anchor: Date): Array<{ date: string; name: string }> {
  const days: Array<[string, string]> = [
    ["01-01", "New Year's Day"],
    ["05-01", "Labour Day"],
    ["10-03", "Day of German Unity"],
    ["12-25", "Christmas Day"],
    ["12-26", "Second Day of Christmas"],
  ];
  const year = anchor.getUTCFullYear();
  return [year - 2, year - 1, year, year + 1].flatMap((y) => days.map(([md, name]) => ({ date: `${y}-${md}`, name })));
}

/** Deadlines depend on the local day of the end, so they are memoised per quarter hour (any zone offset). */
function deadlineClock(calendar: BusinessCalendar) {
  const memo = new Map<number, Date>();
  return (endedAt: Date, businessDays: number): Date => {
    const key = Math.floor(endedAt.getTime() / 900_000) * 100 + businessDays;
    let deadline = memo.get(key);
    if (!deadline) {
      deadline = candidateFeedbackDeadline(endedAt, businessDays, calendar);
      memo.set(key, deadline);
    }
    return deadline;
  };
}

// ───────────────────────── one organisation ─────────────────────────

async function generateOrganization(g: Generator, spec: OrgSpec, isLarge: boolean): Promise<void> {
  const { random, rows, anchor } = g;
  const orgId = random.id();
  const created = new Date(anchor.getTime() - 480 * DAY);
  rows.Organization.add(orgId, spec.slug, spec.name, spec.timeZone, iso(created));
  const holidays = holidaysFor(anchor);
  for (const holiday of holidays) rows.Holiday.add(random.id(), orgId, holiday.date, holiday.name);
  const calendar: BusinessCalendar = { timeZone: spec.timeZone, holidays: holidays.map((h) => h.date) };
  const deadline = deadlineClock(calendar);

  const staff = (role: "ADMIN" | "RECRUITER" | "INTERVIEWER", email: string, signsIn: boolean): string => {
    const userId = random.id();
    rows.User.add(userId, email, personName(random), signsIn ? g.benchHash : PLACEHOLDER_HASH, iso(created));
    rows.Membership.add(random.id(), orgId, userId, role, iso(created));
    return userId;
  };
  const admin = staff("ADMIN", isLarge ? BENCH_USERS.admin : `admin@${spec.domain}`, isLarge);
  const recruiters = Array.from({ length: spec.recruiters }, (_, i) =>
    staff("RECRUITER", i === 0 && isLarge ? BENCH_USERS.recruiter : `recruiter${i}@${spec.domain}`, isLarge && i === 0),
  );
  const interviewers = Array.from({ length: spec.interviewers }, (_, i) =>
    staff(
      "INTERVIEWER",
      i === 0 && isLarge ? BENCH_USERS.interviewer : `interviewer${i}@${spec.domain}`,
      isLarge && i === 0,
    ),
  );

  // Promises: a superseded first version and the published one per stage kind, and job overrides.
  const orgPromises = new Map<StageKind, PromiseRef>();
  for (const kind of Object.keys(PROMISES) as StageKind[]) {
    const p = PROMISES[kind];
    const oldAt = iso(new Date(created.getTime() + DAY));
    rows.FeedbackPromise.add(
      random.id(),
      orgId,
      kind,
      null,
      1,
      "SUPERSEDED",
      p.level,
      p.days + 2,
      p.hours,
      10,
      oldAt,
      admin,
      oldAt,
    );
    const id = random.id();
    const at = iso(new Date(created.getTime() + 7 * DAY));
    rows.FeedbackPromise.add(id, orgId, kind, null, 2, "PUBLISHED", p.level, p.days, p.hours, p.cadence, at, admin, at);
    orgPromises.set(kind, { id, level: p.level, days: p.days, hours: p.hours });
  }
  const templates = new Map<StageKind, TemplateRef>();
  for (const kind of Object.keys(PROMISES) as StageKind[]) {
    const form = defaultFormTemplate(kind);
    const id = random.id();
    rows.FormTemplate.add(id, orgId, kind, 1, form.name, true, iso(created));
    const competencyIds = form.competencies.map((competency, index) => {
      const competencyId = random.id();
      rows.FormCompetency.add(
        competencyId,
        id,
        competency.name,
        competency.description,
        index + 1,
        competency.evidenceRequired,
        JSON.stringify(competency.scale),
      );
      return competencyId;
    });
    templates.set(kind, { id, competencyIds });
  }

  const jobCount = Math.max(4, Math.round(spec.applications / 800));
  const jobs: JobRef[] = [];
  const jobPromises = new Map<string, PromiseRef>();
  for (let j = 0; j < jobCount; j++) {
    const status = j % 20 === 19 ? "DRAFT" : j % 7 === 6 ? "CLOSED" : "OPEN";
    const job: JobRef = { id: random.id(), title: `${random.pick(TITLES)} ${j + 1}`, status, stages: [] };
    rows.Job.add(job.id, orgId, job.title, random.pick(DEPARTMENTS), random.pick(LOCATIONS), status, iso(created));
    STAGES.forEach((stage, index) => {
      const ref = { id: random.id(), kind: stage.kind, name: stage.name, position: index + 1 };
      rows.JobStage.add(ref.id, job.id, ref.name, ref.kind, ref.position);
      job.stages.push(ref);
    });
    if (j % 10 === 3) {
      // A job that promises faster technical feedback than the company default.
      const id = random.id();
      const at = iso(new Date(created.getTime() + 14 * DAY));
      rows.FeedbackPromise.add(id, orgId, "TECHNICAL", job.id, 1, "PUBLISHED", "DETAILED", 3, 24, 5, at, admin, at);
      jobPromises.set(job.id, { id, level: "DETAILED", days: 3, hours: 24 });
    }
    jobs.push(job);
  }
  const hiringJobs = jobs.filter((job) => job.status !== "DRAFT");
  await flushAll(g.client, rows);

  // The bench candidate has applications here too (at distinct jobs), generated like everyone else's.
  const benchCandidateId = random.id();
  rows.Candidate.add(
    benchCandidateId,
    orgId,
    g.benchCandidateUserId,
    BENCH_USERS.candidate,
    "Bench Candidate",
    iso(created),
  );
  const benchApplications = isLarge ? 6 : 2;

  type CandidateRef = { id: string; jobs: Set<string> };
  const benchCandidate: CandidateRef = { id: benchCandidateId, jobs: new Set() };
  const newCandidate = (a: number): CandidateRef => {
    const candidate = { id: random.id(), jobs: new Set<string>() };
    const email = `candidate${a}@${spec.domain}`;
    const userId = random.chance(0.05) ? random.id() : null;
    if (userId) rows.User.add(userId, email, personName(random), PLACEHOLDER_HASH, iso(created));
    rows.Candidate.add(candidate.id, orgId, userId, email, personName(random), iso(created));
    return candidate;
  };
  // About one application in ten comes from someone who applied to another job before.
  const recent: CandidateRef[] = [];
  let writing: Promise<void> = Promise.resolve();
  for (let a = 0; a < spec.applications; a++) {
    const job = random.pick(hiringJobs);
    let candidate: CandidateRef;
    if (a < benchApplications && !benchCandidate.jobs.has(job.id)) candidate = benchCandidate;
    else if (recent.length && random.chance(0.1)) candidate = random.pick(recent);
    else candidate = newCandidate(a);
    if (candidate.jobs.has(job.id)) candidate = newCandidate(a);
    if (candidate !== benchCandidate) {
      if (recent.length < 2_000) recent.push(candidate);
      else recent[random.int(0, recent.length - 1)] = candidate;
    }
    candidate.jobs.add(job.id);
    application(g, {
      orgId,
      candidateId: candidate.id,
      job,
      promiseFor: (stage) =>
        (stage.kind === "TECHNICAL" && jobPromises.get(job.id)) || (orgPromises.get(stage.kind) as PromiseRef),
      templates,
      interviewers,
      recruiters,
      deadline,
    });
    if (a % 2_000 === 1_999) {
      // Double buffering: PostgreSQL writes one chunk while the next is generated.
      await writing;
      writing = flushAll(g.client, rows);
    }
  }
  await writing;
  await flushAll(g.client, rows);
}

interface ApplicationContext {
  orgId: string;
  candidateId: string;
  job: JobRef;
  promiseFor: (stage: StageRef) => PromiseRef;
  templates: Map<StageKind, TemplateRef>;
  interviewers: string[];
  recruiters: string[];
  deadline: (endedAt: Date, businessDays: number) => Date;
}

/** One application: its interviews stage by stage, scorecards, releases, ratings and timeline. */
function application(g: Generator, ctx: ApplicationContext): void {
  const { random, rows, anchor } = g;
  const now = anchor.getTime();
  const id = random.id();
  // Spread over 15 months, on working hours.
  const appliedAt = new Date(now - random.int(1, 456) * DAY + random.int(7, 17) * HOUR + random.int(0, 59) * 60_000);
  const timeline: Array<[kind: string, at: number, data: Record<string, unknown>]> = [
    ["application.created", appliedAt.getTime(), { jobTitle: ctx.job.title }],
  ];
  // How far the candidate gets: a quarter each stop after stage 1, 2, 3 or 4 (2.5 interviews on average).
  const reach = random.int(1, 4);
  let at = appliedAt.getTime();
  let lastStage: StageRef = ctx.job.stages[0] as StageRef;
  let lastEnded: number | null = null;
  let open = false;
  for (let s = 0; s < reach; s++) {
    const stage = ctx.job.stages[s] as StageRef;
    lastStage = stage;
    const promise = ctx.promiseFor(stage);
    const start = at + random.int(3, 10) * DAY;
    const startAt = new Date(Math.floor(start / HOUR) * HOUR);
    const endAt = new Date(startAt.getTime() + (stage.kind === "ONSITE" ? 3 : 1) * HOUR);
    const interviewId = random.id();
    const cancelled = random.chance(0.03);
    const happened = endAt.getTime() < now - HOUR;
    const status = cancelled ? "CANCELLED" : happened ? "COMPLETED" : "SCHEDULED";
    const endedAt = status === "COMPLETED" ? new Date(endAt.getTime() + random.int(-10, 15) * 60_000) : null;
    // Scheduled interviews carry the expected deadlines from their planned end; completed ones from the actual end.
    const basis = endedAt ?? endAt;
    const scorecardDueAt = cancelled ? null : new Date(basis.getTime() + promise.hours * HOUR);
    const feedbackDueAt = cancelled ? null : ctx.deadline(basis, promise.days);
    const scheduledAt = Math.max(appliedAt.getTime(), startAt.getTime() - random.int(2, 6) * DAY);
    rows.Interview.add(
      interviewId,
      ctx.orgId,
      id,
      stage.id,
      promise.id,
      status,
      iso(startAt),
      iso(endAt),
      endedAt && iso(endedAt),
      random.chance(0.1) ? random.int(1, 2) : 0,
      scorecardDueAt && iso(scorecardDueAt),
      feedbackDueAt && iso(feedbackDueAt),
      iso(new Date(scheduledAt)),
    );
    timeline.push(["interview.scheduled", scheduledAt, { stageName: stage.name, scheduledStart: iso(startAt) }]);
    const panel = new Set<string>();
    while (panel.size < Math.min(PANEL[stage.kind], ctx.interviewers.length)) panel.add(random.pick(ctx.interviewers));
    for (const interviewerId of panel) {
      rows.InterviewAssignment.add(random.id(), interviewId, interviewerId, iso(new Date(scheduledAt)));
      if (endedAt && scorecardDueAt) scorecard(g, ctx, stage, interviewId, interviewerId, endedAt, scorecardDueAt);
    }
    if (cancelled) {
      timeline.push(["interview.cancelled", scheduledAt + HOUR, { stageName: stage.name }]);
      at = startAt.getTime();
      continue;
    }
    if (!endedAt || !feedbackDueAt) {
      open = true;
      break;
    }
    lastEnded = endedAt.getTime();
    timeline.push([
      "interview.completed",
      lastEnded,
      { stageName: stage.name, feedbackDueAt: iso(feedbackDueAt), feedbackLevel: promise.level },
    ]);
    const advancing = s < reach - 1;
    const released = release(g, ctx, {
      interviewId,
      applicationId: id,
      promise,
      endedAt,
      feedbackDueAt,
      outcome: advancing ? "ADVANCING" : stage.kind === "FINAL" ? "OFFER" : "NOT_ADVANCING",
    });
    if (released) timeline.push(["feedback.released", released.getTime(), { stageName: stage.name }]);
    at = lastEnded;
  }

  // Closed when the last interview is well past; otherwise still active (some going cold).
  let status: "ACTIVE" | "OFFERED" | "HIRED" | "REJECTED" | "WITHDRAWN" = "ACTIVE";
  let closedAt: Date | null = null;
  if (!open && lastEnded && lastEnded + 12 * DAY < now) {
    closedAt = new Date(lastEnded + random.int(3, 12) * DAY);
    if (lastStage.kind === "FINAL") status = random.chance(0.6) ? "HIRED" : "REJECTED";
    else status = random.chance(0.1) ? "WITHDRAWN" : "REJECTED";
    timeline.push([`application.${status.toLowerCase()}`, closedAt.getTime(), {}]);
  } else if (!open && lastStage.kind === "FINAL" && lastEnded) {
    status = "OFFERED";
    timeline.push(["application.offered", lastEnded + DAY, {}]);
  }
  if (status === "ACTIVE" && random.chance(0.15)) {
    const postedAt = Math.min(now - HOUR, at + random.int(1, 6) * DAY);
    const body = "We are still reviewing feedback from the panel and will write again by the end of next week.";
    rows.StatusUpdate.add(
      random.id(),
      id,
      random.pick(ctx.recruiters),
      random.chance(0.5) ? "TEMPLATE" : "MANUAL",
      body,
      iso(new Date(postedAt)),
    );
    timeline.push(["status.updated", postedAt, { body }]);
  }
  if (lastEnded) rating(g, ctx, id, lastStage, closedAt, lastEnded);

  const visible = timeline.filter(([, time]) => time <= now);
  const lastContact = Math.max(...visible.map(([, time]) => time));
  const closed = closedAt ? iso(closedAt) : null;
  rows.Application.add(
    id,
    ctx.orgId,
    ctx.candidateId,
    ctx.job.id,
    lastStage.id,
    status,
    iso(appliedAt),
    closed,
    iso(new Date(lastContact)),
    iso(appliedAt),
  );
  for (const [kind, time, data] of visible)
    rows.TimelineEvent.add(random.id(), id, kind, iso(new Date(time)), JSON.stringify(data));
}

/** Submitted on time (most), late, still a draft, or missing. */
function scorecard(
  g: Generator,
  ctx: ApplicationContext,
  stage: StageRef,
  interviewId: string,
  interviewerId: string,
  endedAt: Date,
  dueAt: Date,
): void {
  const { random, rows } = g;
  const roll = random.next();
  if (roll < 0.1) return;
  const template = ctx.templates.get(stage.kind) as TemplateRef;
  const late = roll > 0.8;
  const submittedAt = late
    ? dueAt.getTime() + random.int(1, 96) * HOUR
    : endedAt.getTime() + random.int(1, Math.max(1, (dueAt.getTime() - endedAt.getTime()) / HOUR - 1)) * HOUR;
  const submitted = roll > 0.17 && submittedAt < g.anchor.getTime();
  const id = random.id();
  const updatedAt = submitted ? submittedAt : endedAt.getTime() + HOUR;
  rows.Scorecard.add(
    id,
    interviewId,
    interviewerId,
    template.id,
    submitted ? "SUBMITTED" : "DRAFT",
    submitted ? random.pick(["STRONG_NO", "NO", "YES", "STRONG_YES"]) : null,
    null,
    random.pick(STRENGTHS),
    GROWTH,
    submitted ? random.int(2, 6) : 1,
    submitted ? iso(new Date(submittedAt)) : null,
    submitted && late,
    iso(new Date(endedAt.getTime() + 30 * 60_000)),
    iso(new Date(updatedAt)),
  );
  for (const competencyId of template.competencyIds) {
    rows.ScorecardRating.add(
      random.id(),
      id,
      competencyId,
      random.int(1, 4),
      "Described the retry path and its limits.",
    );
  }
}

/** Released within the promise (most), late, or not at all; returns when it was released. */
function release(
  g: Generator,
  ctx: ApplicationContext,
  r: {
    interviewId: string;
    applicationId: string;
    promise: PromiseRef;
    endedAt: Date;
    feedbackDueAt: Date;
    outcome: "ADVANCING" | "NOT_ADVANCING" | "OFFER";
  },
): Date | null {
  const { random, rows } = g;
  if (random.chance(0.12)) return null;
  const businessDays = random.chance(0.8) ? random.int(1, r.promise.days) : r.promise.days + random.int(1, 6);
  const releasedAt = new Date(ctx.deadline(r.endedAt, businessDays).getTime() - random.int(2, 9) * HOUR);
  if (releasedAt.getTime() >= g.anchor.getTime()) return null;
  const details =
    r.promise.level === "DETAILED"
      ? JSON.stringify([
          {
            competency: "Problem solving",
            comment: "You broke the problem down clearly; name the edge cases earlier.",
          },
        ])
      : "[]";
  const summary =
    r.promise.level === "OUTCOME"
      ? null
      : "Thank you for your time. The panel valued how you explained your trade-offs.";
  const read = random.chance(0.7) ? iso(new Date(releasedAt.getTime() + random.int(1, 48) * HOUR)) : null;
  rows.FeedbackRelease.add(
    random.id(),
    r.interviewId,
    r.applicationId,
    random.pick(ctx.recruiters),
    r.promise.level,
    r.outcome,
    summary,
    details,
    iso(r.feedbackDueAt),
    iso(releasedAt),
    releasedAt.getTime() <= r.feedbackDueAt.getTime(),
    businessDays,
    read && new Date(read).getTime() < g.anchor.getTime() ? read : null,
  );
  return releasedAt;
}

/** About a third of interviewed candidates rate the process, some also their last stage. */
function rating(
  g: Generator,
  ctx: ApplicationContext,
  applicationId: string,
  stage: StageRef,
  closedAt: Date | null,
  lastEnded: number,
) {
  const { random, rows } = g;
  if (!random.chance(closedAt ? 0.35 : 0.1)) return;
  const happy = random.chance(0.65);
  const score = (min: number, max: number) =>
    happy ? random.int(Math.ceil((min + max) / 2), max) : random.int(min, max);
  const createdAt = Math.min(g.anchor.getTime() - HOUR, (closedAt?.getTime() ?? lastEnded) + random.int(1, 10) * DAY);
  const scopes: Array<[string, string | null]> = [["process", null]];
  if (random.chance(0.4)) scopes.push([stage.id, stage.id]);
  for (const [scope, stageId] of scopes) {
    const comment = random.chance(0.3) ? "Clear process and a prompt answer after every stage." : null;
    const at = iso(new Date(createdAt));
    rows.ExperienceRating.add(
      random.id(),
      ctx.orgId,
      applicationId,
      ctx.candidateId,
      stageId,
      scope,
      score(1, 5),
      score(0, 10),
      score(1, 5),
      score(1, 5),
      score(1, 5),
      score(1, 5),
      score(1, 5),
      comment,
      comment !== null && random.chance(0.5),
      at,
      at,
    );
  }
}

// ───────────────────────── entry ─────────────────────────

export interface GenerationResult {
  generated: boolean;
  seconds: number;
  counts: Record<string, number>;
  anchor: string;
}

const MARKER = "_candor_bench_marker";

function markerKey(seed: number, size: DataSize): string {
  return JSON.stringify({ version: GENERATOR_VERSION, seed, size });
}

/** The UTC day the data is anchored to: "now" for generated timestamps. BENCH_ANCHOR pins it. */
export function anchorDay(): Date {
  const pinned = process.env.BENCH_ANCHOR;
  const day = pinned ? new Date(`${pinned}T00:00:00Z`) : new Date(new Date().toISOString().slice(0, 10));
  if (Number.isNaN(day.getTime())) throw new Error("BENCH_ANCHOR must be a date such as 2026-11-25.");
  return day;
}

/** Reuses the data set when seed, size and generator match and it is at most a week old. */
async function existingData(client: pg.Client, key: string, anchor: Date): Promise<GenerationResult | null> {
  await client.query(
    `create table if not exists "${MARKER}" (key text not null, anchor date not null, counts jsonb not null)`,
  );
  await client.query(`alter table "${MARKER}" add column if not exists seconds float8`);
  const { rows } = await client.query<{
    key: string;
    anchor: Date;
    counts: Record<string, number>;
    seconds: number | null;
  }>(`select key, anchor, counts, seconds from "${MARKER}"`);
  const row = rows[0];
  if (!row || row.key !== key) return null;
  const age = anchor.getTime() - new Date(row.anchor).getTime();
  if (age < 0 || age > 7 * DAY) return null;
  return {
    generated: false,
    seconds: row.seconds ?? Number.NaN,
    counts: row.counts,
    anchor: new Date(row.anchor).toISOString().slice(0, 10),
  };
}

export async function ensureBenchData(client: pg.Client, seed: number, size: DataSize): Promise<GenerationResult> {
  const anchor = anchorDay();
  const key = markerKey(seed, size);
  const existing = await existingData(client, key, anchor);
  if (existing) return existing;

  const started = performance.now();
  const random = new Random(seed);
  const rows = tables();
  const benchHash = await hashPassword(BENCH_PASSWORD);
  await client.query("begin");
  try {
    await client.query("set local synchronous_commit = off");
    // Bulk load without the per-statement metric-fact triggers, then derive the facts once, set-based,
    // with the same function the migration uses (a superuser setting: the bench runs as postgres).
    await client.query("set local session_replication_role = replica");
    const { rows: existingTables } = await client.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public' and tablename not in ('_prisma_migrations', '${MARKER}')`,
    );
    await client.query(`truncate ${existingTables.map((t) => `"${t.tablename}"`).join(", ")} cascade`);
    await client.query(`delete from "${MARKER}"`);
    const benchCandidateUserId = random.id();
    rows.User.add(
      benchCandidateUserId,
      BENCH_USERS.candidate,
      "Bench Candidate",
      benchHash,
      iso(new Date(anchor.getTime() - 500 * DAY)),
    );
    const g: Generator = { random, anchor, rows, client, benchHash, benchCandidateUserId };
    await generateOrganization(
      g,
      {
        slug: LARGE_TENANT_SLUG,
        name: "Northwind Logistics",
        timeZone: "Europe/Berlin",
        applications: size.applications,
        interviewers: size.interviewers,
        recruiters: 3,
        domain: "northwind.bench.test",
      },
      true,
    );
    const zones = ["America/New_York", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney"];
    for (let t = 0; t < size.smallTenants; t++) {
      await generateOrganization(
        g,
        {
          slug: `small-${t + 1}-bench`,
          name: `Small Company ${t + 1}`,
          timeZone: zones[t % zones.length] as string,
          applications: size.smallTenantApplications,
          interviewers: 12,
          recruiters: 1,
          domain: `small${t + 1}.bench.test`,
        },
        false,
      );
    }
    await client.query("set local session_replication_role = origin");
    await client.query("select candor_refresh_metric_facts()");
    const counts = Object.fromEntries(Object.values(rows).map((table) => [table.name, table.count]));
    await client.query(`insert into "${MARKER}" (key, anchor, counts) values ($1, $2, $3)`, [
      key,
      anchor.toISOString().slice(0, 10),
      JSON.stringify(counts),
    ]);
    await client.query("commit");
    // Deriving the facts rewrote these tables' rows once; compact them as a long-running database would be.
    for (const table of ["Interview", "InterviewAssignment", "RatingInvitation", "Application"]) {
      await client.query(`vacuum full "${table}"`);
    }
    await client.query("analyze");
    const seconds = (performance.now() - started) / 1000;
    await client.query(`update "${MARKER}" set seconds = $1`, [seconds]);
    return {
      generated: true,
      seconds,
      counts,
      anchor: anchor.toISOString().slice(0, 10),
    };
  } catch (error) {
    await client.query("rollback");
    throw error;
  }
}
