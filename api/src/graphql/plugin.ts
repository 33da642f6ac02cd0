import { isDatabaseUnavailable } from "@candor/db";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { GraphQLError } from "graphql";
import { Redis } from "ioredis";
import mercurius from "mercurius";
import mqemitterRedis from "mqemitter-redis";
import { buildContext, type Services } from "./context.ts";
import { queryCostLimit } from "./cost-limit.ts";
import { UserError } from "./errors.ts";
import { graphql } from "./graphql-cjs.ts";
import { loaders, resolvers, typeDefs } from "./schema.ts";

const INTERNAL_MESSAGE = "Something went wrong on our side. Try again; if it keeps happening, tell your Candor admin.";
const UNAVAILABLE_MESSAGE = "Candor cannot reach its database right now. Try again in a few seconds.";

/** User errors pass through; GraphQL validation errors keep their message; everything else is masked. */
interface FormattedError {
  message: string;
  locations: GraphQLError["locations"];
  path: GraphQLError["path"];
  extensions: Record<string, unknown>;
}

function formatError(error: GraphQLError, isProduction: boolean, log: FastifyInstance["log"]): FormattedError {
  const original = error.originalError;
  const base = { locations: error.locations, path: error.path };
  if (original instanceof UserError) {
    return { ...base, message: original.message, extensions: original.extensions as Record<string, unknown> };
  }
  // Errors about the request itself (syntax, validation, variable coercion) have no resolver path.
  const status = (original as { statusCode?: number } | undefined)?.statusCode ?? 0;
  if (status === 503 || isDatabaseUnavailable(original)) {
    log.warn({ err: original, path: error.path }, "database unavailable");
    return { ...base, message: UNAVAILABLE_MESSAGE, extensions: { code: "UNAVAILABLE" } };
  }
  const isRequestError =
    status < 500 &&
    (!original ||
      !error.path ||
      original instanceof graphql.GraphQLError ||
      (original as { code?: string }).code?.startsWith("MER_ERR_GQL"));
  if (isRequestError) {
    const message = isProduction ? error.message.replace(/ ?Did you mean .*\?$/, "") : error.message;
    return { ...base, message, extensions: { code: "GRAPHQL_VALIDATION" } };
  }
  log.error({ err: original, path: error.path }, "resolver failed");
  return {
    ...base,
    message: isProduction || !original ? INTERNAL_MESSAGE : `${INTERNAL_MESSAGE} (${original.message})`,
    extensions: { code: "INTERNAL" },
  };
}

async function graphqlPlugin(app: FastifyInstance, services: Services) {
  const { isProduction } = services.config;
  await app.register(mercurius, {
    schema: typeDefs,
    resolvers: resolvers as never,
    loaders: loaders as never,
    path: "/graphql",
    graphiql: !isProduction,
    jit: 1,
    queryDepth: 10,
    allowBatchedQueries: false,
    validationRules: [queryCostLimit(), ...(isProduction ? [graphql.NoSchemaIntrospectionCustomRule] : [])],
    context: (request, reply) => buildContext(services, request, reply),
    subscription: subscriptionOptions(app, services),
    errorFormatter: (execution) => {
      // Mercurius wraps query validation failures in one error whose `errors` hold the details.
      const flat = execution.errors.flatMap((error) => {
        const inner = (error.originalError as { errors?: GraphQLError[] } | undefined)?.errors;
        return Array.isArray(inner) && inner.length ? inner : [error];
      });
      const errors = flat.map((error) => formatError(error, isProduction, app.log));
      const onlyValidation = !execution.data && errors.every((e) => e.extensions.code === "GRAPHQL_VALIDATION");
      // Errors raised by Fastify before GraphQL ran (e.g. 413 for a body over the limit) keep their status.
      const httpStatus = flat
        .map((error) => (error.originalError as { statusCode?: number } | undefined)?.statusCode ?? 0)
        .find((status) => status >= 400);
      const unavailable = errors.some((e) => e.extensions.code === "UNAVAILABLE");
      const statusCode = unavailable ? 503 : (httpStatus ?? (onlyValidation ? 400 : 200));
      return { statusCode, response: { data: execution.data ?? null, errors } };
    },
  });
  refuseBatches(app);
}

/**
 * Subscriptions over WebSocket (graphql-ws and graphql-transport-ws). The person is the one whose
 * session token came with the upgrade request (Authorization header) or in the connection_init
 * payload ({ authorization: "Bearer …" }). With REDIS_URL set, events published by any API process
 * reach subscribers connected to any other.
 */
function subscriptionOptions(app: FastifyInstance, services: Services) {
  const redisUrl = services.config.REDIS_URL;
  const emitter = redisUrl
    ? mqemitterRedis({ subConn: pubSubConnection(redisUrl), pubConn: pubSubConnection(redisUrl) })
    : undefined;
  if (emitter) {
    app.addHook("onClose", (_app, done) => emitter.close(() => done()));
  }
  return {
    ...(emitter ? { emitter } : {}),
    context: (_socket: unknown, request: FastifyRequest) => ({ viewer: request.viewer }),
    onConnect: async (data: { payload?: unknown }) => {
      const authorization = (data.payload as { authorization?: unknown } | undefined)?.authorization;
      if (typeof authorization !== "string") return true;
      const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
      // A token that does not work never falls back to the upgrade request's session: subscribing then
      // fails with the usual "sign in" error.
      return { viewer: token ? await services.sessions.validate(token) : null };
    },
  };
}

/**
 * A Redis connection for the event fan-out, without ioredis' ready check: that check sends INFO after the
 * connection's CLIENT SETINFO round trip, and a SUBSCRIBE sent in between (a subscription arriving as the
 * connection comes up) makes ioredis refuse its own INFO with an uncaught "Connection in subscriber mode".
 * Pub/sub has no dataset to wait for, which is all the check is for.
 */
function pubSubConnection(url: string): Redis {
  return new Redis(url, { enableReadyCheck: false });
}

/** Mercurius would answer a batch with "body must be object": say what is wrong instead. */
function refuseBatches(app: FastifyInstance) {
  app.addHook("preValidation", async (request, reply) => {
    if (request.routeOptions.url !== "/graphql" || !Array.isArray(request.body)) return;
    return reply.code(400).send({
      data: null,
      errors: [
        {
          message: "Batched queries are not accepted: send one operation per request.",
          extensions: { code: "GRAPHQL_VALIDATION" },
        },
      ],
    });
  });
}

export default fp(graphqlPlugin, { name: "candor-graphql", dependencies: ["candor-auth"] });
