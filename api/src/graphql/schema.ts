import { authResolvers } from "../modules/auth/resolvers.ts";
import { authSchema } from "../modules/auth/schema.ts";
import { candidatesResolvers } from "../modules/candidates/resolvers.ts";
import { candidatesSchema } from "../modules/candidates/schema.ts";
import { feedbackResolvers } from "../modules/feedback/resolvers.ts";
import { feedbackSchema } from "../modules/feedback/schema.ts";
import { homesResolvers } from "../modules/homes/resolvers.ts";
import { homesSchema } from "../modules/homes/schema.ts";
import { mailResolvers } from "../modules/mail/resolvers.ts";
import { mailSchema } from "../modules/mail/schema.ts";
import { metricsResolvers } from "../modules/metrics/resolvers.ts";
import { metricsSchema } from "../modules/metrics/schema.ts";
import { notificationsResolvers } from "../modules/notifications/resolvers.ts";
import { notificationsSchema } from "../modules/notifications/schema.ts";
import { organizationsResolvers } from "../modules/organizations/resolvers.ts";
import { organizationsSchema } from "../modules/organizations/schema.ts";
import { pipelineLoaders, pipelineResolvers } from "../modules/pipeline/resolvers.ts";
import { pipelineSchema } from "../modules/pipeline/schema.ts";
import { promisesResolvers } from "../modules/promises/resolvers.ts";
import { promisesSchema } from "../modules/promises/schema.ts";
import { publicResolvers } from "../modules/public/resolvers.ts";
import { publicSchema } from "../modules/public/schema.ts";
import { ratingsResolvers } from "../modules/ratings/resolvers.ts";
import { ratingsSchema } from "../modules/ratings/schema.ts";
import { baseSchema } from "./base.schema.ts";
import { graphql } from "./graphql-cjs.ts";
import { allowPublic } from "./guard.ts";

const DateTime = new graphql.GraphQLScalarType<Date | null, string>({
  name: "DateTime",
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime()))
      throw new TypeError("Expected an ISO-8601 date-time such as 2026-11-25T14:00:00Z.");
    return date;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== graphql.Kind.STRING) return null;
    const date = new Date(ast.value);
    return Number.isNaN(date.getTime()) ? null : date;
  },
});

const modules = [
  authResolvers,
  organizationsResolvers,
  homesResolvers,
  mailResolvers,
  notificationsResolvers,
  promisesResolvers,
  pipelineResolvers,
  candidatesResolvers,
  publicResolvers,
  feedbackResolvers,
  ratingsResolvers,
  metricsResolvers,
];

export const typeDefs = [
  baseSchema,
  authSchema,
  organizationsSchema,
  homesSchema,
  mailSchema,
  notificationsSchema,
  promisesSchema,
  pipelineSchema,
  candidatesSchema,
  publicSchema,
  feedbackSchema,
  ratingsSchema,
  metricsSchema,
].join("\n");

export const loaders = { ...pipelineLoaders };

type ResolverMap = Record<string, Record<string, unknown>>;

function mergeResolvers(maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      for (const field of Object.keys(fields)) {
        if (merged[type]?.[field]) throw new Error(`Resolver ${type}.${field} is defined twice`);
      }
      merged[type] = { ...merged[type], ...fields };
    }
  }
  return merged;
}

export const resolvers = mergeResolvers([
  {
    DateTime: DateTime as unknown as Record<string, unknown>,
    Query: { ping: allowPublic(() => "pong") },
    Mutation: { noop: allowPublic(() => null) },
  },
  ...(modules as unknown as ResolverMap[]),
]);
