import type { JobStatus } from "@candor/db";
import type { Context } from "../../graphql/context.ts";
import {
  ALL_STAFF,
  allowRoles,
  allowSignedIn,
  byInputOrganization,
  byOrganization,
  MANAGERS,
} from "../../graphql/guard.ts";
import { toPromiseView } from "../promises/service.ts";
import * as pipeline from "./service.ts";

export const pipelineResolvers = {
  Query: {
    jobs: allowRoles(MANAGERS, byOrganization, (args, ctx) => pipeline.listJobs(ctx, args.organizationId)),
    pipeline: allowSignedIn((args: { jobId: string }, ctx) => pipeline.pipeline(ctx, args.jobId)),
    application: allowSignedIn((args: { id: string }, ctx) => pipeline.getApplication(ctx, args.id)),
    goingCold: allowRoles(MANAGERS, byOrganization, (args, ctx) => pipeline.goingCold(ctx, args.organizationId)),
    statusUpdateTemplates: allowRoles(MANAGERS, byOrganization, (args, ctx) =>
      pipeline.listStatusTemplates(ctx, args.organizationId),
    ),
    interviewers: allowRoles(ALL_STAFF, byOrganization, (args, ctx) =>
      pipeline.listInterviewers(ctx, args.organizationId),
    ),
  },
  Mutation: {
    createJob: allowRoles(MANAGERS, byInputOrganization, (args: { input: { organizationId: string } }, ctx) =>
      pipeline.createJob(ctx, args.input),
    ),
    setJobStatus: allowSignedIn((args: { jobId: string; status: JobStatus }, ctx) =>
      pipeline.setJobStatus(ctx, args.jobId, args.status),
    ),
    addCandidate: allowSignedIn((args: { input: unknown }, ctx) => pipeline.addCandidate(ctx, args.input)),
    moveApplication: allowSignedIn((args: { input: { applicationId: string; move: pipeline.ApplicationMove } }, ctx) =>
      pipeline.moveApplication(ctx, args.input.applicationId, args.input.move),
    ),
    scheduleInterview: allowSignedIn((args: { input: unknown }, ctx) => pipeline.scheduleInterview(ctx, args.input)),
    rescheduleInterview: allowSignedIn((args: { input: unknown }, ctx) =>
      pipeline.rescheduleInterview(ctx, args.input),
    ),
    cancelInterview: allowSignedIn((args: { interviewId: string }, ctx) =>
      pipeline.cancelInterview(ctx, args.interviewId),
    ),
    completeInterview: allowSignedIn((args: { input: unknown }, ctx) => pipeline.completeInterview(ctx, args.input)),
    postStatusUpdate: allowSignedIn((args: { input: unknown }, ctx) => pipeline.postStatusUpdate(ctx, args.input)),
  },
  Interview: {
    promise: (interview: { promise: Parameters<typeof toPromiseView>[0] | null }) =>
      interview.promise ? toPromiseView(interview.promise) : null,
  },
};

type Query<T> = { obj: T };

/** Mercurius loaders: fields of lists batched into one query each (no N+1). */
export const pipelineLoaders = {
  Job: {
    activeApplications: (queries: Query<{ id: string }>[], ctx: Context) =>
      pipeline.activeApplicationCounts(
        ctx.prisma,
        queries.map((q) => q.obj.id),
      ),
  },
  Application: {
    interviews: (queries: Query<{ id: string }>[], ctx: Context) =>
      pipeline.interviewsOf(
        ctx.prisma,
        queries.map((q) => q.obj.id),
      ),
    statusUpdates: (queries: Query<{ id: string }>[], ctx: Context) =>
      pipeline.statusUpdatesOf(
        ctx.prisma,
        queries.map((q) => q.obj.id),
      ),
  },
};
