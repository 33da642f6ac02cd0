/**
 * Every mutation of the built schema (so ones added later are fuzzed too) receives random and
 * malformed input: wrong types, missing and null fields, out-of-range numbers, huge and blank
 * strings, malformed dates, unknown ids and another organisation's ids. Each answer must be a
 * refusal a person can act on (a message and a known code, never INTERNAL), and the database must
 * be exactly as it was.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../api/src/graphql/graphql-cjs.ts";
import { typeDefs } from "../../api/src/graphql/schema.ts";
import {
  createTestApi,
  inviteAndAccept,
  jobWithCandidate,
  signUpCompany,
  type TestApi,
} from "../../api/src/test/harness.ts";

const RUNS_PER_MUTATION = 20;
const ACCEPTED_CODES = new Set([
  "GRAPHQL_VALIDATION",
  "VALIDATION",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "CONFLICT",
  "BAD_REQUEST",
]);
/** Failed sign-in and reset attempts are recorded on purpose: that is how they are rate limited. */
const TABLES_CHANGED_BY_DESIGN = new Set(["AuthAttempt"]);

const schema = graphql.buildSchema(typeDefs);
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
type GraphQLArgument = (typeof mutations)[number]["args"][number];
type GraphQLInputType = GraphQLArgument["type"];

let api: TestApi;
let callers: Record<string, string | undefined>;
/** Ids that exist, but belong to another organisation than the caller's (Acme's admin). */
let foreignIds: string[];

beforeAll(async () => {
  api = await createTestApi();
  const acme = await signUpCompany(api, "Acme");
  const globex = await signUpCompany(api, "Globex");
  const acmeInterviewer = await inviteAndAccept(api, acme, "INTERVIEWER");
  const globexPipeline = await jobWithCandidate(api, globex);
  await jobWithCandidate(api, acme);
  callers = { "Acme admin": acme.token, "Acme interviewer": acmeInterviewer.token, "signed out": undefined };
  foreignIds = [
    globex.organizationId,
    globex.userId,
    globex.membershipId,
    globexPipeline.jobId,
    globexPipeline.applicationId,
    ...globexPipeline.stages.map((stage) => stage.id),
  ];
});
afterAll(() => api.close());

/** Row count and content hash of every table: any insert, update or delete changes it. */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await api.prisma.$queryRawUnsafe<Array<{ name: string }>>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables) {
    if (TABLES_CHANGED_BY_DESIGN.has(name)) continue;
    const [row] = await api.prisma.$queryRawUnsafe<Array<{ rows: number; hash: string | null }>>(
      `select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as hash from "${name}" t`,
    );
    fingerprint[name] = `${row?.rows}:${row?.hash}`;
  }
  return fingerprint;
}

// ---------------------------------------------------------------- generators

const huge = (length: number) => fc.constantFrom("x", "é", "🙂", "<b>").map((unit) => unit.repeat(length));
const hostileStrings = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\t\n",
    "\u0000",
    "null",
    "undefined",
    '\'; drop table "User"; --',
    "<script>alert(1)</script>",
  ),
  huge(20_000),
  fc.string({ maxLength: 3 }),
);
const hostileInts = fc.constantFrom(-2_147_483_648, -1, 0, 2_147_483_647, 1_000_000, -999);
const hostileDates = fc.constantFrom(
  "not a date",
  "",
  "2026-02-30T10:00:00Z",
  "1900-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
);
const unknownIds = fc.oneof(
  fc.constantFrom("", "0", "ckzzzzzzzzzzzzzzzzzzzzzzz", "../../etc/passwd", "' or 1=1 --"),
  fc.string({ minLength: 1, maxLength: 30 }),
  huge(5_000),
);

/** Values of the right GraphQL type whose content is hostile: they reach our own validation. */
function hostileValue(type: GraphQLInputType, fieldName: string, depth = 0): fc.Arbitrary<unknown> {
  if (graphql.isNonNullType(type)) return hostileValue(type.ofType, fieldName, depth);
  if (graphql.isListType(type)) {
    const item = hostileValue(type.ofType, fieldName, depth + 1);
    return fc.oneof(
      fc.constant([]),
      fc.array(item, { minLength: 1, maxLength: 3 }),
      // A long list of one small item: the input stays under the body limit.
      item
        .chain((value) => fc.constant(Array.from({ length: 200 }, () => value)))
        .filter((list) => JSON.stringify(list).length < 50_000),
    );
  }
  if (graphql.isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (graphql.isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((field) => [field.name, hostileValue(field.type, field.name, depth + 1)])),
      { requiredKeys: fields.filter((field) => graphql.isNonNullType(field.type)).map((field) => field.name) },
    );
  }
  switch (type.name) {
    case "ID":
      // Never an id the caller may act on: otherwise hostile-looking but valid text (a job titled
      // "undefined") would make a valid request, which is rightly accepted.
      return fc.oneof(fc.constantFrom(...foreignIds), unknownIds);
    case "Int":
      return hostileInts;
    case "Float":
      return fc.oneof(hostileInts, fc.constantFrom(Number.MAX_VALUE, -0.5, 1e-9));
    case "Boolean":
      return fc.boolean();
    case "DateTime":
      return hostileDates;
    default:
      return /date/i.test(fieldName) ? hostileDates : hostileStrings;
  }
}

/** Values GraphQL itself must refuse: wrong types, missing required fields, nulls, junk objects. */
function malformedValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constantFrom(12.5, true, "text", [1, "two"], { unexpected: "field" }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  if (graphql.isNonNullType(type) && graphql.isInputObjectType(type.ofType)) {
    const fields = Object.values(type.ofType.getFields());
    return fc.oneof(
      junk,
      fc.record(Object.fromEntries(fields.map((field) => [field.name, malformedValue(field.type)])), {
        requiredKeys: [],
      }),
    );
  }
  return junk;
}

/** Whether an input type names an id anywhere (which the generators make foreign or unknown). */
function namesAnId(type: GraphQLInputType, depth = 0): boolean {
  const named = graphql.getNamedType(type);
  if (named.name === "ID") return true;
  if (!graphql.isInputObjectType(named) || depth > 3) return false;
  return Object.values(named.getFields()).some((field) => namesAnId(field.type, depth + 1));
}

/**
 * Variables for one call, so that no call is a valid request: each argument hostile or malformed, and
 * when no argument names an id (sign-up, sign-in, token links), at least one argument is malformed.
 */
function variablesFor(args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  const perArgument = (arg: GraphQLArgument, malformed: boolean) =>
    malformed ? malformedValue(arg.type) : hostileValue(arg.type, arg.name);
  const mustMalform = !args.some((arg) => namesAnId(arg.type));
  return fc
    .tuple(...args.map((arg) => fc.tuple(fc.boolean(), fc.constant(arg))))
    .map((choices) =>
      mustMalform && !choices.some(([malformed]) => malformed)
        ? choices.map(([malformed, arg], index) => [index === 0 || malformed, arg] as const)
        : choices,
    )
    .chain((choices) =>
      fc.tuple(...choices.map(([malformed, arg]) => perArgument(arg, malformed).map((value) => [arg.name, value]))),
    )
    .map((entries) => Object.fromEntries(entries.filter(([, value]) => value !== undefined)));
}

function documentFor(mutation: (typeof mutations)[number]): string {
  const declarations = mutation.args.map((arg) => `$${arg.name}: ${arg.type}`).join(", ");
  const passed = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const returned = graphql.getNamedType(mutation.type);
  const selection = graphql.isObjectType(returned) || graphql.isInterfaceType(returned) ? " { __typename }" : "";
  return `mutation Fuzz(${declarations}) { ${mutation.name}(${passed})${selection} }`;
}

// ---------------------------------------------------------------- the property

const withArguments = mutations.filter((mutation) => mutation.args.length > 0);

describe("every mutation refuses random and malformed input", () => {
  it("covers every mutation that takes arguments", () => {
    expect(withArguments.length).toBeGreaterThan(30);
  });

  let ipCounter = 0;
  const codesSeen = new Map<string, number>();
  for (const mutation of withArguments) {
    it(`${mutation.name}: a clear refusal and no change in the database`, async () => {
      const document = documentFor(mutation);
      const before = await databaseFingerprint();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...Object.keys(callers)),
          variablesFor(mutation.args),
          async (who, variables) => {
            // A fresh address per call: the per-IP limits would otherwise answer RATE_LIMITED.
            const ip = `10.${(++ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
            const result = await api.gql(document, variables, { token: callers[who], ip });
            const error = result.errors?.[0];
            expect({ who, status: result.statusCode, refused: Boolean(error) }).toEqual({
              who,
              status: result.statusCode < 500 ? result.statusCode : "a 4xx or 200 status",
              refused: true,
            });
            expect(error?.message).toMatch(/\w{3,}/);
            expect(ACCEPTED_CODES).toContain(error?.extensions?.code);
            const code = error?.extensions?.code as string;
            codesSeen.set(code, (codesSeen.get(code) ?? 0) + 1);
          },
        ),
        { numRuns: RUNS_PER_MUTATION, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647) },
      );
      expect(await databaseFingerprint()).toEqual(before);
    });
  }
  it("reached the resolvers' own checks, not only GraphQL's type checks", () => {
    console.info(`[fuzz] answers by code: ${JSON.stringify(Object.fromEntries(codesSeen))}`);
    for (const code of ["GRAPHQL_VALIDATION", "VALIDATION", "NOT_FOUND"]) {
      expect(codesSeen.get(code) ?? 0, code).toBeGreaterThan(0);
    }
  });
});
