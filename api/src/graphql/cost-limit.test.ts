import { describe, expect, it } from "vitest";
import * as portalOperations from "../../../web/app/lib/operations.ts";
import { DEFAULT_LIST_SIZE, estimateQueryCost, MAX_QUERY_COST, queryCostLimit } from "./cost-limit.ts";
import { graphql } from "./graphql-cjs.ts";
import { typeDefs } from "./schema.ts";

const schema = graphql.buildSchema(typeDefs);
const cost = (source: string) => estimateQueryCost(schema, graphql.parse(source));
const errorsOf = (source: string, max = MAX_QUERY_COST) =>
  graphql.validate(schema, graphql.parse(source), [queryCostLimit(max)]).map((error) => error.message);

describe("query cost", () => {
  it("counts each field once and each field under a list once per expected item", () => {
    expect(cost(`{ ping }`)).toBe(1);
    expect(cost(`{ viewer { user { id email } } }`)).toBe(4);
    // memberships is a list: its selection (id + organization { id }) counts DEFAULT_LIST_SIZE times.
    expect(cost(`{ viewer { memberships { id organization { id } } } }`)).toBe(2 + DEFAULT_LIST_SIZE * 3);
  });

  it("uses a literal limit argument as the list size", () => {
    expect(cost(`{ devOutbox(limit: 50) { id subject } }`)).toBe(1 + 50 * 2);
    expect(cost(`query($n: Int) { devOutbox(limit: $n) { id subject } }`)).toBe(1 + DEFAULT_LIST_SIZE * 2);
  });

  it("multiplies nested lists, and counts aliases and fragments like the fields they stand for", () => {
    const nested = `{ viewer { memberships { organization { id } } } }`;
    const aliased = `{ a: viewer { memberships { organization { id } } } b: viewer { memberships { organization { id } } } }`;
    const viaFragment = `{ viewer { ...M } } fragment M on Viewer { memberships { organization { id } } }`;
    expect(cost(aliased)).toBe(2 * cost(nested));
    expect(cost(viaFragment)).toBe(cost(nested));
  });

  it("survives a fragment cycle (reported by graphql's own rules) without looping", () => {
    expect(cost(`{ viewer { ...A } } fragment A on Viewer { user { id } ...A }`)).toBe(3);
  });

  it("refuses a query over the limit with a message saying what to do", () => {
    const one = `viewer { memberships { id organization { id name } } }`;
    const aliases = Array.from(
      { length: Math.ceil(MAX_QUERY_COST / cost(`{ ${one} }`)) + 1 },
      (_, i) => `v${i}: ${one}`,
    );
    const query = `{ ${aliases.join(" ")} }`;
    expect(cost(query)).toBeGreaterThan(MAX_QUERY_COST);
    expect(errorsOf(query)).toEqual([expect.stringMatching(/too expensive.*fewer fields/)]);
    expect(errorsOf(`{ viewer { user { id } } }`)).toEqual([]);
  });

  it("lets every operation the portal sends through, with room to grow", () => {
    const sources = Object.values(portalOperations)
      .filter((value): value is { source: string } => typeof (value as { source?: unknown })?.source === "string")
      .map((document) => document.source);
    expect(sources.length).toBeGreaterThan(20);
    for (const source of sources)
      expect({ source, cost: cost(source) < MAX_QUERY_COST / 3 }).toEqual({ source, cost: true });
  });
});
