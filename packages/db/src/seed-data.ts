// Hand-written content for the demo seed (seed.ts): companies, people, jobs, forms and the words
// interviewers and candidates write. Kept apart from the generator so the prose is easy to edit.

import type { FeedbackLevel, JobStatus, Role, StageKind } from "./generated/prisma/enums.ts";

export interface StaffSpec {
  email: string;
  name: string;
  role: Role;
}

export interface JobSpec {
  title: string;
  department: string;
  location: string;
  status: JobStatus;
  /** Relative share of the organisation's applications. */
  weight: number;
  /** The subject area, used in evidence ("{domain}"). */
  domain: string;
  /** The technical exercise or case used in interviews ("{exercise}"). */
  exercise: string;
  stages: Array<{ name: string; kind: StageKind }>;
}

export interface PromiseSpec {
  stageKind: StageKind;
  level: FeedbackLevel;
  candidateDeadlineBusinessDays: number;
  scorecardDeadlineHours: number;
  statusCadenceDays: number;
}

export interface OrgSpec {
  slug: string;
  name: string;
  timeZone: string;
  locale: string;
  publicTrackRecord: boolean;
  staff: StaffSpec[];
  jobs: JobSpec[];
  promises: PromiseSpec[];
  /** One job-specific promise override: the job's title and the promise. */
  override: { jobTitle: string } & PromiseSpec;
  statusTemplates: Array<{ name: string; body: string }>;
  /** Domain for generated candidate emails. */
  candidateEmailDomain: string;
}

const engineeringStages = [
  { name: "Recruiter screen", kind: "SCREEN" },
  { name: "Technical interview", kind: "TECHNICAL" },
  { name: "Onsite loop", kind: "ONSITE" },
  { name: "Final conversation", kind: "FINAL" },
] as const satisfies JobSpec["stages"];

export const orgs: OrgSpec[] = [
  {
    slug: "acme",
    name: "Acme Robotics",
    timeZone: "Europe/Berlin",
    locale: "en-GB",
    publicTrackRecord: true,
    candidateEmailDomain: "example.com",
    staff: [
      { email: "admin@acme.test", name: "Alex Brandt", role: "ADMIN" },
      { email: "recruiter@acme.test", name: "Priya Raman", role: "RECRUITER" },
      { email: "jonas.keller@acme.test", name: "Jonas Keller", role: "RECRUITER" },
      { email: "interviewer@acme.test", name: "Mara Lindqvist", role: "INTERVIEWER" },
      { email: "sam@acme.test", name: "Sam Okafor", role: "INTERVIEWER" },
      { email: "tobias.wendt@acme.test", name: "Tobias Wendt", role: "INTERVIEWER" },
      { email: "leila.haddad@acme.test", name: "Leila Haddad", role: "INTERVIEWER" },
    ],
    jobs: [
      {
        title: "Robotics Software Engineer",
        department: "Engineering",
        location: "Berlin (hybrid)",
        status: "OPEN",
        weight: 4,
        domain: "robotics software",
        exercise: "a path planner for warehouse robots sharing one aisle",
        stages: [...engineeringStages],
      },
      {
        title: "Embedded Firmware Engineer",
        department: "Engineering",
        location: "Munich",
        status: "OPEN",
        weight: 3,
        domain: "embedded firmware",
        exercise: "a debounced interrupt handler for a motor-controller limit switch",
        stages: [
          { name: "Recruiter screen", kind: "SCREEN" },
          { name: "Firmware deep dive", kind: "TECHNICAL" },
          { name: "Final conversation", kind: "FINAL" },
        ],
      },
      {
        title: "Product Designer, Fleet Tools",
        department: "Design",
        location: "Berlin",
        status: "OPEN",
        weight: 3,
        domain: "product design",
        exercise: "a redesign of the fleet dashboard's fault-triage view",
        stages: [
          { name: "Recruiter screen", kind: "SCREEN" },
          { name: "Portfolio review", kind: "TECHNICAL" },
          { name: "Design studio day", kind: "ONSITE" },
        ],
      },
      {
        title: "Field Service Technician",
        department: "Operations",
        location: "Hamburg",
        status: "CLOSED",
        weight: 2,
        domain: "field service",
        exercise: "diagnosing a gripper that drifts out of calibration after warm-up",
        stages: [
          { name: "Phone screen", kind: "SCREEN" },
          { name: "Hands-on diagnostics", kind: "TECHNICAL" },
          { name: "Meet the team", kind: "FINAL" },
        ],
      },
    ],
    promises: [
      {
        stageKind: "SCREEN",
        level: "OUTCOME",
        candidateDeadlineBusinessDays: 3,
        scorecardDeadlineHours: 24,
        statusCadenceDays: 7,
      },
      {
        stageKind: "TECHNICAL",
        level: "SUMMARY",
        candidateDeadlineBusinessDays: 4,
        scorecardDeadlineHours: 48,
        statusCadenceDays: 7,
      },
      {
        stageKind: "ONSITE",
        level: "DETAILED",
        candidateDeadlineBusinessDays: 5,
        scorecardDeadlineHours: 48,
        statusCadenceDays: 5,
      },
      {
        stageKind: "FINAL",
        level: "SUMMARY",
        candidateDeadlineBusinessDays: 3,
        scorecardDeadlineHours: 24,
        statusCadenceDays: 5,
      },
      {
        stageKind: "OTHER",
        level: "OUTCOME",
        candidateDeadlineBusinessDays: 5,
        scorecardDeadlineHours: 48,
        statusCadenceDays: 7,
      },
    ],
    override: {
      jobTitle: "Robotics Software Engineer",
      stageKind: "TECHNICAL",
      level: "DETAILED",
      candidateDeadlineBusinessDays: 4,
      scorecardDeadlineHours: 24,
      statusCadenceDays: 5,
    },
    statusTemplates: [
      {
        name: "Still reviewing",
        body: "Thank you for your patience. The team is still reviewing your {stage} and has not made a decision yet. You will hear from us by {date} at the latest.",
      },
      {
        name: "Scheduling next steps",
        body: "Good news: we would like you to continue to the {stage}. {recruiter} will email you within two business days with times to choose from.",
      },
    ],
  },
  {
    slug: "globex",
    name: "Globex Health",
    timeZone: "America/New_York",
    locale: "en-US",
    publicTrackRecord: false,
    candidateEmailDomain: "example.org",
    staff: [
      { email: "admin@globex.test", name: "Dana Whitfield", role: "ADMIN" },
      { email: "recruiter@globex.test", name: "Marcus Bell", role: "RECRUITER" },
      { email: "interviewer@globex.test", name: "Grace Liu", role: "INTERVIEWER" },
      { email: "rafael.ortiz@globex.test", name: "Rafael Ortiz", role: "INTERVIEWER" },
      { email: "hannah.cole@globex.test", name: "Hannah Cole", role: "INTERVIEWER" },
      { email: "dev.patel@globex.test", name: "Dev Patel", role: "INTERVIEWER" },
    ],
    jobs: [
      {
        title: "Senior Backend Engineer, Scheduling",
        department: "Engineering",
        location: "New York (hybrid)",
        status: "OPEN",
        weight: 4,
        domain: "backend engineering",
        exercise: "an appointment-booking API that must never double-book a clinician",
        stages: [...engineeringStages],
      },
      {
        title: "Clinical Data Analyst",
        department: "Data",
        location: "Boston",
        status: "OPEN",
        weight: 3,
        domain: "clinical data analysis",
        exercise: "a readmission-rate analysis on a messy discharge dataset",
        stages: [
          { name: "Recruiter screen", kind: "SCREEN" },
          { name: "Case study", kind: "TECHNICAL" },
          { name: "Panel interview", kind: "ONSITE" },
        ],
      },
      {
        title: "Patient Experience Coordinator",
        department: "Operations",
        location: "Remote (US)",
        status: "OPEN",
        weight: 3,
        domain: "patient support",
        exercise: "a role-play with a patient whose referral was lost twice",
        stages: [
          { name: "Recruiter screen", kind: "SCREEN" },
          { name: "Scenario interview", kind: "TECHNICAL" },
          { name: "Hiring manager conversation", kind: "FINAL" },
        ],
      },
      {
        title: "Nurse Informaticist",
        department: "Clinical Systems",
        location: "New York",
        status: "CLOSED",
        weight: 2,
        domain: "nursing informatics",
        exercise: "a medication-administration workflow that nurses keep working around",
        stages: [
          { name: "Recruiter screen", kind: "SCREEN" },
          { name: "Workflow walkthrough", kind: "TECHNICAL" },
          { name: "Panel interview", kind: "ONSITE" },
          { name: "Final conversation", kind: "FINAL" },
        ],
      },
    ],
    promises: [
      {
        stageKind: "SCREEN",
        level: "OUTCOME",
        candidateDeadlineBusinessDays: 2,
        scorecardDeadlineHours: 24,
        statusCadenceDays: 7,
      },
      {
        stageKind: "TECHNICAL",
        level: "DETAILED",
        candidateDeadlineBusinessDays: 5,
        scorecardDeadlineHours: 48,
        statusCadenceDays: 7,
      },
      {
        stageKind: "ONSITE",
        level: "DETAILED",
        candidateDeadlineBusinessDays: 5,
        scorecardDeadlineHours: 48,
        statusCadenceDays: 5,
      },
      {
        stageKind: "FINAL",
        level: "SUMMARY",
        candidateDeadlineBusinessDays: 3,
        scorecardDeadlineHours: 24,
        statusCadenceDays: 5,
      },
      {
        stageKind: "OTHER",
        level: "OUTCOME",
        candidateDeadlineBusinessDays: 5,
        scorecardDeadlineHours: 48,
        statusCadenceDays: 7,
      },
    ],
    override: {
      jobTitle: "Patient Experience Coordinator",
      stageKind: "TECHNICAL",
      level: "SUMMARY",
      candidateDeadlineBusinessDays: 3,
      scorecardDeadlineHours: 24,
      statusCadenceDays: 5,
    },
    statusTemplates: [
      {
        name: "Still reviewing",
        body: "Thanks for your patience. Our team is still reviewing your {stage}; no decision has been made yet. We will be in touch by {date} at the latest.",
      },
      {
        name: "Next round",
        body: "We'd like to invite you to the {stage}. {recruiter} will reach out within two business days to find a time that works for you.",
      },
    ],
  },
];

// ───────────────────────── forms ─────────────────────────

export const scaleLabels = ["Not yet shown", "Partly shown", "Clearly shown", "Strongly shown"] as const;

export interface CompetencySpec {
  name: string;
  description: string;
  /** One written anchor per scale point 1–4. */
  anchors: [string, string, string, string];
  /** Interviewer evidence typical of each rating 1–4 ({domain}, {exercise} are filled in). */
  evidence: [string, string, string, string];
  /** Candidate-facing comment when this was a strength, and when it is something to develop. */
  feedback: { strong: string; develop: string };
}

export interface TemplateSpec {
  stageKind: StageKind;
  name: string;
  competencies: CompetencySpec[];
}

export const templates: TemplateSpec[] = [
  {
    stageKind: "SCREEN",
    name: "Recruiter screen scorecard",
    competencies: [
      {
        name: "Motivation for the role",
        description: "Why this role, in the candidate's own words, tied to what the job actually involves day to day.",
        anchors: [
          "Could not say what draws them to the role beyond it being available; no link to the work itself.",
          "General interest in the field, but the reasons would apply to any company and any role.",
          "Named specific parts of the role they want to do more of and tied them to an example from past work.",
          "Connected their goals to the role's concrete challenges, asked informed questions and described what they want to learn in the first months.",
        ],
        evidence: [
          'Asked what interests them in the role, said it was "open and close to home"; a follow-up about the team\'s work drew no specifics.',
          "Said they enjoy {domain} and want a larger team, but could not yet say which parts of this role appeal compared with their current job.",
          "Described wanting to own problems like {exercise} end to end and pointed to a migration they led last year as the work they want more of.",
          "Had read our public write-up on the team's roadmap, asked how on-call is shared, and explained how this role is the next step in a plan they described.",
        ],
        feedback: {
          strong:
            "You were clear about which parts of this role you want to grow into, with examples from your own work.",
          develop:
            "It was hard for us to tell what draws you to this particular role; linking your interest to the day-to-day work would help.",
        },
      },
      {
        name: "Relevant experience",
        description:
          "Hands-on experience that transfers to the job's main responsibilities, with the candidate's own part made clear.",
        anchors: [
          "Experience described does not overlap the role's main responsibilities, or their own part stayed unclear after follow-ups.",
          "Some overlap, mostly as a contributor to work others led; limited detail about their own decisions.",
          "Direct experience with most of the role's responsibilities, explaining what they personally did and why.",
          "Has led work very close to this role's scope and can compare approaches they tried, including what failed.",
        ],
        evidence: [
          "Most recent work is in an unrelated area; when asked about {domain}, mentioned a short course but no project work.",
          'Worked on a team doing {domain}, but answers stayed at "we" level; when asked what they built themselves, named one small component.',
          "Walked through two projects in {domain}, stating which parts they designed and which they inherited, and what they would change now.",
          "Led a three-person effort close to our scope; compared the first approach they abandoned with the one that shipped and gave the numbers that drove the change.",
        ],
        feedback: {
          strong: "You explained your own part in past projects precisely, which made your experience easy to assess.",
          develop:
            "We heard a lot about what your team did; saying more about the decisions you made yourself would help interviewers.",
        },
      },
      {
        name: "Communication",
        description: "Answers are structured, sized to the question and checked for understanding.",
        anchors: [
          "Answers were hard to follow or did not address the question, even after rephrasing.",
          "Answered the question but at a length or level that needed redirecting more than once.",
          "Structured answers that fit the question; checked when unsure what was being asked.",
          "Led with the point, adapted depth to the listener without prompting and summarised clearly at the end.",
        ],
        evidence: [
          "Two answers drifted to unrelated projects; after rephrasing the question about team size, still did not give a number.",
          "Gave complete answers but each took five-plus minutes; needed redirecting twice to cover the remaining questions.",
          "Answered in a clear order (situation, what they did, result) and asked whether I wanted more detail on the tooling.",
          "Opened each answer with the conclusion, offered detail only when asked, and closed with a two-sentence summary of their situation and timeline.",
        ],
        feedback: {
          strong: "Your answers were well structured and to the point, which let us cover a lot in a short call.",
          develop: "Some answers ran long; leading with the main point and offering detail afterwards would help.",
        },
      },
    ],
  },
  {
    stageKind: "TECHNICAL",
    name: "Technical interview scorecard",
    competencies: [
      {
        name: "Problem decomposition",
        description: "Breaks an unfamiliar problem into parts, clarifies requirements and orders the work.",
        anchors: [
          "Started on a solution without clarifying the problem and could not split it into parts when prompted.",
          "Split the problem with help; some important requirements surfaced only after hints.",
          "Clarified requirements, split the problem into sensible parts and tackled them in a reasoned order.",
          "Identified the hardest part early, proposed a plan with checkpoints and adapted it when new constraints appeared.",
        ],
        evidence: [
          'On {exercise}, began writing code in the first minute; when asked what inputs to expect, said they would "figure it out later" and stayed stuck on one edge case.',
          "On {exercise}, needed a hint to separate the core logic from the I/O; after that, progress was steady but the concurrency requirement came up only when I raised it.",
          "On {exercise}, asked three clarifying questions, listed the components on the whiteboard and started with the one they judged riskiest.",
          "On {exercise}, spotted within five minutes that the real difficulty was the shared-resource case, sketched a plan with two checkpoints and revised it cleanly when I added a timing constraint.",
        ],
        feedback: {
          strong:
            "You broke the exercise into clear parts and started with the riskiest one, which is exactly what we look for.",
          develop:
            "Taking a few minutes to clarify inputs and constraints before starting would have saved you time later in the exercise.",
        },
      },
      {
        name: "Depth in core skills",
        description: "Command of the tools and fundamentals the role relies on every day.",
        anchors: [
          "Struggled with fundamentals the role uses daily; could not explain choices made in their own solution.",
          "Working knowledge of the basics, with gaps that would need close support in the first months.",
          "Solid command of the fundamentals; explained why their choices work and where they would break.",
          "Deep, precise knowledge: anticipated failure modes and explained underlying mechanisms without notes.",
        ],
        evidence: [
          "Could not explain why their solution to {exercise} produced duplicates; guessed at two causes without testing either.",
          "Used the right building blocks for {exercise} but was unsure how they behave under load; said they would look it up, which is reasonable but left gaps.",
          "Explained why their approach to {exercise} is correct, named the case where it degrades and what they would measure to know.",
          "Walked through what happens underneath their solution to {exercise} step by step, predicted the failure under contention before testing, and was right.",
        ],
        feedback: {
          strong:
            "Your command of the fundamentals showed: you explained not only what your solution does but why it works.",
          develop:
            "Some of the fundamentals the role uses daily were shaky; we suggest revisiting how your tools behave under load or at the edges.",
        },
      },
      {
        name: "Quality and verification",
        description: "Checks their own work: tests, edge cases, and evidence that it does what it should.",
        anchors: [
          "No attempt to check the solution; did not consider edge cases when asked.",
          "Checked the happy path only; found edge cases when prompted.",
          "Tested main and edge cases unprompted and fixed what they found.",
          "Designed verification up front, including failure cases, and explained how they would monitor it in production.",
        ],
        evidence: [
          'Declared {exercise} done without running it; asked about empty input, said it "shouldn\'t happen".',
          "Ran one example through {exercise} and stopped; when I asked about simultaneous requests, found the bug themselves.",
          "Wrote four small checks for {exercise} covering the empty, single and overlapping cases; one failed and they fixed it calmly.",
          "Listed the checks before writing the solution to {exercise}, included the failure-recovery case, and described the alert they would add in production.",
        ],
        feedback: {
          strong:
            "You tested your own work without being asked and caught a real bug, which gives us confidence in your day-to-day quality.",
          develop:
            "Checking edge cases before calling a solution done would strengthen your work; try listing the cases to test before you start.",
        },
      },
      {
        name: "Explaining trade-offs",
        description: "Names alternatives and explains the costs of the chosen approach.",
        anchors: [
          "Presented one approach as the only option; could not name a downside.",
          "Named an alternative when asked, but the comparison stayed vague.",
          "Compared two or more options on concrete criteria and justified the choice.",
          "Framed the decision in terms of the team's constraints, quantified the costs and said what would make them change their mind.",
        ],
        evidence: [
          'Asked why they chose their approach for {exercise}, said "it\'s the standard way" and could not describe a drawback.',
          'When prompted, named a second approach to {exercise} but described the difference only as "faster" without saying in what respect.',
          "Compared a lock-based and a queue-based design for {exercise} on latency and operational complexity and chose one for stated reasons.",
          "Estimated the cost of each option for {exercise} in rough numbers, tied the choice to a small team's on-call load, and named the traffic level at which they would switch.",
        ],
        feedback: {
          strong:
            "You compared alternatives on concrete criteria and explained your choice, which made your reasoning easy to follow.",
          develop:
            "When you choose an approach, say what you are giving up and why that is acceptable; that comparison was missing at times.",
        },
      },
    ],
  },
  {
    stageKind: "ONSITE",
    name: "Onsite loop scorecard",
    competencies: [
      {
        name: "Collaboration",
        description:
          "Works with others in the room: builds on ideas, shares the floor, resolves disagreement on substance.",
        anchors: [
          "Worked alone during the joint exercise or dismissed others' input.",
          "Cooperated when invited but rarely built on others' ideas.",
          "Built on others' ideas, invited input and handled disagreement on the merits.",
          "Made the group better: drew out quieter participants, synthesised views and moved the group to a decision.",
        ],
        evidence: [
          "During the pairing session on {exercise}, took the keyboard for forty minutes without narrating; twice dismissed the partner's suggestion without discussing it.",
          "Accepted suggestions from the partner on {exercise} but did not offer ideas of their own until asked directly.",
          "In the group session on {exercise}, asked the partner to critique their plan, adopted one change and explained why they declined another.",
          "In the group session on {exercise}, noticed one participant had not spoken, asked for their view, combined it with their own and proposed a next step the group accepted.",
        ],
        feedback: {
          strong: "In the joint exercise you built on others' ideas and helped the group reach a decision.",
          develop:
            "In the joint exercise we would have liked to hear more of your own thinking and see you engage with your partner's ideas.",
        },
      },
      {
        name: "Ownership",
        description:
          "Takes responsibility for outcomes beyond the assigned task, including follow-through and mistakes.",
        anchors: [
          "Examples show waiting for direction; attributed problems to others.",
          "Completes assigned work reliably; ownership stops at the edge of the task.",
          "Followed problems past their own task and followed through to a result, owning mistakes plainly.",
          "Repeatedly identified and fixed systemic issues nobody assigned, and changed how the team works as a result.",
        ],
        evidence: [
          "Asked about a project that slipped, attributed it entirely to another team and could not say what they would do differently.",
          "Described delivering their module of a launch on time; when asked about the integration issues after launch, said that was another team's area.",
          "Described an outage they caused, the fix, and the checklist they wrote so it would not recur; spoke about it without deflecting.",
          "Noticed recurring support tickets nobody owned, traced them to a data-quality gap, fixed the root cause and set up a weekly review that is still running.",
        ],
        feedback: {
          strong: "Your examples showed you follow problems through to a result, including owning mistakes openly.",
          develop:
            "Your examples focused on your assigned tasks; we'd like to hear more about times you followed a problem beyond your own area.",
        },
      },
      {
        name: "Handling ambiguity",
        description: "Makes progress when goals or information are incomplete, stating assumptions.",
        anchors: [
          "Stalled when information was missing and did not ask for it.",
          "Asked for clarification but waited for answers before progressing.",
          "Stated reasonable assumptions, made progress and revisited them when new information arrived.",
          "Used the ambiguity to find the real goal, designed a cheap experiment to reduce it, and set clear decision points.",
        ],
        evidence: [
          "Given the open-ended brief on {exercise}, said they needed a full specification before starting and did not propose any first step.",
          "Asked good questions about {exercise}, but when I said the answers were unknown, did not move forward without more help.",
          "Wrote down three assumptions about {exercise}, made progress on them and adjusted one when I gave new information.",
          "Reframed {exercise} around the user's real goal, proposed a one-day experiment to test the riskiest assumption and said what result would change the plan.",
        ],
        feedback: {
          strong:
            "When information was missing you stated your assumptions and kept making progress, which is how our work usually goes.",
          develop:
            "When the brief was open-ended, writing down your assumptions and moving forward on them would have helped you progress.",
        },
      },
      {
        name: "Learning from feedback",
        description: "Responds to feedback in the moment and describes changing based on past feedback.",
        anchors: [
          "Became defensive when given feedback during the session; no examples of acting on feedback.",
          "Accepted feedback politely but did not apply it during the session.",
          "Applied feedback during the session and gave a concrete example of changing after past feedback.",
          "Sought feedback unprompted, applied it immediately and described a systematic habit of asking for it.",
        ],
        evidence: [
          "When I pointed out a flaw in the design for {exercise}, argued the case was unrealistic and did not revisit it.",
          "Agreed with my comment on {exercise} but continued with the same approach.",
          "After my hint on {exercise}, restructured the solution within minutes; described changing how they write design docs after a review.",
          "Asked halfway through {exercise} what I would do differently, applied it straight away, and described a monthly feedback routine they set up with their manager.",
        ],
        feedback: {
          strong: "You used feedback during the session straight away, and your examples showed it's a habit.",
          develop:
            "When we offered a suggestion during the session, we'd have liked to see you try it; being open to changing course is important here.",
        },
      },
    ],
  },
  {
    stageKind: "FINAL",
    name: "Final conversation scorecard",
    competencies: [
      {
        name: "Role expectations",
        description: "Shared understanding of scope, level and how success is measured in the first year.",
        anchors: [
          "Expectations about scope or level differ substantially from the role as offered.",
          "Broadly aligned, with open questions about scope or level still unresolved.",
          "Clear, shared understanding of scope, level and first-year goals.",
          "Already shaping the role: proposed priorities for the first months that match the team's needs.",
        ],
        evidence: [
          "Expects to manage a team within six months; the role has no reports and we said so twice.",
          "Aligned on scope, but still unsure whether the on-site days work for them; said they need to check.",
          "Summarised the first-year goals back accurately and asked how they would be reviewed at six months.",
          "Proposed three priorities for the first quarter, two of which match what the team had already planned, and asked good questions about the third.",
        ],
        feedback: {
          strong: "You had a clear picture of the role and what success looks like in the first year.",
          develop:
            "We weren't fully aligned on the scope of the role; it's worth being explicit about what you're looking for at this stage.",
        },
      },
      {
        name: "Judgement in past decisions",
        description: "Quality of reasoning in significant decisions they have made, including what they would change.",
        anchors: [
          "Could not describe the reasoning behind significant past decisions.",
          "Described decisions but reasoning was mostly after the fact.",
          "Explained decisions with the information they had at the time, and what they learned.",
          "Showed a consistent way of making hard calls, weighing risks explicitly, and revisiting decisions when evidence changed.",
        ],
        evidence: [
          "Asked about the biggest call they made last year, described a decision made by their manager.",
          "Described choosing a vendor, but the reasons given were mostly about how it turned out.",
          "Explained why they delayed a launch by two weeks with the data available then, and what they would weigh differently now.",
          "Described three hard calls using the same approach (reversibility, cost of delay, who is affected) and one they reversed when the numbers changed.",
        ],
        feedback: {
          strong: "You explained the reasoning behind hard decisions clearly, including what you would do differently.",
          develop:
            "We'd have liked to hear more about your own reasoning at the time of past decisions, not only how they turned out.",
        },
      },
      {
        name: "Working through disagreement",
        description: "How they disagree, escalate and commit once a decision is made.",
        anchors: [
          "Examples show avoiding disagreement or escalating personally.",
          "Raises disagreement but struggles to commit once overruled.",
          "Disagrees on substance, escalates appropriately and commits once decided.",
          "Turns disagreement into better decisions: seeks out dissent and makes it safe for others to disagree.",
        ],
        evidence: [
          "Described going around a colleague to their manager without first raising the issue with them.",
          "Disagreed with a roadmap decision and said they still think it was wrong; unclear how they worked with it after.",
          "Described disagreeing with a lead about test coverage, bringing data, being overruled and then fully supporting the plan.",
          "Described setting up a written pre-mortem so junior colleagues could raise concerns, one of which changed the launch plan.",
        ],
        feedback: {
          strong:
            "Your examples showed you disagree on substance and then commit, which matters a lot in a small team.",
          develop: "It would help to show more of how you move forward after a decision goes against you.",
        },
      },
    ],
  },
];

// ───────────────────────── what people write ─────────────────────────

/** Candidate-facing strengths, by stage kind ({exercise}, {domain} are filled in). */
export const strengths: Record<"SCREEN" | "TECHNICAL" | "ONSITE" | "FINAL", string[]> = {
  SCREEN: [
    "Explained a recent {domain} project clearly, including what you personally decided.",
    "Asked well-prepared questions about how the team plans and reviews work.",
    "Gave a concise, honest picture of your situation and timeline.",
    "Connected the role's responsibilities to specific work you have done before.",
  ],
  TECHNICAL: [
    "Clarified the requirements of {exercise} before starting and kept a clear plan.",
    "Tested your own solution unprompted and fixed the bug you found calmly.",
    "Compared two designs on concrete criteria and explained your choice.",
    "Talked through your reasoning so the interviewer could follow every step.",
  ],
  ONSITE: [
    "Built on your partner's ideas in the joint exercise and helped the group decide.",
    "Described owning a production incident end to end, including what you changed afterwards.",
    "Stated assumptions on the open-ended brief and kept making progress.",
    "Used feedback during the session straight away.",
  ],
  FINAL: [
    "Had a clear view of how success in the first year would be measured.",
    "Explained the reasoning behind a hard decision, including what you would change.",
    "Gave a concrete example of disagreeing on substance and then committing.",
  ],
};

/** Candidate-facing growth areas, each with an actionable suggestion. */
export const growthAreas: Record<
  "SCREEN" | "TECHNICAL" | "ONSITE" | "FINAL",
  Array<{ area: string; suggestion: string }>
> = {
  SCREEN: [
    {
      area: "Describing your own contribution",
      suggestion: "For each project you mention, name one decision you made yourself and its result.",
    },
    {
      area: "Answer length",
      suggestion: "Lead with a one-sentence answer, then offer detail; practise with a two-minute timer.",
    },
    {
      area: "Linking interest to the role",
      suggestion:
        "Before the call, pick two responsibilities from the job description and prepare an example for each.",
    },
  ],
  TECHNICAL: [
    {
      area: "Clarifying requirements",
      suggestion: "Spend the first five minutes listing inputs, outputs and constraints before writing anything.",
    },
    {
      area: "Testing edge cases",
      suggestion:
        "Write down the empty, single-item and concurrent cases and check each before calling a solution done.",
    },
    {
      area: "Explaining trade-offs",
      suggestion: "When you choose an approach, name one alternative and what you give up by not using it.",
    },
    {
      area: "Fundamentals under load",
      suggestion:
        "Work through how your main tools behave under contention, e.g. by load-testing a small side project.",
    },
  ],
  ONSITE: [
    {
      area: "Sharing your thinking in pairs",
      suggestion: "Narrate your plan out loud every few minutes and ask your partner what they would change.",
    },
    {
      area: "Working with open-ended briefs",
      suggestion: "Write down your assumptions at the start and pick the riskiest one to test first.",
    },
    {
      area: "Examples beyond your own task",
      suggestion: "Prepare a story where you followed a problem past your team's boundary and what came of it.",
    },
  ],
  FINAL: [
    {
      area: "Being explicit about what you want",
      suggestion: "Write down the scope, level and working pattern you are looking for and raise them early.",
    },
    {
      area: "Reasoning behind past decisions",
      suggestion: "For two recent decisions, describe what you knew at the time, the options and why you chose one.",
    },
  ],
};

export const privateNotes = {
  positive: [
    "Would be happy to have them on my team. Check references on the launch they described.",
    "Strongest candidate I've seen for this role this quarter.",
    "Solid. Slight concern about the relocation timeline; recruiter to confirm.",
    "Calibrated against the last two hires: comparable or better on decomposition.",
  ],
  negative: [
    "Not ready for this level yet; could be a fit for the associate opening in spring if it reopens.",
    "Struggled on the fundamentals; I gave two hints and progress stalled each time.",
    "Examples were mostly team-level; I couldn't find their own contribution.",
    "Interview ran short because of my previous meeting; I may have rushed the last section.",
  ],
};

export const releaseMessages = {
  ADVANCING: [
    "Thank you for your time. We'd like you to continue to the next stage of the process.",
    "Good news: the team would like to move you forward.",
  ],
  NOT_ADVANCING: [
    "Thank you for the time you put into this process. We have decided not to move forward with your application for this role.",
    "We appreciate your time and effort. After careful review, we won't be continuing with your application at this stage.",
  ],
  OFFER: ["Congratulations: we would like to offer you the role. Your recruiter will share the details shortly."],
} as const;

export const statusUpdateBodies = {
  checkIn: [
    "Quick update: the hiring manager is travelling this week, so we are collecting scheduling options for next week. Nothing is needed from you.",
    "Thanks for your patience. We are finishing interviews with other candidates this week and expect to be back in touch on time.",
  ],
  rejectedWithoutFeedback: [
    "Thank you for interviewing with us. We have decided not to continue with your application. We are sorry this took longer than it should have.",
  ],
  withdrawn: [
    "Thanks for letting us know you are withdrawing. We've cancelled your upcoming interview and wish you the best with your next step.",
  ],
  hired: ["Welcome aboard! Your onboarding pack and first-week schedule are on their way."],
} as const;

export const ratingComments = {
  positive: [
    "Every step came with a clear date, and the feedback after the technical round was specific enough to act on.",
    "I knew where I stood the whole time. Even the rejection came with real feedback.",
    "Interviewers were prepared and had read my portfolio. The scheduling was painless.",
    "The written feedback was the most useful I've had from any interview process.",
  ],
  mixed: [
    "Good conversations, but I waited longer than promised after the onsite.",
    "Feedback was helpful but arrived two days after the date I was given.",
    "The process was fair, though my interview was moved twice at short notice.",
  ],
  negative: [
    "After the final round I heard nothing for two weeks and had to chase for an answer.",
    "The rejection email had no feedback at all, despite the promise on the careers page.",
    "Interviewer was late and seemed not to have read my CV.",
  ],
};

// ───────────────────────── names ─────────────────────────

export const firstNames = [
  "Amara",
  "Ben",
  "Chiara",
  "Daniel",
  "Elif",
  "Felix",
  "Gabriela",
  "Hiro",
  "Ines",
  "Jakob",
  "Kavya",
  "Liam",
  "Maja",
  "Nikolai",
  "Olga",
  "Pedro",
  "Quinn",
  "Rosa",
  "Santiago",
  "Tara",
  "Umar",
  "Vera",
  "Wei",
  "Ximena",
  "Yusuf",
  "Zoe",
  "Aditya",
  "Bianca",
  "Cormac",
  "Dilnoza",
  "Emeka",
  "Freya",
  "Gustav",
  "Hana",
  "Ivan",
  "Jun",
  "Kemal",
  "Lucia",
  "Mateo",
  "Nadia",
  "Oren",
  "Paula",
  "Rahul",
  "Sofia",
  "Thabo",
  "Ulla",
  "Valentina",
  "Wanjiru",
  "Yara",
  "Zainab",
];

export const lastNames = [
  "Achterberg",
  "Banerjee",
  "Castillo",
  "Dubois",
  "Eriksen",
  "Fontaine",
  "Gallagher",
  "Horvath",
  "Ibrahim",
  "Jansen",
  "Kowalski",
  "Lindgren",
  "Moreau",
  "Nakamura",
  "Oyelaran",
  "Petrov",
  "Quintero",
  "Rossi",
  "Schmidt",
  "Tanaka",
  "Udeh",
  "Varga",
  "Walsh",
  "Xu",
  "Yilmaz",
  "Zimmermann",
  "Andersen",
  "Bauer",
  "Chen",
  "Delgado",
  "Esposito",
  "Farouk",
  "Grünewald",
  "Haddad",
  "Ivanova",
  "Jovanović",
];
