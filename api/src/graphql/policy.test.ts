import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { policyOf } from "./guard.ts";
import { resolvers, typeDefs } from "./schema.ts";

describe("deny by default", () => {
  const schema = buildSchema(typeDefs);

  for (const rootType of ["Query", "Mutation"] as const) {
    it(`every ${rootType} field has a resolver that declares who may call it`, () => {
      const type = rootType === "Query" ? schema.getQueryType() : schema.getMutationType();
      const fields = Object.keys(type?.getFields() ?? {});
      expect(fields.length).toBeGreaterThan(0);
      const undeclared = fields.filter((field) => !policyOf(resolvers[rootType]?.[field]));
      expect(undeclared).toEqual([]);
    });
  }

  it("keeps public fields to the sign-in flows and public pages", () => {
    const publicFields = ["Query", "Mutation"].flatMap((type) =>
      Object.entries(resolvers[type] ?? {})
        .filter(([, resolve]) => policyOf(resolve) === "public")
        .map(([field]) => `${type}.${field}`),
    );
    expect(publicFields.sort()).toEqual(
      [
        "Mutation.acceptInvitation",
        "Mutation.noop",
        "Mutation.requestPasswordReset",
        "Mutation.resetPassword",
        "Mutation.signIn",
        "Mutation.signOut",
        "Mutation.signUp",
        "Mutation.unsubscribe",
        "Query.devOutbox",
        "Query.invitationPreview",
        "Query.ping",
        "Query.publicPromisePage",
        "Query.unsubscribeLink",
        "Query.viewer",
      ].sort(),
    );
  });
});
