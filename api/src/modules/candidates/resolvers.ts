import { allowSignedIn } from "../../graphql/guard.ts";
import { candidateApplication } from "./service.ts";

export const candidatesResolvers = {
  Query: {
    candidateApplication: allowSignedIn((args: { id: string }, ctx) => candidateApplication(ctx, args.id)),
  },
};
