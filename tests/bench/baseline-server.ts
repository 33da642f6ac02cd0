/**
 * The baseline: a bare Fastify server that answers each hot path with ONE hand-written SQL statement
 * through `pg` (session check included), building the JSON in PostgreSQL. It reads the same rows as
 * the API but computes no derived text (sentences, timeline summaries, due states, lint).
 * With BASELINE_PREPARED=1 each statement is prepared once per connection (named), as the API's are.
 * Prints {"port": N} on stdout once listening.
 */
import { createHash, randomUUID } from "node:crypto";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on("error", () => {});

const NOW = `(now() at time zone 'UTC')`;
/** The signed-in user behind the bearer token ($1 is the token's SHA-256), as the API's session check. */
const VIEWER = `viewer as (
  select s."userId" as id from "Session" s
  where s.id = $1 and s."expiresAt" > ${NOW} and s."absoluteExpiresAt" > ${NOW}
)`;

const CANDIDATE_HOME = `with ${VIEWER}
select json_build_object('candidateHome', json_build_object('applications', coalesce(json_agg(x), '[]'))) as body
from (
  select a.id, o.name as "organizationName", o."timeZone" as "organizationTimeZone", j.title as "jobTitle", a.status,
    st.name as "currentStageName", a."appliedAt",
    (select min(i."scheduledStart") from "Interview" i
      where i."applicationId" = a.id and i.status = 'SCHEDULED' and i."scheduledStart" >= ${NOW}) as "nextInterviewAt"
  from "Application" a
  join "Candidate" c on c.id = a."candidateId"
  join viewer v on v.id = c."userId"
  join "Organization" o on o.id = a."organizationId"
  join "Job" j on j.id = a."jobId"
  left join "JobStage" st on st.id = a."currentStageId"
  order by a."appliedAt" desc
  limit 100
) x`;

const CANDIDATE_APPLICATION = `with ${VIEWER}
select json_build_object('candidateApplication', json_build_object(
  'id', a.id, 'organizationName', o.name, 'organizationSlug', o.slug, 'organizationTimeZone', o."timeZone",
  'jobTitle', j.title, 'status', a.status, 'appliedAt', a."appliedAt", 'currentStageId', a."currentStageId",
  'holidays', (select coalesce(json_agg(h.date), '[]') from "Holiday" h where h."organizationId" = a."organizationId"),
  'stages', (select json_agg(json_build_object('id', s.id, 'name', s.name, 'kind', s.kind, 'position', s.position)
      order by s.position) from "JobStage" s where s."jobId" = a."jobId"),
  'interviews', (select coalesce(json_agg(json_build_object(
      'id', i.id, 'stageName', st.name, 'stageKind', st.kind, 'status', i.status, 'startsAt', i."scheduledStart",
      'endsAt', i."scheduledEnd", 'rescheduleCount', i."rescheduleCount", 'feedbackDueAt', i."candidateFeedbackDueAt",
      'promise', case when p.id is null then null else json_build_object('level', p.level,
        'candidateDeadlineBusinessDays', p."candidateDeadlineBusinessDays", 'stageKind', p."stageKind") end,
      'releasedFeedback', case when r.id is null then null else json_build_object('id', r.id, 'level', r.level,
        'outcome', r.outcome, 'summary', r.summary, 'details', r.details, 'releasedAt', r."releasedAt",
        'readAt', r."readAt", 'keptPromise', r."keptPromise") end
    ) order by i."scheduledStart"), '[]')
    from "Interview" i join "JobStage" st on st.id = i."stageId"
    left join "FeedbackPromise" p on p.id = i."promiseId"
    left join "FeedbackRelease" r on r."interviewId" = i.id
    where i."applicationId" = a.id),
  'statusUpdates', (select coalesce(json_agg(json_build_object('id', u.id, 'body', u.body, 'postedAt', u."createdAt")
      order by u."createdAt" desc), '[]') from "StatusUpdate" u where u."applicationId" = a.id),
  'timeline', (select coalesce(json_agg(t order by t."occurredAt" desc), '[]') from (
      select e.id, e.kind, e."occurredAt", e.data from "TimelineEvent" e
      where e."applicationId" = a.id order by e."occurredAt" desc limit 200) t)
)) as body
from "Application" a
join "Candidate" c on c.id = a."candidateId"
join viewer v on v.id = c."userId"
join "Organization" o on o.id = a."organizationId"
join "Job" j on j.id = a."jobId"
where a.id = $2`;

function interviewList(where: string, order: string): string {
  return `(select coalesce(json_agg(x), '[]') from (
    select i.id, c.name as "candidateName", j.title as "jobTitle", st.name as "stageName", i."scheduledStart", i.status,
      i."scorecardDueAt", i."candidateFeedbackDueAt",
      exists (select 1 from "Scorecard" s where s."interviewId" = i.id and s."interviewerId" = (select id from viewer)
        and s.status = 'SUBMITTED') as "scorecardSubmitted"
    from mine i
    join "JobStage" st on st.id = i."stageId"
    join "Application" a on a.id = i."applicationId"
    join "Candidate" c on c.id = a."candidateId"
    join "Job" j on j.id = a."jobId"
    where ${where}
    order by ${order}
    limit 50) x)`;
}

const INTERVIEWER_HOME = `with ${VIEWER},
member as (select m."organizationId" as id from "Membership" m join viewer v on v.id = m."userId" where m."organizationId" = $2),
mine as (
  select i.* from "Interview" i
  join "InterviewAssignment" ia on ia."interviewId" = i.id
  join viewer v on v.id = ia."interviewerId"
  where i."organizationId" = (select id from member)
)
select json_build_object('interviewerHome', json_build_object(
  'organization', (select json_build_object('id', o.id, 'name', o.name, 'timeZone', o."timeZone")
    from "Organization" o where o.id = (select id from member)),
  'upcoming', ${interviewList(`i.status = 'SCHEDULED' and i."scheduledStart" >= ${NOW}`, `i."scheduledStart" asc`)},
  'awaitingScorecard', ${interviewList(
    `i.status = 'COMPLETED' and not exists (select 1 from "Scorecard" s where s."interviewId" = i.id
      and s."interviewerId" = (select id from viewer) and s.status = 'SUBMITTED')`,
    `i."scorecardDueAt" asc`,
  )},
  'past', ${interviewList(`i.status = 'COMPLETED' and i."endedAt" >= ${NOW} - interval '30 days'`, `i."endedAt" desc`)}
)) as body`;

const PUBLIC_PROMISE_PAGE = `select json_build_object('publicPromisePage', json_build_object(
  'organizationName', o.name, 'slug', o.slug, 'timeZone', o."timeZone",
  'promises', (select coalesce(json_agg(json_build_object('stageKind', p."stageKind", 'jobTitle', j.title,
      'level', p.level, 'candidateDeadlineBusinessDays', p."candidateDeadlineBusinessDays",
      'statusCadenceDays', p."statusCadenceDays") order by p."jobId" nulls first, p."stageKind"), '[]')
    from "FeedbackPromise" p left join "Job" j on j.id = p."jobId"
    where p."organizationId" = o.id and p.status = 'PUBLISHED' and (p."jobId" is null or j.status = 'OPEN'))
)) as body
from "Organization" o where o.slug = $1`;

/** Upserts the draft and its ratings and returns it with its form, in one statement. */
const SAVE_SCORECARD_DRAFT = `with ${VIEWER},
target as (
  select i.id, i."organizationId", st.kind from "Interview" i
  join "JobStage" st on st.id = i."stageId"
  join "InterviewAssignment" ia on ia."interviewId" = i.id
  join viewer v on v.id = ia."interviewerId"
  where i.id = $2 and i.status <> 'CANCELLED'
),
form as (
  select t.id from "FormTemplate" t join target on t."organizationId" = target."organizationId" and t."stageKind" = target.kind
  where t."isCurrent" order by t.version desc limit 1
),
sc as (
  insert into "Scorecard" (id, "interviewId", "interviewerId", "templateId", strengths, "growthAreas", revision, "updatedAt")
  select $3, target.id, viewer.id, form.id, $4, $5::jsonb, 1, ${NOW} from target, viewer, form
  on conflict ("interviewId", "interviewerId") do update set strengths = excluded.strengths,
    "growthAreas" = excluded."growthAreas", revision = "Scorecard".revision + 1, "updatedAt" = excluded."updatedAt"
  where "Scorecard".status = 'DRAFT'
  returning *
),
rated as (
  insert into "ScorecardRating" (id, "scorecardId", "competencyId", rating, evidence)
  select r.id, sc.id, r."competencyId", r.rating, r.evidence
  from sc, json_to_recordset($6::json) as r(id text, "competencyId" text, rating int, evidence text)
  on conflict ("scorecardId", "competencyId") do update set rating = excluded.rating, evidence = excluded.evidence
  returning *
)
select json_build_object('saveScorecardDraft', json_build_object(
  'id', sc.id, 'interviewId', sc."interviewId", 'status', sc.status, 'strengths', sc.strengths,
  'recommendation', sc.recommendation, 'privateNotes', sc."privateNotes", 'revision', sc.revision,
  'submittedAt', sc."submittedAt", 'late', sc.late, 'updatedAt', sc."updatedAt", 'growthAreas', sc."growthAreas",
  'interviewer', (select json_build_object('id', u.id, 'name', u.name, 'email', u.email) from "User" u where u.id = sc."interviewerId"),
  'template', (select json_build_object('id', t.id, 'stageKind', t."stageKind", 'version', t.version, 'name', t.name,
      'isCurrent', t."isCurrent", 'competencies', (select json_agg(json_build_object('id', c.id, 'name', c.name,
        'description', c.description, 'position', c.position, 'evidenceRequired', c."evidenceRequired", 'scale', c.scale)
        order by c.position) from "FormCompetency" c where c."templateId" = t.id))
    from "FormTemplate" t where t.id = sc."templateId"),
  'ratings', (select coalesce(json_agg(json_build_object('competencyId', r."competencyId", 'rating', r.rating,
      'evidence', r.evidence)), '[]') from rated r)
)) as body
from sc`;

/**
 * Headline figures and a monthly trend, following the definitions in the README's "Metrics" section and
 * reading the metric facts the database keeps (Interview.feedbackReleasedAt, InterviewAssignment.
 * scorecardSubmittedAt, RatingInvitation): promise-kept over passed deadlines, time to feedback (hours,
 * median and p90), scorecard on-time rate, ghosting (active applications past their stage's cadence,
 * 7 days without a promise), NPS of process ratings of closed applications, and response rate.
 */
const DASHBOARD = `with ${VIEWER},
member as (select m."organizationId" as id from "Membership" m join viewer v on v.id = m."userId"
  where m."organizationId" = $2 and m.role in ('ADMIN', 'RECRUITER')),
range as (select $3::timestamp as f, $4::timestamp as t, ${NOW} as n),
due as (
  select i."candidateFeedbackDueAt" as due_at, coalesce(i."feedbackReleasedAt" <= i."candidateFeedbackDueAt", false) as kept
  from "Interview" i, range
  where i."organizationId" = (select id from member) and i.status = 'COMPLETED'
    and i."candidateFeedbackDueAt" >= range.f and i."candidateFeedbackDueAt" < least(range.t, range.n)
),
ttf as (
  select i."feedbackReleasedAt" as at, extract(epoch from i."feedbackReleasedAt" - i."endedAt") / 3600 as hours
  from "Interview" i, range
  where i."organizationId" = (select id from member) and i."feedbackReleasedAt" >= range.f and i."feedbackReleasedAt" < range.t
),
cards as (
  select a."scorecardSubmittedAt" is not null and a."scorecardSubmittedAt" <= i."scorecardDueAt" as on_time
  from "Interview" i join "InterviewAssignment" a on a."interviewId" = i.id, range
  where i."organizationId" = (select id from member) and i.status = 'COMPLETED'
    and i."scorecardDueAt" >= range.f and i."scorecardDueAt" < least(range.t, range.n)
),
ratings as (
  select e.recommend, e."createdAt" as at
  from "ExperienceRating" e join "Application" a on a.id = e."applicationId", range
  where e."organizationId" = (select id from member) and e.scope = 'process' and a."closedAt" is not null
    and e."createdAt" >= range.f and e."createdAt" < range.t
),
invitations as (
  select ri."answeredAt" is not null as answered from "RatingInvitation" ri, range
  where ri."organizationId" = (select id from member) and ri."invitedAt" >= range.f and ri."invitedAt" < range.t
    and ri."applicationClosedAt" is not null
),
active as (
  select a."lastCandidateContactAt" < range.n - make_interval(days => coalesce(p."statusCadenceDays", 7)) as cold
  from "Application" a left join "JobStage" st on st.id = a."currentStageId"
  left join "FeedbackPromise" p on p."organizationId" = a."organizationId" and p."jobId" is null
    and p.status = 'PUBLISHED' and p."stageKind" = st.kind, range
  where a."organizationId" = (select id from member) and a.status = 'ACTIVE'
),
due_m as (select date_trunc('month', due_at) as m, count(*) filter (where kept)::float8 / count(*) as rate from due group by 1),
ttf_m as (select date_trunc('month', at) as m, percentile_cont(0.5) within group (order by hours) as median from ttf group by 1),
nps_m as (select date_trunc('month', at) as m,
  100.0 * (count(*) filter (where recommend >= 9) - count(*) filter (where recommend <= 6)) / count(*) as nps
  from ratings group by 1),
months as (select generate_series(date_trunc('month', range.f), range.t, interval '1 month') as m from range)
select json_build_object('organizationMetrics', json_build_object(
  'headline', json_build_object(
    'promiseKeptRate', (select count(*) filter (where kept)::float8 / nullif(count(*), 0) from due),
    'interviewsDue', (select count(*) from due),
    'promisesKept', (select count(*) filter (where kept) from due),
    'timeToFeedbackMedianHours', (select percentile_cont(0.5) within group (order by hours) from ttf),
    'timeToFeedbackP90Hours', (select percentile_cont(0.9) within group (order by hours) from ttf),
    'scorecardOnTimeRate', (select count(*) filter (where on_time)::float8 / nullif(count(*), 0) from cards),
    'ghostingRate', (select count(*) filter (where cold)::float8 / nullif(count(*), 0) from active),
    'nps', (select 100.0 * (count(*) filter (where recommend >= 9) - count(*) filter (where recommend <= 6))
      / nullif(count(*), 0) from ratings),
    'responses', (select count(*) from ratings),
    'responseRate', (select count(*) filter (where answered)::float8 / nullif(count(*), 0) from invitations)
  ),
  'trend', (select json_agg(json_build_object('periodStart', months.m, 'promiseKeptRate', due_m.rate,
      'timeToFeedbackMedianHours', ttf_m.median, 'nps', nps_m.nps) order by months.m)
    from months left join due_m using (m) left join ttf_m using (m) left join nps_m using (m))
)) as body
where exists (select 1 from member)`;

function tokenHash(request: FastifyRequest): string {
  const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
  return createHash("sha256").update(token).digest("hex");
}

const PREPARED = process.env.BASELINE_PREPARED === "1";
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `baseline_${statementNames.size}`;
    statementNames.set(sql, name);
  }
  return name;
}

async function answer(reply: FastifyReply, sql: string, params: unknown[]) {
  const { rows } = await pool.query<{ body: unknown }>(
    PREPARED ? { name: statementName(sql), text: sql, values: params } : { text: sql, values: params },
  );
  const body = rows[0]?.body;
  if (!body) return reply.code(404).send({ errors: [{ message: "not found" }] });
  return reply.send({ data: body });
}

type Body = Record<string, unknown>;
const app = Fastify({ logger: false });
app.post("/candidate-home", (request, reply) => answer(reply, CANDIDATE_HOME, [tokenHash(request)]));
app.post<{ Body: Body }>("/candidate-application", (request, reply) =>
  answer(reply, CANDIDATE_APPLICATION, [tokenHash(request), request.body.id]),
);
app.post<{ Body: Body }>("/interviewer-home", (request, reply) =>
  answer(reply, INTERVIEWER_HOME, [tokenHash(request), request.body.organizationId]),
);
app.post<{ Body: Body }>("/public-promise-page", (request, reply) =>
  answer(reply, PUBLIC_PROMISE_PAGE, [String(request.body.slug).trim().toLowerCase()]),
);
app.post<{ Body: { input: Body } }>("/save-scorecard-draft", (request, reply) => {
  const input = request.body.input;
  const ratings = (input.ratings as Body[]).map((rating) => ({ ...rating, id: randomUUID() }));
  return answer(reply, SAVE_SCORECARD_DRAFT, [
    tokenHash(request),
    input.interviewId,
    randomUUID(),
    input.strengths,
    JSON.stringify(input.growthAreas),
    JSON.stringify(ratings),
  ]);
});
app.post<{ Body: { input: Body } }>("/dashboard", (request, reply) => {
  const { organizationId, from, to } = request.body.input;
  return answer(reply, DASHBOARD, [tokenHash(request), organizationId, from, to]);
});

await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
if (!address || typeof address === "string") throw new Error("baseline did not listen on a TCP port");
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
const stop = () => {
  void app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
