/**
 * Setting up data through the API for browser tests: what a test only needs to exist is made here, and
 * what it checks is done in Chromium.
 */
import { inject } from "vitest";

/** A GraphQL call to the test stack's API; throws with the errors when there are any. */
export async function api<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(inject("apiUrl"), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Submits a complete scorecard (every competency rated 3 with evidence) as the assigned interviewer. */
export async function submitScorecard(interviewId: string, interviewerToken: string): Promise<void> {
  const form = await api(
    `query($id: ID!) { scorecardForm(interviewId: $id) { template { competencies { id } } } }`,
    { id: interviewId },
    interviewerToken,
  );
  await api(
    `mutation($input: ScorecardInput!) { submitScorecard(input: $input) { id } }`,
    {
      input: {
        interviewId,
        ratings: form.scorecardForm.template.competencies.map((c: { id: string }) => ({
          competencyId: c.id,
          rating: 3,
          evidence: "Walked through the retry logic of the payment job and named the race between two workers.",
        })),
        strengths: "You explained the trade-offs between a queue and a scheduled job clearly, with numbers.",
        growthAreas: [
          { area: "Testing edge cases", suggestion: "Write the failing test for the race before changing code." },
        ],
        recommendation: "YES",
      },
    },
    interviewerToken,
  );
}
