import type { FindingKind } from "./lint.ts";

/** The kinds `lintText` can find in one snippet on its own (the others need ratings or a growth area's context). */
export type TextFindingKind = Extract<FindingKind, "VAGUE" | "PERSONALITY" | "BIAS" | "TOO_SHORT">;
export const TEXT_FINDING_KINDS: readonly TextFindingKind[] = ["VAGUE", "PERSONALITY", "BIAS", "TOO_SHORT"];

export interface CorpusEntry {
  /** Candidate-facing text as an interviewer might write it in "strengths" (so shorter than 40 characters is TOO_SHORT). */
  text: string;
  /** What a careful reviewer would flag, judged by meaning and not by what the lint happens to do. */
  expected: readonly TextFindingKind[];
  /** Why the label is what it is, where that is not obvious. */
  note?: string;
}

/**
 * Hand-written, hand-labelled interview feedback for measuring the lint's precision and recall.
 * Labels were written before the lint was run against them; do not relabel an entry to make a test pass.
 */
export const FEEDBACK_LINT_CORPUS: readonly CorpusEntry[] = [
  // ---- clean: specific, behavioural, job-related ----
  {
    text: "She explained the trade-offs between a queue and a cron job clearly and picked the queue for retries.",
    expected: [],
  },
  { text: "Wrote a failing test for the empty-cart case before touching the discount code.", expected: [] },
  { text: "Asked which currency rounding rules applied before writing the price calculation.", expected: [] },
  {
    text: "Walked through the query plan, spotted the sequential scan and added a composite index on (customer_id, created_at).",
    expected: [],
  },
  {
    text: "Talked about the goods-received workflow at his last warehouse job and how he cut mis-picks by relabelling bins.",
    expected: [],
    note: "“goods” is not “good”.",
  },
  {
    text: "Migrated the old cron scripts to a job queue and explained how she made each job idempotent.",
    expected: [],
    note: "“old” describes scripts, not a person.",
  },
  {
    text: "Split the React component so the child components only re-render when their props change.",
    expected: [],
    note: "“child” is a component.",
  },
  { text: "Used a WeakMap to cache parsed templates and explained why it avoids a memory leak.", expected: [] },
  {
    text: "Identified the race condition between the two workers and fixed it with a row lock (SELECT … FOR UPDATE).",
    expected: [],
  },
  {
    text: "Disabled the feature flag, reproduced the bug locally and bisected it to the date-parsing change.",
    expected: [],
  },
  {
    text: "Designed the schema with a foreign key from orders to customers and explained the cascade rules.",
    expected: [],
  },
  {
    text: "When the first approach timed out on the large input, he switched to a hash map and explained the O(n) bound.",
    expected: [],
  },
  {
    text: "Summarised the customer's complaint back to me before proposing a refund, then offered two options with their costs.",
    expected: [],
  },
  { text: "Explained how he would roll back the migration if the backfill failed halfway.", expected: [] },
  {
    text: "Applied the SOLID principles when asked to extend the payment class, adding a new strategy rather than another if-branch.",
    expected: [],
    note: "SOLID is the acronym, not praise.",
  },
  {
    text: "Reviewed the sample pull request and caught the missing null check on line 14 plus an unhandled promise rejection.",
    expected: [],
  },
  {
    text: "Estimated the storage needed for a year of events (about 2 TB) and proposed partitioning by month.",
    expected: [],
  },
  {
    text: "Covered the blind spots in her own design by listing what would break if the cache went down.",
    expected: [],
  },
  {
    text: "Negotiated scope with the mock product manager: dropped the export feature to ship search on time.",
    expected: [],
  },
  {
    text: "Handled my pushback on the API design by asking what clients needed and revising the pagination to cursors.",
    expected: [],
  },
  {
    text: "Speaks fluent Japanese, which the role needs for the Osaka support queue, and handled the mock ticket in Japanese.",
    expected: [],
    note: "A language the job requires is job-related; the nationality word is about the language.",
  },
  {
    text: "Made a good-faith estimate of the effort and flagged the two risks she was least sure about.",
    expected: [],
  },
  {
    text: "Picked a fine-grained lock per account rather than one global lock, and measured the contention.",
    expected: [],
  },
  {
    text: "Handled a rude customer in the role-play by acknowledging the delay and offering a concrete next step.",
    expected: [],
    note: "“rude” describes the role-played customer, not the candidate.",
  },
  {
    text: "Described supporting users in the German and French markets, including localising date and number formats.",
    expected: [],
  },
  {
    text: "Set up a health check endpoint and explained the difference between liveness and readiness probes.",
    expected: [],
  },
  {
    text: "Separated must-haves from nice-to-haves before estimating, and cut two nice-to-haves to meet the deadline.",
    expected: [],
  },
  {
    text: "Good use of EXPLAIN ANALYZE to find the missing index on orders.customer_id before changing any code.",
    expected: [],
    note: "Specific despite “good”: the evidence is right there, so a reviewer would not ask for more.",
  },
  {
    text: "Refactored the old billing module into three functions and kept every existing test passing.",
    expected: [],
  },

  // ---- VAGUE ----
  { text: "Great guy, really good culture fit, would love to have him on the team.", expected: ["VAGUE"] },
  { text: "Great guy, really good culture fit.", expected: ["VAGUE", "TOO_SHORT"] },
  { text: "Solid coder overall, nice to work with and a strong candidate for the team.", expected: ["VAGUE"] },
  { text: "Not a fit for us. The conversation just didn't click and I left with a meh feeling.", expected: ["VAGUE"] },
  { text: "Her answers were good and the code was fine, nothing stood out either way.", expected: ["VAGUE"] },
  { text: "Decent communication, okay technical depth; I would call it a weak hire overall.", expected: ["VAGUE"] },
  { text: "Awesome problem solver, excellent at coding, would be a great addition to any team.", expected: ["VAGUE"] },
  { text: "Not a cultural fit; I don’t see him thriving here in the long run.", expected: ["VAGUE"] },
  {
    text: "I had a gut feeling he wasn't right for the team, though it is hard to put my finger on why.",
    expected: ["VAGUE"],
  },
  { text: "Pretty good answers on SQL, though the system design part was weak.", expected: ["VAGUE"] },
  { text: "Made a strong first impression and the panel agreed she is an amazing engineer.", expected: ["VAGUE"] },

  // ---- PERSONALITY ----
  {
    text: "Came across as arrogant and a bit lazy when asked to write tests for his solution.",
    expected: ["PERSONALITY"],
  },
  {
    text: "Very shy and introverted, not a people person, which worries me for a client-facing role.",
    expected: ["PERSONALITY"],
  },
  {
    text: "Abrasive in tone and cocky about his past projects; I would not enjoy working with him.",
    expected: ["PERSONALITY"],
  },
  {
    text: "Bubbly personality, clearly an extrovert, kept the mood light throughout the panel interview.",
    expected: ["PERSONALITY"],
  },
  {
    text: "She seemed nervous at the start and rushed through the first question without a plan.",
    expected: ["PERSONALITY"],
    note: "Nervousness is a state read into the candidate; the rushing is the behaviour to keep.",
  },
  {
    text: "Has a bad attitude about code review and is honestly a know-it-all in discussions.",
    expected: ["PERSONALITY"],
  },
  {
    text: "Condescending when the interviewer offered a hint, and rude to the coordinator at reception.",
    expected: ["PERSONALITY"],
  },
  {
    text: "Stubborn: refused to consider the hint about using a heap and kept pushing the brute-force approach.",
    expected: ["PERSONALITY"],
  },
  {
    text: "Socially awkward and a little weird on the call, hard to read what he was thinking.",
    expected: ["PERSONALITY"],
  },
  {
    text: "A bit of a diva about the whiteboard marker colours, which made the session drag.",
    expected: ["PERSONALITY"],
  },

  // ---- BIAS ----
  { text: "Young and energetic, a digital native who will pick up our tools fast.", expected: ["BIAS"] },
  {
    text: "Probably too senior for this role and, honestly, a bit old for a startup pace.",
    expected: ["BIAS"],
  },
  {
    text: "She mentioned she has two kids, so the on-call rota might be a problem for her.",
    expected: ["BIAS"],
  },
  {
    text: "Recently married and likely to go on maternity leave soon, which is a risk for the launch.",
    expected: ["BIAS"],
  },
  {
    text: "Strong accent made him hard to follow; we really need a native speaker for this team.",
    expected: ["BIAS"],
  },
  {
    text: "Very well-dressed and attractive, which made a strong first impression on the panel.",
    expected: ["BIAS", "VAGUE"],
  },
  {
    text: "She wears a hijab and I wonder how she would fit with clients in the Gulf region.",
    expected: ["BIAS"],
  },
  {
    text: "He goes to church on Sundays, so weekend deploys might be hard to schedule.",
    expected: ["BIAS"],
  },
  {
    text: "A foreigner, so we would need to check how long he plans to stay in the country.",
    expected: ["BIAS"],
  },
  {
    text: "Typical Indian developer: knows the syntax but needs hand-holding on design.",
    expected: ["BIAS"],
  },
  {
    text: "Uses a wheelchair; not sure the office on the third floor would work for him.",
    expected: ["BIAS"],
  },
  {
    text: "Mentioned a past illness and some mental health struggles, which could affect reliability.",
    expected: ["BIAS"],
  },
  {
    text: "The guys on the team would love him, he'd fit right in for Friday drinks.",
    expected: ["BIAS", "VAGUE"],
  },
  {
    text: "She's a pretty girl and very bubbly, and the panel warmed to her immediately.",
    expected: ["BIAS", "PERSONALITY"],
  },
  {
    text: "Looked pregnant, so I am unsure about her availability over the next year.",
    expected: ["BIAS"],
  },
  { text: "He is a 55-year-old engineer; will he keep up with our stack?", expected: ["BIAS"] },
  {
    text: "Her English is broken and she is not a native English speaker, which slows the discussion.",
    expected: ["BIAS"],
  },
  {
    text: "Wrote clean Go code, but he's overweight and I worry about him keeping up on site visits.",
    expected: ["BIAS"],
  },
  {
    text: "Observant Muslim who fasts during Ramadan, so the March release might clash.",
    expected: ["BIAS"],
  },
  {
    text: "Has family commitments and children at home, so she may not be able to travel.",
    expected: ["BIAS"],
  },
  {
    text: "Great at debugging, but the girl kept apologising every time she paused to think.",
    expected: ["BIAS", "VAGUE"],
  },
  {
    text: "Explained the retry logic well, though I wonder whether her age would let her keep pace with the team.",
    expected: ["BIAS"],
  },

  // ---- TOO_SHORT (and short texts with other problems) ----
  { text: "Nice.", expected: ["VAGUE", "TOO_SHORT"] },
  { text: "Good.", expected: ["VAGUE", "TOO_SHORT"] },
  { text: "Clear communicator.", expected: ["TOO_SHORT"] },
  { text: "", expected: ["TOO_SHORT"] },
  { text: "Knows SQL, writes tests.", expected: ["TOO_SHORT"] },
  { text: "Structured approach to debugging.", expected: ["TOO_SHORT"] },
  { text: "Solid, but arrogant.", expected: ["VAGUE", "PERSONALITY", "TOO_SHORT"] },
  { text: "Young guy, very shy, not a fit.", expected: ["BIAS", "PERSONALITY", "VAGUE", "TOO_SHORT"] },

  // ---- second batch, written after the lint existed to probe its gaps. Measured before the lexicon was extended
  // to cover it, this batch alone scored precision 0.60 and recall 0.33 (3 of 9 expected kinds found; the misses
  // were stammer, "older than the rest", parental leave, clothing, "grew up in", "team player"). ----
  {
    text: "Kept saying “you guys” when addressing the panel; otherwise explained the cache design step by step.",
    expected: [],
    note: "The candidate's own words, quoted; not a gendered reference about the candidate.",
  },
  { text: "She is a mother of two and still found time to contribute to open source.", expected: ["BIAS"] },
  { text: "Has a slight stammer but explained the sharding strategy step by step.", expected: ["BIAS"] },
  {
    text: "Older than the rest of the team, but picked up TypeScript generics within the session.",
    expected: ["BIAS"],
  },
  { text: "Asked about parental leave policies during the Q&A, so may not be fully committed.", expected: ["BIAS"] },
  { text: "His hoodie and sandals felt too casual for a client-facing role like this one.", expected: ["BIAS"] },
  {
    text: "Went quiet when challenged on the schema, then came back with a properly normalised design.",
    expected: [],
  },
  {
    text: "Explained that the black-box tests covered the public API and the white-box tests the parser.",
    expected: [],
  },
  {
    text: "Excellent grasp of indexes: predicted the planner would skip the index on a low-cardinality column.",
    expected: [],
    note: "Specific despite “excellent”.",
  },
  { text: "Perfectly fine answers, nothing memorable either way.", expected: ["VAGUE"] },
  { text: "A real team player with a can-do attitude and lots of drive.", expected: ["PERSONALITY", "VAGUE"] },
  { text: "Grew up in Lagos and moved here five years ago; learned our codebase fast.", expected: ["BIAS"] },
  { text: "Spotted the off-by-one in the pagination before I pointed at it and wrote a test for it.", expected: [] },
  {
    text: "Stayed calm when the test environment crashed mid-exercise: restarted it and carried on.",
    expected: [],
  },
  { text: "Kept interrupting me before I finished each question, three times in the first ten minutes.", expected: [] },

  // ---- third batch, written as a held-out probe. Measured before the lexicon was extended to cover it, this batch
  // alone scored precision 1.00 and recall 0.38 (5 of 13 expected kinds found). ----
  {
    text: "Talked over the other panelist several times and dismissed her question about load testing.",
    expected: [],
  },
  { text: "He's a family man, very grounded, would be a steady presence.", expected: ["BIAS", "PERSONALITY"] },
  {
    text: "Too green for a senior role; struggled to explain what a transaction isolation level is.",
    expected: [],
    note: "Experience for the level is job-related, not age.",
  },
  { text: "Her Portuguese accent was thick but the explanation of CRDTs was precise.", expected: ["BIAS"] },
  { text: "Seems like he'd be a bit of a loner on the team, keeps to himself.", expected: ["PERSONALITY"] },
  { text: "Asked sharp questions about our on-call load and compensation.", expected: [] },
  { text: "Mid-fifties, so probably looking to coast until retirement.", expected: ["BIAS"] },
  { text: "Noticed she was wearing a cross necklace; otherwise unremarkable.", expected: ["BIAS", "VAGUE"] },
  { text: "Can't see her with the rest of the crew at the offsite, just doesn't vibe.", expected: ["VAGUE"] },
  {
    text: "Left the coding exercise incomplete: the parser handled numbers but not nested lists.",
    expected: [],
  },
  { text: "Extremely passionate and high-energy, a real go-getter.", expected: ["PERSONALITY", "VAGUE"] },
  { text: "Kept checking his phone during the system design round, about five times.", expected: [] },
  { text: "Brilliant engineer.", expected: ["VAGUE", "TOO_SHORT"] },
  { text: "Her ideas on caching were ok but nothing special.", expected: ["VAGUE"] },
];
