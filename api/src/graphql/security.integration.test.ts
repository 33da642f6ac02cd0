import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, signUpCompany, type TestApi } from "../test/harness.ts";

let dev: TestApi;
let production: TestApi;
beforeAll(async () => {
  dev = await createTestApi();
  production = await createTestApi({ NODE_ENV: "production" });
});
afterAll(async () => {
  await dev.close();
  await production.close();
});

describe("GraphQL hardening", () => {
  it("refuses queries deeper than the limit", async () => {
    expect((await dev.gql(`{ viewer { memberships { organization { id } } } }`)).errors).toBeUndefined();
    const tooDeep = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }`;
    const result = await dev.gql(tooDeep);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses queries over the cost limit, including many aliases of one field, before running them", async () => {
    const one = `viewer { memberships { id organization { id name } } }`;
    const aliases = Array.from({ length: 600 }, (_, i) => `v${i}: ${one}`).join(" ");
    for (const api of [dev, production]) {
      const result = await api.gql(`{ ${aliases} }`);
      expect(result.statusCode).toBe(400);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/too expensive/),
        extensions: { code: "GRAPHQL_VALIDATION" },
      });
    }
    expect(
      (await dev.gql(`{ ${Array.from({ length: 20 }, (_, i) => `v${i}: ${one}`).join(" ")} }`)).errors,
    ).toBeUndefined();
  });

  it("refuses oversized requests with 413", async () => {
    const response = await dev.app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ query: `{ ping }`, variables: { padding: "x".repeat(200 * 1024) } }),
    });
    expect(response.statusCode).toBe(413);
  });

  it("refuses batched queries", async () => {
    const response = await dev.app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify([{ query: "{ ping }" }, { query: "{ ping }" }]),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors?.[0]?.message).toMatch(/batch/i);
    const manyOperations = await dev.gql(`query A { ping } query B { ping }`);
    expect(manyOperations.statusCode).toBe(400);
  });

  it("never changes state over GET", async () => {
    const response = await dev.app.inject({
      method: "GET",
      url: `/graphql?query=${encodeURIComponent("mutation { signOut }")}`,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
  });

  it("allows introspection and suggestions in development only", async () => {
    expect((await dev.gql(`{ __schema { queryType { name } } }`)).data?.__schema.queryType.name).toBe("Query");
    const devTypo = await dev.gql(`{ viewr { user { id } } }`);
    expect(devTypo.errors?.[0]?.message).toMatch(/Did you mean "viewer"/);

    const introspection = await production.gql(`{ __schema { queryType { name } } }`);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const prodTypo = await production.gql(`{ viewr { user { id } } }`);
    expect(prodTypo.errors?.[0]?.message).toBe(`Cannot query field "viewr" on type "Query".`);
  });

  it("hides the development outbox and GraphiQL in production", async () => {
    const outbox = await production.gql(`{ devOutbox { id } }`);
    expect(outbox.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await production.app.inject({ method: "GET", url: "/graphiql" })).statusCode).toBe(404);
    expect((await dev.app.inject({ method: "GET", url: "/graphiql" })).statusCode).toBe(200);
  });

  it("sends security headers and answers health checks", async () => {
    const response = await production.app.inject({ method: "GET", url: "/healthz" });
    expect(response.json()).toEqual({ status: "ok" });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["strict-transport-security"]).toMatch(/max-age/);
    expect(response.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    const ready = await production.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.json()).toMatchObject({ status: "ready" });
  });

  it("masks internal failures in production: a generic message, nothing about the database", async () => {
    const company = await signUpCompany(production);
    await production.prisma.$executeRawUnsafe(`drop table "Invitation" cascade`);
    const resolverFailure = await production.gql(
      `{ invitationPreview(token: "abcdefghijklmnopqrstuvwxyz234567") { email } }`,
    );
    expect(resolverFailure.errors?.[0]?.extensions?.code).toBe("INTERNAL");
    expect(resolverFailure.errors?.[0]?.message).toMatch(/^Something went wrong on our side/);
    expect(JSON.stringify(resolverFailure)).not.toMatch(/relation|prisma|does not exist/i);

    await production.prisma.$executeRawUnsafe(`drop table "Session" cascade`);
    const sessionFailure = await production.gql(`{ viewer { user { id } } }`, {}, { token: company.token });
    expect(sessionFailure.statusCode).toBe(503);
    expect(JSON.stringify(sessionFailure)).not.toMatch(/relation|prisma|does not exist/i);
  });
});
