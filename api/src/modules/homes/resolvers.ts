import { ALL_STAFF, allowRoles, allowSignedIn, MANAGERS } from "../../graphql/guard.ts";
import * as homes from "./service.ts";

const byOrganization = (args: { organizationId: string }) => args.organizationId;

export const homesResolvers = {
  Query: {
    candidateHome: allowSignedIn((_args, ctx) => homes.candidateHome(ctx)),
    interviewerHome: allowRoles(ALL_STAFF, byOrganization, (args, ctx) =>
      homes.interviewerHome(ctx, args.organizationId),
    ),
    recruiterHome: allowRoles(MANAGERS, byOrganization, (args, ctx) => homes.recruiterHome(ctx, args.organizationId)),
  },
};
