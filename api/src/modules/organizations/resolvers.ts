import type { Role } from "@candor/db";
import { z } from "zod";
import { parseInput } from "../../graphql/errors.ts";
import { ALL_STAFF, allowPublic, allowRoles, allowSignedIn, byOrganization, MANAGERS } from "../../graphql/guard.ts";
import * as organizations from "./service.ts";

const changeRoleInput = z.object({
  membershipId: z.string().min(1, "Choose a member."),
  role: z.enum(["ADMIN", "RECRUITER", "INTERVIEWER"], { error: "Choose admin, recruiter or interviewer." }),
});

export const organizationsResolvers = {
  Query: {
    organization: allowRoles(
      ALL_STAFF,
      (args: { id: string }) => args.id,
      (args, ctx) => ctx.prisma.organization.findUnique({ where: { id: args.id } }),
    ),
    members: allowRoles(MANAGERS, byOrganization, (args, ctx) => organizations.listMembers(ctx, args.organizationId)),
    invitations: allowRoles(MANAGERS, byOrganization, (args, ctx, role) =>
      organizations.listInvitations(ctx, args.organizationId, role),
    ),
    invitationPreview: allowPublic((args: { token: string }, ctx) => organizations.previewInvitation(ctx, args.token)),
  },
  Mutation: {
    inviteMember: allowSignedIn((args: { input: unknown }, ctx) => organizations.inviteMember(ctx, args.input)),
    revokeInvitation: allowSignedIn((args: { id: string }, ctx) => organizations.revokeInvitation(ctx, args.id)),
    acceptInvitation: allowPublic((args: { input: unknown }, ctx) => organizations.acceptInvitation(ctx, args.input)),
    changeMemberRole: allowSignedIn((args: { input: unknown }, ctx) => {
      const input = parseInput(changeRoleInput, args.input);
      return organizations.changeMemberRole(ctx, input.membershipId, input.role as Role);
    }),
    removeMember: allowSignedIn((args: { membershipId: string }, ctx) =>
      organizations.removeMember(ctx, args.membershipId),
    ),
    endMemberSessions: allowSignedIn((args: { membershipId: string }, ctx) =>
      organizations.endMemberSessions(ctx, args.membershipId),
    ),
  },
  Member: {
    joinedAt: (member: { createdAt: Date }) => member.createdAt,
  },
  Invitation: {
    status: organizations.invitationStatus,
  },
};
