import { createRequire } from "node:module";
import type * as GraphQL from "graphql";

/**
 * graphql 16 ships separate CommonJS and ES module builds; Mercurius loads the CommonJS one. Values
 * checked with `instanceof` inside graphql (types, rules, errors) must come from that same copy.
 */
export const graphql = createRequire(import.meta.url)("graphql") as typeof GraphQL;
