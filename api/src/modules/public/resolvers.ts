import { allowPublic } from "../../graphql/guard.ts";
import { publicPromisePage } from "./service.ts";

export const publicResolvers = {
  Query: {
    publicPromisePage: allowPublic((args: { slug: string }, ctx) => publicPromisePage(ctx, args.slug)),
  },
};
