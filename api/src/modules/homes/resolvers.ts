import { ALL_STAFF, allowRoles, allowSignedIn, byOrganization, MANAGERS } from "../../graphql/guard.ts";
import * as homes from "./service.ts";

export const homesResolvers = {
  Query: {
    candidateHome: allowSignedIn((_args, ctx) => homes.candidateHome(ctx)),
    interviewerHome: allowRoles(ALL_STAFF, byOrganization, (args, ctx) =>
      homes.interviewerHome(ctx, args.organizationId),
    ),
    recruiterHome: allowRoles(MANAGERS, byOrganization, (args, ctx) => homes.recruiterHome(ctx, args.organizationId)),
  },
};
