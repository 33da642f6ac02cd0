import type { StageKind } from "@candor/db";
import {
  ADMINS,
  ALL_STAFF,
  allowRoles,
  allowSignedIn,
  byInputOrganization,
  byOrganization,
  MANAGERS,
} from "../../graphql/guard.ts";
import * as promises from "./service.ts";

export const promisesResolvers = {
  Query: {
    promises: allowRoles(MANAGERS, byOrganization, (args, ctx) => promises.listPromises(ctx, args.organizationId)),
    promiseHistory: allowRoles(
      MANAGERS,
      byOrganization,
      (args: { organizationId: string; stageKind: StageKind; jobId?: string | null }, ctx) =>
        promises.promiseHistory(ctx, args.organizationId, args.stageKind, args.jobId),
    ),
    holidays: allowRoles(ALL_STAFF, byOrganization, (args, ctx) => promises.listHolidays(ctx, args.organizationId)),
  },
  Mutation: {
    savePromiseDraft: allowRoles(
      ADMINS,
      byInputOrganization,
      (args: { input: unknown & { organizationId: string } }, ctx) => promises.savePromiseDraft(ctx, args.input),
    ),
    publishPromise: allowSignedIn((args: { id: string }, ctx) => promises.publishPromise(ctx, args.id)),
    discardPromiseDraft: allowSignedIn((args: { id: string }, ctx) => promises.discardPromiseDraft(ctx, args.id)),
    addHoliday: allowRoles(ADMINS, byInputOrganization, (args: { input: { organizationId: string } }, ctx) =>
      promises.addHoliday(ctx, args.input),
    ),
    removeHoliday: allowSignedIn((args: { id: string }, ctx) => promises.removeHoliday(ctx, args.id)),
    updateOrganization: allowRoles(ADMINS, byInputOrganization, (args: { input: { organizationId: string } }, ctx) =>
      promises.updateOrganization(ctx, args.input),
    ),
  },
  Holiday: {
    date: (holiday: { date: Date }) => holiday.date.toISOString().slice(0, 10),
  },
};
