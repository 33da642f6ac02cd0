// Demo data for Candor: two companies with a few weeks of hiring history around `now`.
// Deterministic for a given `now` (seeded PRNG, client-side ids), written in one transaction with
// one createMany per table so it stays fast on PGlite.

import { businessDaysBetween, candidateFeedbackDeadline, isBusinessDay } from "@candor/domain";
import type { Prisma, PrismaClient } from "./generated/prisma/client.ts";
import type {
  ApplicationStatus,
  FeedbackLevel,
  InterviewStatus,
  Outcome,
  Recommendation,
  Role,
  ScorecardStatus,
  StageKind,
} from "./generated/prisma/enums.ts";
import { hashPassword } from "./password.ts";
import {
  type CompetencySpec,
  firstNames,
  growthAreas,
  type JobSpec,
  lastNames,
  type OrgSpec,
  orgs,
  type PromiseSpec,
  privateNotes,
  ratingComments,
  releaseMessages,
  scaleLabels,
  statusUpdateBodies,
  strengths,
  templates,
} from "./seed-data.ts";

export const DEMO_PASSWORD = "candor-demo-2026";

export const demoLogins: Array<{ persona: string; email: string; organization: string }> = [
  { persona: "Company admin", email: "admin@acme.test", organization: "Acme Robotics" },
  { persona: "Recruiter", email: "recruiter@acme.test", organization: "Acme Robotics" },
  { persona: "Interviewer", email: "interviewer@acme.test", organization: "Acme Robotics" },
  { persona: "Candidate", email: "candidate@demo.test", organization: "Acme Robotics and Globex Health" },
  {
    persona: "Interviewer and candidate",
    email: "sam@acme.test",
    organization: "Interviewer at Acme Robotics, candidate at Globex Health",
  },
  { persona: "Company admin (second company)", email: "admin@globex.test", organization: "Globex Health" },
];

const CANDIDATE_USER = { email: "candidate@demo.test", name: "Casey Morgan" };
const DUAL_ROLE_EMAIL = "sam@acme.test";
/** Generated candidates per organisation, besides the demo personas. */
const CANDIDATES_PER_ORG = 34;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ───────────────────────── randomness ─────────────────────────

type Rng = () => number;

/** mulberry32: a tiny, good-enough seeded PRNG. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

class Random {
  constructor(readonly next: Rng) {}
  between(low: number, high: number): number {
    return low + this.next() * (high - low);
  }
  int(low: number, high: number): number {
    return Math.floor(this.between(low, high + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  weighted<T extends string | number>(weights: ReadonlyArray<readonly [T, number]>): T {
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, w] of weights) {
      roll -= w;
      if (roll < 0) return value;
    }
    const last = weights[weights.length - 1];
    if (!last) throw new Error("weighted pick from an empty list");
    return last[0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

/** Deterministic cuid-shaped ids, so a seed for a given `now` is reproducible row for row. */
function idFactory(seed: number): () => string {
  const rng = mulberry32(seed);
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  return () => {
    let id = "c";
    for (let i = 0; i < 24; i++) id += alphabet[Math.floor(rng() * 36)];
    return id;
  };
}

// ───────────────────────── calendar ─────────────────────────

interface CivilDate {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function localParts(date: Date, timeZone: string) {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, fmt);
  }
  const parts: Record<string, number> = {};
  for (const part of fmt.formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    y: parts.year ?? 0,
    m: parts.month ?? 0,
    d: parts.day ?? 0,
    h: parts.hour ?? 0,
    mi: parts.minute ?? 0,
    s: parts.second ?? 0,
  };
}

function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = localParts(new Date(whole), timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - whole;
}

/** The instant at which the wall clock in `timeZone` shows the given local time. */
function zoned(timeZone: string, c: CivilDate, h: number, mi = 0, s = 0): Date {
  const wall = Date.UTC(c.y, c.m - 1, c.d, h, mi, s);
  let t = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(t, timeZone);
  if (second !== t) t = second;
  return new Date(t);
}

function addCivilDays(c: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(c.y, c.m - 1, c.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function isoDay(c: CivilDate): string {
  return `${c.y}-${String(c.m).padStart(2, "0")}-${String(c.d).padStart(2, "0")}`;
}

function easterSunday(year: number): CivilDate {
  // Anonymous Gregorian algorithm.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y: year, m: month, d: day };
}

function nthWeekday(year: number, month: number, weekday: number, n: number): CivilDate {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return { y: year, m: month, d: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
}

function holidaysFor(slug: string, year: number): Array<{ date: CivilDate; name: string }> {
  if (slug === "acme") {
    const easter = easterSunday(year);
    return [
      { date: { y: year, m: 1, d: 1 }, name: "New Year's Day" },
      { date: addCivilDays(easter, -2), name: "Good Friday" },
      { date: addCivilDays(easter, 1), name: "Easter Monday" },
      { date: { y: year, m: 5, d: 1 }, name: "Labour Day" },
      { date: { y: year, m: 10, d: 3 }, name: "German Unity Day" },
      { date: { y: year, m: 12, d: 25 }, name: "Christmas Day" },
      { date: { y: year, m: 12, d: 26 }, name: "Second Day of Christmas" },
    ];
  }
  return [
    { date: { y: year, m: 1, d: 1 }, name: "New Year's Day" },
    { date: addCivilDays(nthWeekday(year, 6, 1, 1), -7), name: "Memorial Day" },
    { date: { y: year, m: 7, d: 4 }, name: "Independence Day" },
    { date: nthWeekday(year, 9, 1, 1), name: "Labor Day" },
    { date: nthWeekday(year, 11, 4, 4), name: "Thanksgiving" },
    { date: { y: year, m: 12, d: 25 }, name: "Christmas Day" },
  ];
}

class Calendar {
  constructor(
    readonly timeZone: string,
    readonly holidays: Set<string>,
  ) {}

  civil(date: Date): CivilDate {
    const p = localParts(date, this.timeZone);
    return { y: p.y, m: p.m, d: p.d };
  }

  isBusinessDay(c: CivilDate): boolean {
    return isBusinessDay(isoDay(c), [...this.holidays]);
  }

  /** The candidate feedback deadline, by the product's own SLA clock. */
  addBusinessDays(from: Date, days: number): Date {
    return candidateFeedbackDeadline(from, days, { timeZone: this.timeZone, holidays: [...this.holidays] });
  }

  /** Business days from one instant to another, for the metrics' time to feedback. */
  businessDaysBetween(from: Date, to: Date): number {
    return businessDaysBetween(from, to, { timeZone: this.timeZone, holidays: [...this.holidays] });
  }

  /** A local working-hours slot on the business day nearest `target` in `direction`. */
  slot(target: Date, hour: number, minute: number, direction: 1 | -1, spread = 0): Date {
    let c = this.civil(target);
    if (!this.isBusinessDay(c)) {
      // Off days spill onto the next business days in `direction`, not all onto the first one.
      while (!this.isBusinessDay(c)) c = addCivilDays(c, direction);
      for (let i = 0; i < spread; i++) {
        do c = addCivilDays(c, direction);
        while (!this.isBusinessDay(c));
      }
    }
    return zoned(this.timeZone, c, hour, minute);
  }

  format(date: Date, locale: string): string {
    return new Intl.DateTimeFormat(locale, {
      timeZone: this.timeZone,
      weekday: "long",
      day: "numeric",
      month: "long",
    }).format(date);
  }
}

// ───────────────────────── rows ─────────────────────────

interface Rows {
  organizations: Prisma.OrganizationCreateManyInput[];
  holidays: Prisma.HolidayCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  jobs: Prisma.JobCreateManyInput[];
  stages: Prisma.JobStageCreateManyInput[];
  promises: Prisma.FeedbackPromiseCreateManyInput[];
  formTemplates: Prisma.FormTemplateCreateManyInput[];
  competencies: Prisma.FormCompetencyCreateManyInput[];
  statusTemplates: Prisma.StatusUpdateTemplateCreateManyInput[];
  candidates: Prisma.CandidateCreateManyInput[];
  applications: Prisma.ApplicationCreateManyInput[];
  interviews: Prisma.InterviewCreateManyInput[];
  assignments: Prisma.InterviewAssignmentCreateManyInput[];
  scorecards: Prisma.ScorecardCreateManyInput[];
  scorecardRatings: Prisma.ScorecardRatingCreateManyInput[];
  releases: Prisma.FeedbackReleaseCreateManyInput[];
  statusUpdates: Prisma.StatusUpdateCreateManyInput[];
  timeline: Prisma.TimelineEventCreateManyInput[];
  experienceRatings: Prisma.ExperienceRatingCreateManyInput[];
  auditLogs: Prisma.AuditLogCreateManyInput[];
}

type PlainStageKind = "SCREEN" | "TECHNICAL" | "ONSITE" | "FINAL";
type ReleaseKind = "onTime" | "late" | "missing";
type Phase = "new" | "upcoming" | "awaiting" | "released" | "rejected" | "withdrawn" | "offered" | "hired";

interface Plan {
  phase: Phase;
  /** Index of the last stage the application reached. */
  stage: number;
  /** awaiting: the feedback deadline has passed with nothing released. */
  overdue?: boolean;
  /** upcoming: days until the interview; awaiting/released: days since it. */
  days?: number;
  /** Closed applications: roughly when it closed. */
  closedDaysAgo?: number;
  earlierRelease?: ReleaseKind;
  lastRelease?: ReleaseKind;
  reschedules?: number;
  rateProcess?: boolean;
}

interface StageRef {
  id: string;
  name: string;
  kind: StageKind;
}

interface JobRef {
  id: string;
  spec: JobSpec;
  stages: StageRef[];
}

interface PromiseRef extends PromiseSpec {
  id: string;
}

interface TemplateRef {
  id: string;
  competencies: Array<{ id: string; spec: CompetencySpec }>;
}

interface Person {
  id: string;
  name: string;
  email: string;
}

const durations: Record<StageKind, number> = {
  SCREEN: 30 * MINUTE,
  TECHNICAL: 60 * MINUTE,
  ONSITE: 180 * MINUTE,
  FINAL: 45 * MINUTE,
  OTHER: 45 * MINUTE,
};

const interviewerCount: Record<StageKind, [number, number]> = {
  SCREEN: [1, 1],
  TECHNICAL: [1, 2],
  ONSITE: [2, 3],
  FINAL: [1, 1],
  OTHER: [1, 1],
};

function plainKind(kind: StageKind): PlainStageKind {
  return kind === "OTHER" ? "SCREEN" : kind;
}

function fill(text: string, job: JobSpec): string {
  return text.replaceAll("{exercise}", job.exercise).replaceAll("{domain}", job.domain);
}

function emailFor(first: string, last: string, domain: string): string {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z]/g, "")
      .toLowerCase();
  return `${ascii(first)}.${ascii(last)}@${domain}`;
}

function recommendationFor(average: number): Recommendation {
  if (average >= 3.5) return "STRONG_YES";
  if (average >= 2.6) return "YES";
  if (average >= 1.8) return "NO";
  return "STRONG_NO";
}

// ───────────────────────── the builder ─────────────────────────

class DemoBuilder {
  readonly rows: Rows = {
    organizations: [],
    holidays: [],
    users: [],
    memberships: [],
    jobs: [],
    stages: [],
    promises: [],
    formTemplates: [],
    competencies: [],
    statusTemplates: [],
    candidates: [],
    applications: [],
    interviews: [],
    assignments: [],
    scorecards: [],
    scorecardRatings: [],
    releases: [],
    statusUpdates: [],
    timeline: [],
    experienceRatings: [],
    auditLogs: [],
  };
  private readonly users = new Map<string, Person>();
  private readonly id: () => string;
  private readonly names: Array<[string, string]>;

  constructor(
    readonly now: Date,
    readonly passwordHash: string,
  ) {
    this.id = idFactory(0xca4d0e);
    const rng = new Random(mulberry32(0x5eed));
    const pairs: Array<[string, string]> = [];
    for (const first of firstNames) for (const last of lastNames) pairs.push([first, last]);
    // One name per generated candidate, never repeated across companies, first names spread out.
    const shuffled = rng.shuffle(pairs);
    const usedFirst = new Set<string>();
    const usedLast = new Set<string>();
    this.names = [];
    for (const pair of shuffled) {
      if (usedFirst.has(pair[0]) || usedLast.has(pair[1])) continue;
      usedFirst.add(pair[0]);
      usedLast.add(pair[1]);
      this.names.push(pair);
    }
    const taken = new Set(this.names);
    for (const pair of shuffled) if (!taken.has(pair)) this.names.push(pair);
  }

  ago(days: number): Date {
    return new Date(this.now.getTime() - days * DAY);
  }

  user(email: string, name: string, createdAt: Date): Person {
    const existing = this.users.get(email);
    if (existing) return existing;
    const person = { id: this.id(), name, email };
    this.users.set(email, person);
    this.rows.users.push({ id: person.id, email, name, passwordHash: this.passwordHash, createdAt });
    return person;
  }

  build(): Rows {
    this.user(CANDIDATE_USER.email, CANDIDATE_USER.name, this.ago(45));
    let nameIndex = 0;
    for (const spec of orgs) {
      const names = this.names.slice(nameIndex, nameIndex + CANDIDATES_PER_ORG);
      nameIndex += CANDIDATES_PER_ORG;
      new OrgBuilder(this, spec, names, this.id).build();
    }
    return this.rows;
  }
}

interface AppState {
  id: string;
  candidateId: string;
  candidateName: string;
  job: JobRef;
  plan: Plan;
  status: ApplicationStatus;
  appliedAt: Date;
  closedAt: Date | null;
  contacts: Date[];
  /** Completed interviews with their release outcome, for experience ratings. */
  history: Array<{ stage: StageRef; end: Date; release: "kept" | "broken" | "pending"; releasedAt?: Date }>;
}

class OrgBuilder {
  private readonly rng: Random;
  private readonly rows: Rows;
  private readonly now: Date;
  private readonly orgId: string;
  private readonly calendar: Calendar;
  private readonly createdAt: Date;
  private admin!: Person;
  private recruiters: Person[] = [];
  private interviewers: Person[] = [];
  private jobs: JobRef[] = [];
  private readonly promises = new Map<string, PromiseRef>();
  private readonly templates = new Map<StageKind, TemplateRef>();
  private statusTemplateBodies: Array<{ name: string; body: string }> = [];
  private readonly apps: AppState[] = [];
  private readonly candidateRows = new Map<string, Prisma.CandidateCreateManyInput>();

  constructor(
    private readonly demo: DemoBuilder,
    private readonly spec: OrgSpec,
    private readonly names: Array<[string, string]>,
    private readonly id: () => string,
  ) {
    this.rng = new Random(mulberry32(hashString(spec.slug)));
    this.rows = demo.rows;
    this.now = demo.now;
    this.orgId = id();
    this.createdAt = demo.ago(200);
    const holidays = new Set<string>();
    const year = localParts(this.now, spec.timeZone).y;
    for (const y of [year - 1, year, year + 1]) {
      for (const h of holidaysFor(spec.slug, y)) {
        holidays.add(isoDay(h.date));
        this.rows.holidays.push({
          id: id(),
          organizationId: this.orgId,
          date: new Date(Date.UTC(h.date.y, h.date.m - 1, h.date.d)),
          name: h.name,
        });
      }
    }
    this.calendar = new Calendar(spec.timeZone, holidays);
  }

  private at(days: number): Date {
    return new Date(this.now.getTime() + days * DAY);
  }

  private clampPast(date: Date, margin = 5 * MINUTE): Date {
    const latest = this.now.getTime() - margin;
    return date.getTime() > latest ? new Date(latest) : date;
  }

  build(): void {
    const { spec, rows, orgId } = this;
    rows.organizations.push({
      id: orgId,
      slug: spec.slug,
      name: spec.name,
      timeZone: spec.timeZone,
      publicTrackRecord: spec.publicTrackRecord,
      createdAt: this.createdAt,
    });
    this.buildStaff();
    this.buildJobsAndPromises();
    this.buildForms();
    this.buildCandidates();
    this.buildRatings();
    this.buildAuditLog();
  }

  private buildStaff(): void {
    for (const [i, staff] of this.spec.staff.entries()) {
      const joined = new Date(this.createdAt.getTime() + i * 3 * DAY);
      const person = this.demo.user(staff.email, staff.name, joined);
      this.rows.memberships.push({
        id: this.id(),
        organizationId: this.orgId,
        userId: person.id,
        role: staff.role as Role,
        createdAt: joined,
      });
      if (staff.role === "ADMIN") this.admin = person;
      else if (staff.role === "RECRUITER") this.recruiters.push(person);
      else this.interviewers.push(person);
    }
  }

  private buildJobsAndPromises(): void {
    const publishedAt = this.demo.ago(150);
    const promiseRow = (p: PromiseSpec, jobId: string | null): PromiseRef => {
      const ref = { ...p, id: this.id() };
      this.rows.promises.push({
        id: ref.id,
        organizationId: this.orgId,
        stageKind: p.stageKind,
        jobId,
        version: 1,
        status: "PUBLISHED",
        level: p.level,
        candidateDeadlineBusinessDays: p.candidateDeadlineBusinessDays,
        scorecardDeadlineHours: p.scorecardDeadlineHours,
        statusCadenceDays: p.statusCadenceDays,
        publishedAt,
        publishedById: this.admin.id,
        createdAt: new Date(publishedAt.getTime() - DAY),
      });
      return ref;
    };
    for (const p of this.spec.promises) this.promises.set(p.stageKind, promiseRow(p, null));

    for (const [j, job] of this.spec.jobs.entries()) {
      const ref: JobRef = { id: this.id(), spec: job, stages: [] };
      this.rows.jobs.push({
        id: ref.id,
        organizationId: this.orgId,
        title: job.title,
        department: job.department,
        location: job.location,
        status: job.status,
        createdAt: this.demo.ago(job.status === "CLOSED" ? 110 : 90 - j * 10),
      });
      for (const [position, stage] of job.stages.entries()) {
        const stageRef = { id: this.id(), name: stage.name, kind: stage.kind };
        ref.stages.push(stageRef);
        this.rows.stages.push({ id: stageRef.id, jobId: ref.id, name: stage.name, kind: stage.kind, position });
      }
      this.jobs.push(ref);
      if (job.title === this.spec.override.jobTitle) {
        const { jobTitle: _, ...override } = this.spec.override;
        this.promises.set(`${override.stageKind}:${ref.id}`, promiseRow(override, ref.id));
      }
    }

    this.statusTemplateBodies = this.spec.statusTemplates;
    for (const [i, t] of this.spec.statusTemplates.entries()) {
      this.rows.statusTemplates.push({
        id: this.id(),
        organizationId: this.orgId,
        name: t.name,
        body: t.body,
        createdAt: this.demo.ago(140 - i),
      });
    }
  }

  private promiseFor(job: JobRef, kind: StageKind): PromiseRef {
    const promise = this.promises.get(`${kind}:${job.id}`) ?? this.promises.get(kind);
    if (!promise) throw new Error(`no promise for ${kind}`);
    return promise;
  }

  private buildForms(): void {
    for (const t of templates) {
      const ref: TemplateRef = { id: this.id(), competencies: [] };
      this.rows.formTemplates.push({
        id: ref.id,
        organizationId: this.orgId,
        stageKind: t.stageKind,
        version: 1,
        name: t.name,
        isCurrent: true,
        createdAt: this.demo.ago(150),
      });
      for (const [position, c] of t.competencies.entries()) {
        const competency = { id: this.id(), spec: c };
        ref.competencies.push(competency);
        this.rows.competencies.push({
          id: competency.id,
          templateId: ref.id,
          name: c.name,
          description: c.description,
          position,
          evidenceRequired: true,
          scale: c.anchors.map((anchor, i) => ({ value: i + 1, label: scaleLabels[i] ?? "", anchor })),
        });
      }
      this.templates.set(t.stageKind, ref);
    }
  }

  // ───────────── candidates and their applications ─────────────

  private candidate(email: string, name: string, userId: string | null, createdAt: Date) {
    const id = this.id();
    const row = { id, organizationId: this.orgId, userId, email: email.toLowerCase(), name, createdAt };
    this.rows.candidates.push(row);
    this.candidateRows.set(id, row);
    return { id, name };
  }

  private jobByTitle(title: string): JobRef {
    const job = this.jobs.find((j) => j.spec.title.startsWith(title));
    if (!job) throw new Error(`no job ${title}`);
    return job;
  }

  private buildCandidates(): void {
    const { rng } = this;
    // Demo personas first, with hand-picked stories.
    const casey = this.demo.user(CANDIDATE_USER.email, CANDIDATE_USER.name, this.demo.ago(45));
    if (this.spec.slug === "acme") {
      const c = this.candidate(casey.email, casey.name, casey.id, this.demo.ago(30));
      this.application(c, this.jobByTitle("Robotics Software Engineer"), {
        phase: "upcoming",
        stage: 2,
        days: 4.2,
        earlierRelease: "onTime",
        reschedules: 1,
      });
    } else {
      const c = this.candidate(casey.email, casey.name, casey.id, this.demo.ago(44));
      this.application(c, this.jobByTitle("Clinical Data Analyst"), {
        phase: "rejected",
        stage: 1,
        closedDaysAgo: 21,
        earlierRelease: "onTime",
        lastRelease: "onTime",
        rateProcess: true,
      });
      this.application(c, this.jobByTitle("Senior Backend Engineer"), {
        phase: "awaiting",
        stage: 0,
        days: 0.9,
      });
      const sam = this.demo.user(DUAL_ROLE_EMAIL, "Sam Okafor", this.demo.ago(190));
      const s = this.candidate(sam.email, sam.name, sam.id, this.demo.ago(20));
      this.application(s, this.jobByTitle("Senior Backend Engineer"), {
        phase: "upcoming",
        stage: 1,
        days: 6.1,
        earlierRelease: "onTime",
      });
    }

    const openJobs = this.jobs.filter((j) => j.spec.status !== "CLOSED");
    const closedJob = this.jobs.find((j) => j.spec.status === "CLOSED");
    const jobWeights = this.jobs.map((j, i) => [i, j.spec.weight] as const);
    let closedCount = 0;
    for (const [first, last] of this.names) {
      const name = `${first} ${last}`;
      const email = emailFor(first, last, this.spec.candidateEmailDomain);
      const job = this.jobs[rng.weighted(jobWeights)] as JobRef;
      const createdAt = this.demo.ago(rng.between(5, 70));
      const c = this.candidate(email, name, null, createdAt);
      if (job === closedJob) {
        const phase: Phase = closedCount === 0 ? "hired" : closedCount === 3 ? "withdrawn" : "rejected";
        closedCount++;
        this.application(c, job, this.closedPlan(job, phase, rng.between(18, 40)));
      } else {
        this.application(c, job, this.randomPlan(job));
      }
      // A few people apply for a second role at the same company.
      if (rng.chance(0.1)) {
        const other = openJobs.find((j) => j !== job);
        if (other) this.application(c, other, { phase: "new", stage: 0 });
      }
    }
  }

  private closedPlan(job: JobRef, phase: Phase, closedDaysAgo: number): Plan {
    const last = job.stages.length - 1;
    if (phase === "hired" || phase === "offered") return { phase, stage: last, closedDaysAgo };
    if (phase === "withdrawn") return { phase, stage: this.rng.int(1, last), closedDaysAgo };
    return { phase, stage: this.rng.weighted(job.stages.map((_, i) => [i, last + 1 - i] as const)), closedDaysAgo };
  }

  private randomPlan(job: JobRef): Plan {
    const { rng } = this;
    const last = job.stages.length - 1;
    const phase = rng.weighted<Phase>([
      ["new", 8],
      ["upcoming", 26],
      ["awaiting", 30],
      ["released", 8],
      ["rejected", 17],
      ["withdrawn", 5],
      ["offered", 4],
      ["hired", 5],
    ]);
    switch (phase) {
      case "new":
        return { phase, stage: 0 };
      case "upcoming":
        return { phase, stage: rng.int(0, last) };
      case "awaiting":
        return { phase, stage: rng.int(0, last), overdue: rng.chance(0.5) };
      case "released":
        return { phase, stage: rng.int(0, last - 1) };
      default:
        return this.closedPlan(job, phase, rng.between(1, 30));
    }
  }

  private localSlot(target: Date, kind: StageKind, direction: 1 | -1): Date {
    const { rng } = this;
    const hour = kind === "ONSITE" ? rng.pick([9, 13]) : rng.pick([9, 10, 11, 13, 14, 15, 16]);
    return this.calendar.slot(target, hour, kind === "ONSITE" ? 0 : rng.pick([0, 30]), direction, rng.int(0, 2));
  }

  private application(candidate: { id: string; name: string }, job: JobRef, plan: Plan): void {
    const { rng, now } = this;
    const n = plan.stage;
    const status: ApplicationStatus =
      plan.phase === "rejected"
        ? "REJECTED"
        : plan.phase === "withdrawn"
          ? "WITHDRAWN"
          : plan.phase === "offered"
            ? "OFFERED"
            : plan.phase === "hired"
              ? "HIRED"
              : "ACTIVE";

    // Lay the interview starts out backwards from the last one.
    const starts: Date[] = [];
    let appliedAt: Date;
    let closedAt: Date | null = null;
    if (plan.phase === "new") {
      appliedAt = this.demo.ago(rng.between(0.3, 6));
    } else {
      const lastKind = (job.stages[n] as StageRef).kind;
      let last: Date;
      let anchor: Date;
      if (plan.phase === "upcoming") {
        last = this.localSlot(this.at(plan.days ?? rng.between(0.4, 11)), lastKind, 1);
        if (last.getTime() < now.getTime() + HOUR) last = this.localSlot(this.at(1), lastKind, 1);
        anchor = last;
      } else if (plan.phase === "awaiting" || plan.phase === "released") {
        const days =
          plan.days ??
          (plan.phase === "released" ? rng.between(2, 6) : plan.overdue ? rng.between(8, 18) : rng.between(0.2, 2.2));
        last = this.localSlot(new Date(now.getTime() - days * DAY - durations[lastKind] - HOUR), lastKind, -1);
        while (last.getTime() + durations[lastKind] + 30 * MINUTE > now.getTime()) {
          last = this.localSlot(new Date(last.getTime() - DAY), lastKind, -1);
        }
        anchor = last;
      } else if (plan.phase === "withdrawn") {
        closedAt = this.demo.ago(plan.closedDaysAgo ?? 10);
        last = this.localSlot(new Date(closedAt.getTime() + rng.between(1, 5) * DAY), lastKind, 1);
        anchor = closedAt;
      } else {
        const offset = plan.phase === "offered" ? rng.between(3, 7) : (plan.closedDaysAgo ?? 10) + rng.between(1, 3);
        last = this.localSlot(this.demo.ago(offset), lastKind, -1);
        anchor = last;
      }
      starts[n] = last;
      let cursor = anchor;
      for (let i = n - 1; i >= 0; i--) {
        const kind = (job.stages[i] as StageRef).kind;
        // Earlier stages are over, with time for their feedback to have gone out.
        const latest = now.getTime() - rng.between(3, 6) * DAY - durations[kind];
        cursor = this.localSlot(new Date(Math.min(cursor.getTime() - rng.between(5, 9) * DAY, latest)), kind, -1);
        starts[i] = cursor;
      }
      const firstStart = (starts[0] as Date).getTime();
      appliedAt = new Date(
        Math.min(firstStart - rng.between(3, 10) * DAY, now.getTime() - rng.between(0.5, 4) * DAY) -
          rng.int(0, 600) * MINUTE,
      );
    }

    const app: AppState = {
      id: this.id(),
      candidateId: candidate.id,
      candidateName: candidate.name,
      job,
      plan,
      status,
      appliedAt,
      closedAt,
      contacts: [appliedAt],
      history: [],
    };
    this.event(app, "application.created", appliedAt, {
      jobTitle: job.spec.title,
      organizationName: this.spec.name,
    });

    let previousEnd = appliedAt;
    let lastRelease: Date | null = null;
    for (let i = 0; i <= n && plan.phase !== "new"; i++) {
      const isLast = i === n;
      const start = starts[i] as Date;
      let interviewStatus: InterviewStatus = "COMPLETED";
      let release: ReleaseKind | null =
        plan.earlierRelease ??
        rng.weighted<ReleaseKind>([
          ["onTime", 78],
          ["late", 14],
          ["missing", 8],
        ]);
      let outcome: Outcome = "ADVANCING";
      if (isLast) {
        switch (plan.phase) {
          case "upcoming":
            interviewStatus = "SCHEDULED";
            release = null;
            break;
          case "withdrawn":
            interviewStatus = "CANCELLED";
            release = null;
            break;
          case "awaiting":
            release = null;
            break;
          case "released":
            release = plan.lastRelease ?? (rng.chance(0.85) ? "onTime" : "late");
            break;
          case "rejected":
            outcome = "NOT_ADVANCING";
            release =
              plan.lastRelease ??
              rng.weighted<ReleaseKind>([
                ["onTime", 62],
                ["late", 22],
                ["missing", 16],
              ]);
            break;
          default:
            outcome = "OFFER";
            release = plan.lastRelease ?? (rng.chance(0.85) ? "onTime" : "late");
        }
      }
      // Now and then an interview was cancelled (interviewer ill) and booked again.
      if (interviewStatus === "SCHEDULED" && rng.chance(0.15)) {
        const cancelledStart = this.localSlot(
          new Date(start.getTime() - rng.between(2, 5) * DAY),
          (job.stages[i] as StageRef).kind,
          -1,
        );
        if (cancelledStart.getTime() > previousEnd.getTime() + DAY) {
          const cancelled = this.interview(app, i, cancelledStart, "CANCELLED", null, "ADVANCING", previousEnd, 0);
          if (cancelled.cancelledAt) previousEnd = cancelled.cancelledAt;
        }
      }
      const result = this.interview(
        app,
        i,
        start,
        interviewStatus,
        release,
        outcome,
        previousEnd,
        isLast ? plan.reschedules : undefined,
      );
      if (result.end) previousEnd = result.end;
      if (result.releasedAt) lastRelease = result.releasedAt;
      if (isLast && plan.phase === "rejected") {
        if (result.releasedAt) {
          closedAt = new Date(result.releasedAt.getTime() + rng.int(0, 20) * MINUTE);
        } else {
          // Rejected by a plain message, without the feedback that was promised.
          closedAt = this.clampPast(new Date(previousEnd.getTime() + rng.between(8, 14) * DAY), HOUR);
          this.statusUpdate(
            app,
            closedAt,
            "MANUAL",
            rng.pick(statusUpdateBodies.rejectedWithoutFeedback),
            this.recruiter(),
          );
        }
      }
      if (isLast && plan.phase === "hired") {
        const base = lastRelease ?? previousEnd;
        closedAt = this.clampPast(new Date(base.getTime() + rng.between(1, 4) * DAY), HOUR);
        this.statusUpdate(app, closedAt, "MANUAL", rng.pick(statusUpdateBodies.hired), this.recruiter());
      }
      if (isLast && plan.phase === "withdrawn" && closedAt) {
        this.statusUpdate(app, closedAt, "MANUAL", rng.pick(statusUpdateBodies.withdrawn), this.recruiter());
      }
    }

    if (status !== "ACTIVE") {
      const changedAt = closedAt ?? lastRelease ?? previousEnd;
      this.event(app, "application.status_changed", changedAt, { from: "ACTIVE", to: status });
    }
    app.closedAt = status === "OFFERED" ? null : closedAt;

    // A candidate record exists from their first application.
    const candidateRow = this.candidateRows.get(candidate.id);
    if (candidateRow && new Date(candidateRow.createdAt ?? appliedAt) > appliedAt) candidateRow.createdAt = appliedAt;
    // "released": told they are advancing, the next stage not booked yet.
    const stageIndex = plan.phase === "released" ? n + 1 : n;
    const currentStage = job.stages[Math.min(stageIndex, job.stages.length - 1)] as StageRef;
    const lastContact = app.contacts.reduce((a, b) => (a.getTime() > b.getTime() ? a : b));
    this.rows.applications.push({
      id: app.id,
      organizationId: this.orgId,
      candidateId: app.candidateId,
      jobId: job.id,
      currentStageId: currentStage.id,
      status,
      appliedAt,
      closedAt: app.closedAt,
      lastCandidateContactAt: lastContact,
      createdAt: appliedAt,
    });
    this.apps.push(app);
  }

  private recruiter(): Person {
    return this.rng.pick(this.recruiters);
  }

  private pickInterviewers(kind: StageKind): Person[] {
    const [low, high] = interviewerCount[kind];
    const count = Math.min(this.rng.int(low, high), this.interviewers.length);
    // The demo interviewer (first in the list) takes a larger share, so their home page is busy.
    const [main, ...rest] = this.interviewers;
    const pool = this.rng.shuffle(rest);
    if (main && this.rng.chance(0.6)) pool.unshift(main);
    else if (main) pool.push(main);
    return pool.slice(0, count);
  }

  private event(app: AppState, kind: string, occurredAt: Date, data: Prisma.InputJsonObject, contact = true): void {
    this.rows.timeline.push({ id: this.id(), applicationId: app.id, kind, occurredAt, data });
    if (contact) app.contacts.push(occurredAt);
  }

  private statusUpdate(
    app: AppState,
    at: Date,
    kind: "MANUAL" | "TEMPLATE" | "HOLDING",
    body: string,
    author: Person | null,
  ): void {
    const id = this.id();
    this.rows.statusUpdates.push({
      id,
      applicationId: app.id,
      authorId: author?.id ?? null,
      kind,
      body,
      createdAt: at,
    });
    this.event(app, "status.updated", at, { statusUpdateId: id, kind, body });
  }

  private interview(
    app: AppState,
    stageIndex: number,
    start: Date,
    status: InterviewStatus,
    release: ReleaseKind | null,
    outcome: Outcome,
    previousEnd: Date,
    reschedules: number | undefined,
  ): { end?: Date; releasedAt?: Date; cancelledAt?: Date } {
    const { rng, now, calendar } = this;
    const job = app.job;
    const stage = job.stages[stageIndex] as StageRef;
    const promise = this.promiseFor(job, stage.kind);
    const id = this.id();
    const scheduledEnd = new Date(start.getTime() + durations[stage.kind]);
    // Booked a few days ahead, after the previous step, and in the past.
    const bookingTarget = Math.min(
      start.getTime() - rng.between(2, 7) * DAY,
      now.getTime() - rng.between(0.3, 4) * DAY,
    );
    let bookedAt = this.clampPast(
      new Date(Math.min(Math.max(bookingTarget, previousEnd.getTime() + 2 * HOUR), start.getTime() - HOUR)),
      30 * MINUTE,
    );
    const withdrawnAt = status === "CANCELLED" && app.plan.phase === "withdrawn" ? app.closedAt : null;
    let cancelledAt: Date | undefined;
    if (status === "CANCELLED") {
      cancelledAt =
        withdrawnAt ??
        this.clampPast(
          new Date(
            Math.max(
              Math.min(start.getTime() - rng.between(3, 20) * HOUR, now.getTime() - rng.between(6, 48) * HOUR),
              bookedAt.getTime() + HOUR,
            ),
          ),
        );
      if (bookedAt.getTime() >= cancelledAt.getTime()) {
        bookedAt = new Date(Math.max(previousEnd.getTime() + HOUR, cancelledAt.getTime() - rng.between(1, 3) * DAY));
      }
    }
    const rescheduleCount =
      status === "CANCELLED"
        ? 0
        : (reschedules ??
          rng.weighted([
            [0, 80],
            [1, 14],
            [2, 4],
            [3, 2],
          ] as const));

    let endedAt: Date | null = null;
    let scorecardDueAt: Date | null = null;
    let feedbackDueAt: Date | null = null;
    if (status === "COMPLETED") {
      endedAt = this.clampPast(new Date(scheduledEnd.getTime() + rng.int(-5, 12) * MINUTE), 10 * MINUTE);
      scorecardDueAt = new Date(endedAt.getTime() + promise.scorecardDeadlineHours * HOUR);
      feedbackDueAt = calendar.addBusinessDays(endedAt, promise.candidateDeadlineBusinessDays);
    }
    this.rows.interviews.push({
      id,
      organizationId: this.orgId,
      applicationId: app.id,
      stageId: stage.id,
      promiseId: promise.id,
      status,
      scheduledStart: start,
      scheduledEnd,
      endedAt,
      rescheduleCount,
      scorecardDueAt,
      candidateFeedbackDueAt: feedbackDueAt,
      createdAt: bookedAt,
    });

    // Timeline: booked, moved, cancelled or held.
    this.event(app, "interview.scheduled", bookedAt, {
      interviewId: id,
      stageName: stage.name,
      scheduledStart: start.toISOString(),
      scheduledEnd: scheduledEnd.toISOString(),
    });
    // Moves happen after the booking and before the interview (and before now).
    const lastMoveBy = Math.max(Math.min(start.getTime(), now.getTime()) - 5 * MINUTE, bookedAt.getTime() + MINUTE);
    // Each move goes from one business-day slot to the next; the last lands on `start`.
    const wall = localParts(start, calendar.timeZone);
    const chain: Date[] = [start];
    for (let r = 0; r < rescheduleCount; r++) {
      const earlier = new Date((chain[0] as Date).getTime() - rng.int(1, 3) * DAY);
      chain.unshift(calendar.slot(earlier, wall.h, wall.mi, -1));
    }
    for (let r = 1; r <= rescheduleCount; r++) {
      const at = new Date(bookedAt.getTime() + ((lastMoveBy - bookedAt.getTime()) * r) / (rescheduleCount + 1));
      this.event(app, "interview.rescheduled", at, {
        interviewId: id,
        stageName: stage.name,
        previousStart: (chain[r - 1] as Date).toISOString(),
        scheduledStart: (chain[r] as Date).toISOString(),
      });
    }
    if (cancelledAt) {
      this.event(app, "interview.cancelled", cancelledAt, {
        interviewId: id,
        stageName: stage.name,
        reason:
          app.plan.phase === "withdrawn" ? "Withdrawn by the candidate" : "Interviewer unavailable; we will rebook",
      });
    }

    const interviewers = this.pickInterviewers(stage.kind);
    for (const person of interviewers) {
      this.rows.assignments.push({ id: this.id(), interviewId: id, interviewerId: person.id, createdAt: bookedAt });
    }
    if (status !== "COMPLETED" || !endedAt || !scorecardDueAt || !feedbackDueAt)
      return cancelledAt ? { cancelledAt } : {};

    const end = endedAt;
    const scDue = scorecardDueAt;
    const due = feedbackDueAt;
    this.event(app, "interview.completed", end, {
      interviewId: id,
      stageName: stage.name,
      feedbackLevel: promise.level,
      feedbackDueAt: due.toISOString(),
    });

    // Scorecards: how good the candidate was, and whether each interviewer filed on time.
    const quality =
      outcome === "NOT_ADVANCING"
        ? rng.between(1.3, 2.4)
        : outcome === "OFFER"
          ? rng.between(3.1, 3.8)
          : release === null
            ? rng.between(1.8, 3.6)
            : rng.between(2.7, 3.6);
    const template = this.templates.get(stage.kind === "OTHER" ? "SCREEN" : stage.kind) as TemplateRef;
    const willRelease = release === "onTime" || release === "late";
    const submittedTimes: Date[] = [];
    const averages: number[] = [];
    const strengthsUsed: string[] = [];
    const growthUsed: Array<{ area: string; suggestion: string }> = [];
    for (const person of interviewers) {
      const onTimeAt = new Date(end.getTime() + rng.between(0.1, 0.95) * (scDue.getTime() - end.getTime()));
      const lateAt = new Date(scDue.getTime() + rng.between(1, 40) * HOUR);
      let state: "onTime" | "late" | "draft" | "missing";
      if (willRelease) {
        state = rng.chance(release === "late" ? 0.4 : 0.18) ? "late" : "onTime";
      } else if (scDue.getTime() > now.getTime()) {
        state = rng.weighted([
          ["onTime", 45],
          ["draft", 30],
          ["missing", 25],
        ] as const);
      } else {
        state = rng.weighted([
          ["onTime", 36],
          ["late", 20],
          ["draft", 24],
          ["missing", 20],
        ] as const);
      }
      if (state === "late" && lateAt.getTime() > now.getTime() - 10 * MINUTE) state = willRelease ? "onTime" : "draft";
      if (state === "onTime" && onTimeAt.getTime() > now.getTime() - 10 * MINUTE)
        state = willRelease ? "onTime" : "draft";
      if (state === "missing") continue;
      const submittedAt = state === "onTime" ? this.clampPast(onTimeAt, 10 * MINUTE) : state === "late" ? lateAt : null;
      if (submittedAt) submittedTimes.push(submittedAt);
      const card = this.scorecard(app, id, person, template, stage.kind, quality, submittedAt, state === "late", end);
      if (submittedAt) {
        averages.push(card.average);
        strengthsUsed.push(card.strength);
        growthUsed.push(...card.growth);
      }
    }

    const history = {
      stage,
      end,
      release: "pending" as "kept" | "broken" | "pending",
      releasedAt: undefined as Date | undefined,
    };
    app.history.push(history);
    if (due.getTime() < now.getTime()) history.release = "broken";
    if (!willRelease || submittedTimes.length === 0) return { end };

    const lastScorecard = Math.max(...submittedTimes.map((t) => t.getTime()));
    let releasedAt: Date;
    if (release === "onTime") {
      releasedAt = new Date(
        Math.max(lastScorecard + rng.between(0.5, 6) * HOUR, end.getTime() + rng.between(2, 20) * HOUR),
      );
      if (releasedAt > due && lastScorecard < due.getTime() - HOUR) {
        releasedAt = new Date(rng.between(lastScorecard, due.getTime() - 10 * MINUTE));
      }
    } else {
      releasedAt = new Date(Math.max(due.getTime() + rng.between(3, 72) * HOUR, lastScorecard + HOUR));
    }
    if (releasedAt.getTime() > now.getTime() - 10 * MINUTE) return { end };

    const kept = releasedAt.getTime() <= due.getTime();
    history.release = kept ? "kept" : "broken";
    history.releasedAt = releasedAt;
    const releaseId = this.id();
    const level: FeedbackLevel = promise.level;
    const opening = this.rng.pick(releaseMessages[outcome]);
    const strength = strengthsUsed[0];
    const growth = growthUsed[0];
    let summary = opening;
    if (level !== "OUTCOME") {
      if (strength) summary += ` What stood out: ${strength}`;
      if (growth) summary += ` Something to work on: ${growth.area.toLowerCase()}. ${growth.suggestion}`;
    }
    const details =
      level === "DETAILED"
        ? template.competencies.map((c, i) => {
            const avg = averages.length ? averages.reduce((a, b) => a + b, 0) / averages.length : 2.5;
            const strong = avg + (i % 2 === 0 ? 0.3 : -0.3) >= 2.8;
            return { competency: c.spec.name, comment: strong ? c.spec.feedback.strong : c.spec.feedback.develop };
          })
        : [];
    const autoReleased = level === "OUTCOME" && outcome === "ADVANCING" && rng.chance(0.25);
    const releasedBy = autoReleased ? null : this.recruiter();
    const readAt = rng.chance(0.8) ? new Date(releasedAt.getTime() + rng.between(0.3, 30) * HOUR) : null;
    this.rows.releases.push({
      id: releaseId,
      interviewId: id,
      applicationId: app.id,
      releasedById: releasedBy?.id ?? null,
      level,
      outcome,
      summary,
      details,
      dueAt: due,
      releasedAt,
      keptPromise: kept,
      businessDaysToFeedback: this.calendar.businessDaysBetween(end, releasedAt),
      autoReleased,
      readAt: readAt && readAt.getTime() < now.getTime() ? readAt : null,
    });
    this.event(app, "feedback.released", releasedAt, {
      interviewId: id,
      releaseId,
      stageName: stage.name,
      level,
      outcome,
      dueAt: due.toISOString(),
      onTime: kept,
    });
    if (releasedBy && rng.chance(0.15)) {
      this.rows.auditLogs.push({
        id: this.id(),
        organizationId: this.orgId,
        actorUserId: releasedBy.id,
        action: "feedback.released",
        targetType: "FeedbackRelease",
        targetId: releaseId,
        data: { interviewId: id, level, outcome, keptPromise: kept },
        ip: `203.0.113.${rng.int(2, 250)}`,
        createdAt: releasedAt,
      });
    }
    return { end, releasedAt };
  }

  private scorecard(
    app: AppState,
    interviewId: string,
    person: Person,
    template: TemplateRef,
    kind: StageKind,
    quality: number,
    submittedAt: Date | null,
    late: boolean,
    end: Date,
  ): { average: number; strength: string; growth: Array<{ area: string; suggestion: string }> } {
    const { rng } = this;
    const job = app.job.spec;
    const id = this.id();
    const submitted = submittedAt !== null;
    const ratings: number[] = [];
    for (const [i, c] of template.competencies.entries()) {
      const rating = Math.max(1, Math.min(4, Math.round(quality + rng.between(-0.8, 0.8))));
      // Drafts are half written: later competencies not yet rated.
      const filled = submitted || i < Math.ceil(template.competencies.length / 2);
      if (filled) ratings.push(rating);
      this.rows.scorecardRatings.push({
        id: this.id(),
        scorecardId: id,
        competencyId: c.id,
        rating: filled ? rating : null,
        evidence: filled ? fill(c.spec.evidence[rating - 1] ?? "", job) : "",
      });
    }
    const average = ratings.reduce((a, b) => a + b, 0) / Math.max(1, ratings.length);
    const k = plainKind(kind);
    const strength = fill(rng.pick(strengths[k]), job);
    const growthCount = average >= 3.3 ? 1 : 2;
    const growth = rng.shuffle(growthAreas[k]).slice(0, growthCount);
    const recommendation = recommendationFor(average);
    const positive = recommendation === "YES" || recommendation === "STRONG_YES";
    const updatedAt = submittedAt ?? this.clampPast(new Date(end.getTime() + rng.between(0.5, 10) * HOUR), 15 * MINUTE);
    this.rows.scorecards.push({
      id,
      interviewId,
      interviewerId: person.id,
      templateId: template.id,
      status: (submitted ? "SUBMITTED" : "DRAFT") as ScorecardStatus,
      recommendation: submitted || rng.chance(0.4) ? recommendation : null,
      privateNotes: rng.chance(0.55) ? rng.pick(positive ? privateNotes.positive : privateNotes.negative) : null,
      strengths: submitted || rng.chance(0.5) ? strength : "",
      growthAreas: submitted ? growth : growth.slice(0, 1).map((g) => ({ area: g.area, suggestion: "" })),
      revision: submitted ? rng.int(1, 4) : rng.int(1, 2),
      submittedAt,
      late,
      createdAt: new Date(end.getTime() + rng.between(5, 60) * MINUTE),
      updatedAt,
    });
    return { average, strength, growth };
  }

  // ───────────── status updates, ratings and the audit log ─────────────

  private buildRatings(): void {
    const { rng, now } = this;
    let activeStageRatings = 0;
    for (const app of this.apps) {
      const cadenceStage = app.job.stages[Math.min(app.plan.stage, app.job.stages.length - 1)] as StageRef;
      const cadence = this.promiseFor(app.job, cadenceStage.kind);
      // Keep-warm updates for active applications.
      if (app.status === "ACTIVE") this.keepWarm(app, cadenceStage, cadence);

      if (app.history.length === 0) continue;
      const closed = app.closedAt !== null;
      if (!closed) {
        // A couple of candidates rated a stage while still in process: counted only once closed.
        const rated = app.history.find((h) => h.release === "kept");
        if (app.plan.phase === "upcoming" && rated && activeStageRatings < 2 && rng.chance(0.5)) {
          activeStageRatings++;
          const at = this.clampPast(new Date((rated.releasedAt ?? rated.end).getTime() + 6 * HOUR), HOUR);
          this.experienceRating(app, rated.stage, "positive", at);
        }
        continue;
      }
      if (!(app.plan.rateProcess ?? rng.chance(0.7))) continue;
      const broken = app.history.filter((h) => h.release === "broken").length;
      const sentiment: "positive" | "mixed" | "negative" =
        app.status === "HIRED"
          ? broken > 0
            ? "mixed"
            : "positive"
          : broken === 0
            ? rng.chance(0.8)
              ? "positive"
              : "mixed"
            : broken === 1
              ? rng.chance(0.6)
                ? "mixed"
                : "negative"
              : "negative";
      const closedAt = app.closedAt as Date;
      const at = new Date(Math.min(closedAt.getTime() + rng.between(0.5, 4) * DAY, now.getTime() - HOUR));
      this.experienceRating(app, null, sentiment, at);
      const lastStage = app.history[app.history.length - 1];
      if (lastStage && rng.chance(0.3)) this.experienceRating(app, lastStage.stage, sentiment, at);
    }
  }

  private keepWarm(app: AppState, stage: StageRef, promise: PromiseRef): void {
    const { rng, now } = this;
    const last = app.history[app.history.length - 1];
    if (app.plan.phase === "awaiting" && last && last.release !== "kept") {
      const due = this.calendar.addBusinessDays(last.end, promise.candidateDeadlineBusinessDays);
      const holdingBody = `No decision yet on your ${stage.name.toLowerCase()}. You will hear from us by ${this.calendar.format(due, this.spec.locale)}.`;
      const untilDue = due.getTime() - now.getTime();
      if (untilDue > 0 && untilDue < 30 * HOUR) {
        // Never silent: the automatic holding update one business day before the deadline.
        const at = new Date(Math.max(last.end.getTime() + HOUR, now.getTime() - rng.between(1, 6) * HOUR));
        this.statusUpdate(app, at, "HOLDING", holdingBody, null);
      } else if (untilDue < 0 && rng.chance(0.5)) {
        const at = new Date(Math.max(last.end.getTime() + HOUR, due.getTime() - rng.between(8, 20) * HOUR));
        this.statusUpdate(app, at, "HOLDING", holdingBody, null);
      }
    } else if (app.plan.phase === "released" && last?.releasedAt && rng.chance(0.6)) {
      const next = app.job.stages[app.plan.stage + 1];
      const template = this.statusTemplateBodies[1];
      const at = this.clampPast(new Date(last.releasedAt.getTime() + rng.between(2, 20) * HOUR), HOUR);
      if (next && template) {
        const recruiter = this.recruiter();
        const body = template.body.replace("{stage}", next.name.toLowerCase()).replace("{recruiter}", recruiter.name);
        this.statusUpdate(app, at, "TEMPLATE", body, recruiter);
      }
    } else if (app.plan.phase === "upcoming" && rng.chance(0.15)) {
      const at = this.clampPast(new Date(app.appliedAt.getTime() + rng.between(2, 5) * DAY), HOUR);
      this.statusUpdate(app, at, "MANUAL", rng.pick(statusUpdateBodies.checkIn), this.recruiter());
    }
  }

  private experienceRating(
    app: AppState,
    stage: StageRef | null,
    sentiment: "positive" | "mixed" | "negative",
    createdAt: Date,
  ): void {
    const { rng } = this;
    const r = (low: number, high: number) => rng.int(low, high);
    const scores =
      sentiment === "positive"
        ? {
            overall: r(4, 5),
            recommend: r(8, 10),
            communication: r(4, 5),
            timeliness: r(4, 5),
            respect: 5,
            clarity: r(4, 5),
            usefulness: r(3, 5),
          }
        : sentiment === "mixed"
          ? {
              overall: r(3, 4),
              recommend: r(5, 8),
              communication: r(3, 4),
              timeliness: r(2, 3),
              respect: r(4, 5),
              clarity: r(3, 4),
              usefulness: r(3, 4),
            }
          : {
              overall: r(1, 2),
              recommend: r(0, 4),
              communication: r(1, 2),
              timeliness: 1,
              respect: r(2, 4),
              clarity: r(2, 3),
              usefulness: r(1, 2),
            };
    const comment = rng.chance(0.7) ? rng.pick(ratingComments[sentiment]) : null;
    this.rows.experienceRatings.push({
      id: this.id(),
      organizationId: this.orgId,
      applicationId: app.id,
      candidateId: app.candidateId,
      stageId: stage?.id ?? null,
      scope: stage ? stage.id : "process",
      ...scores,
      comment,
      shareComment: comment !== null && rng.chance(0.5),
      createdAt,
      updatedAt: createdAt,
    });
  }

  private buildAuditLog(): void {
    const { rng } = this;
    const ip = () => `203.0.113.${rng.int(2, 250)}`;
    for (const p of this.promises.values()) {
      this.rows.auditLogs.push({
        id: this.id(),
        organizationId: this.orgId,
        actorUserId: this.admin.id,
        action: "promise.published",
        targetType: "FeedbackPromise",
        targetId: p.id,
        data: { stageKind: p.stageKind, version: 1, level: p.level },
        ip: ip(),
        createdAt: this.demo.ago(150),
      });
    }
    const recruiter = this.recruiters[this.recruiters.length - 1];
    if (recruiter) {
      this.rows.auditLogs.push({
        id: this.id(),
        organizationId: this.orgId,
        actorUserId: this.admin.id,
        action: "member.role_changed",
        targetType: "User",
        targetId: recruiter.id,
        data: { from: "INTERVIEWER", to: "RECRUITER" },
        ip: ip(),
        createdAt: this.demo.ago(60),
      });
    }
    for (const person of [this.admin, ...this.recruiters]) {
      this.rows.auditLogs.push({
        id: this.id(),
        organizationId: null,
        actorUserId: person.id,
        action: "auth.sign_in",
        targetType: "User",
        targetId: person.id,
        data: {},
        ip: ip(),
        createdAt: this.demo.ago(rng.between(0.1, 3)),
      });
    }
    this.rows.auditLogs.push({
      id: this.id(),
      organizationId: this.orgId,
      actorUserId: this.admin.id,
      action: "metrics.exported",
      targetType: null,
      targetId: null,
      data: { format: "csv", range: "last_90_days" },
      ip: ip(),
      createdAt: this.demo.ago(rng.between(4, 9)),
    });
  }
}

/** Every demo row for a given `now`, without touching a database (pure and deterministic). */
export function buildDemoData(now: Date, passwordHash: string): Rows {
  return new DemoBuilder(now, passwordHash).build();
}

/**
 * Seeds two demo companies unless any organisation exists. Everything is written in one transaction,
 * one createMany per table, so it is all or nothing and fast on PGlite.
 */
export async function seedDemoData(prisma: PrismaClient, options: { now?: Date } = {}): Promise<{ seeded: boolean }> {
  if ((await prisma.organization.count()) > 0) return { seeded: false };
  const now = options.now ?? new Date();
  const rows = buildDemoData(now, await hashPassword(DEMO_PASSWORD));
  return prisma.$transaction(
    async (tx) => {
      if ((await tx.organization.count()) > 0) return { seeded: false };
      await tx.organization.createMany({ data: rows.organizations });
      await tx.holiday.createMany({ data: rows.holidays });
      await tx.user.createMany({ data: rows.users });
      await tx.membership.createMany({ data: rows.memberships });
      await tx.job.createMany({ data: rows.jobs });
      await tx.jobStage.createMany({ data: rows.stages });
      await tx.feedbackPromise.createMany({ data: rows.promises });
      await tx.formTemplate.createMany({ data: rows.formTemplates });
      await tx.formCompetency.createMany({ data: rows.competencies });
      await tx.statusUpdateTemplate.createMany({ data: rows.statusTemplates });
      await tx.candidate.createMany({ data: rows.candidates });
      await tx.application.createMany({ data: rows.applications });
      await tx.interview.createMany({ data: rows.interviews });
      await tx.interviewAssignment.createMany({ data: rows.assignments });
      await tx.scorecard.createMany({ data: rows.scorecards });
      await tx.scorecardRating.createMany({ data: rows.scorecardRatings });
      await tx.feedbackRelease.createMany({ data: rows.releases });
      await tx.statusUpdate.createMany({ data: rows.statusUpdates });
      await tx.timelineEvent.createMany({ data: rows.timeline });
      await tx.experienceRating.createMany({ data: rows.experienceRatings });
      await tx.auditLog.createMany({ data: rows.auditLogs });
      return { seeded: true };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
