import type { Prisma } from "@candor/db";
import type { PubSub } from "mercurius";
import type { Context } from "../../graphql/context.ts";
import { formatDateTime } from "./format.ts";
import { type Delivery, dispatch, type NotifyDeps, notify, type Publish } from "./service.ts";

/**
 * What candidates are told the moment something changes. Each function is called inside the
 * transaction that made the change; the caller hands the result to `afterCommit`.
 */

type Tx = Prisma.TransactionClient;

async function candidateOf(tx: Tx, applicationId: string) {
  return tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      organizationId: true,
      organization: { select: { name: true, timeZone: true } },
      job: { select: { title: true } },
      candidate: { select: { userId: true, email: true, name: true } },
    },
  });
}

const applicationPath = (applicationId: string) => `/candidate/applications/${applicationId}`;

export async function notifyFeedbackReleased(
  tx: Tx,
  deps: NotifyDeps,
  input: { applicationId: string; interviewId: string; stageName: string },
): Promise<Delivery> {
  const application = await candidateOf(tx, input.applicationId);
  return notify(tx, deps, {
    kind: "feedback_released",
    recipient: application.candidate,
    organizationId: application.organizationId,
    title: `Your feedback from ${application.organization.name} is ready`,
    body: `${application.organization.name} has released feedback on your ${input.stageName.toLowerCase()} for ${application.job.title}. Once you have read it, you can rate how this stage went for you: ${application.organization.name} sees ratings only in aggregate, and only once your application has closed.`,
    link: `${applicationPath(application.id)}/feedback/${input.interviewId}`,
    actionLabel: "Read your feedback",
  });
}

export async function notifyStatusUpdate(
  tx: Tx,
  deps: NotifyDeps,
  input: { applicationId: string; body: string; holding?: boolean },
): Promise<Delivery> {
  const application = await candidateOf(tx, input.applicationId);
  return notify(tx, deps, {
    kind: "status_update",
    recipient: application.candidate,
    organizationId: application.organizationId,
    title: input.holding
      ? `No decision yet on your application at ${application.organization.name}`
      : `News about your application at ${application.organization.name}`,
    body: input.body,
    link: applicationPath(application.id),
    actionLabel: "See your application",
  });
}

export type InterviewChange = "scheduled" | "moved" | "cancelled";

export async function notifyInterviewChange(
  tx: Tx,
  deps: NotifyDeps,
  input: { applicationId: string; stageName: string; change: InterviewChange; startsAt: Date },
): Promise<Delivery> {
  const application = await candidateOf(tx, input.applicationId);
  const { name, timeZone } = application.organization;
  const when = formatDateTime(input.startsAt, timeZone);
  const stage = input.stageName;
  const text = {
    scheduled: { title: `${stage} scheduled with ${name}`, body: `Your ${stage.toLowerCase()} is on ${when}.` },
    moved: { title: `${stage} with ${name} moved`, body: `Your ${stage.toLowerCase()} has moved to ${when}.` },
    cancelled: {
      title: `${stage} with ${name} cancelled`,
      body: `Your ${stage.toLowerCase()} planned for ${when} has been cancelled.`,
    },
  }[input.change];
  return notify(tx, deps, {
    kind: "interview_update",
    recipient: application.candidate,
    organizationId: application.organizationId,
    title: text.title,
    body: `${text.body} (${application.job.title})`,
    link: applicationPath(application.id),
    actionLabel: "See your application",
  });
}

/** The GraphQL request's way to publish: Mercurius' pubsub, shared across processes through Redis when set. */
export function publisherOf(ctx: Pick<Context, "reply">): Publish | null {
  return pubSubPublisher(ctx.reply.server.graphql?.pubsub);
}

const PUBLISH_TIMEOUT_MS = 5_000;

/** Publishes through Mercurius' pubsub; gives up (with an error to log) if the emitter does not confirm in time. */
export function pubSubPublisher(pubsub: PubSub | undefined): Publish | null {
  if (!pubsub) return null;
  return (topic, payload) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("publishing timed out (is Redis reachable?)")),
        PUBLISH_TIMEOUT_MS,
      );
      timer.unref();
      pubsub.publish({ topic, payload }, () => {
        clearTimeout(timer);
        resolve();
      });
    });
}

/** After the request's transaction committed: send the emails and push the notifications live. */
export function afterCommit(ctx: Pick<Context, "prisma" | "mailer" | "reply">, delivery: Delivery): Promise<void> {
  return dispatch({ prisma: ctx.prisma, mailer: ctx.mailer, publish: publisherOf(ctx), log: ctx.reply.log }, delivery);
}
