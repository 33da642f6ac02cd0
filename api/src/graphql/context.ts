import type { Database, PrismaClient, Role } from "@candor/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.ts";
import type { ActiveSession, SessionManager, SessionUser } from "../modules/auth/session.ts";
import type { Mailer } from "../modules/mail/mailer.ts";

export interface Viewer {
  user: SessionUser;
  session: ActiveSession;
}

export interface Services {
  db: Database;
  config: Config;
  sessions: SessionManager;
  mailer: Mailer;
}

export function buildContext(services: Services, request: FastifyRequest, reply: FastifyReply) {
  let memberships: Promise<Map<string, Role>> | undefined;
  const viewer = request.viewer;
  return {
    prisma: services.db.prisma as PrismaClient,
    /** Hand-written reads on the driver itself: for the busiest pages only (see Database.read). */
    read: services.db.read,
    config: services.config,
    sessions: services.sessions,
    mailer: services.mailer,
    viewer,
    reply,
    client: { ip: request.ip, userAgent: request.headers["user-agent"] },
    /** The viewer's staff roles by organisation id, read once per request. */
    memberships(): Promise<Map<string, Role>> {
      memberships ??= viewer
        ? services.db.prisma.membership
            .findMany({ where: { userId: viewer.user.id }, select: { organizationId: true, role: true } })
            .then((rows) => new Map(rows.map((row) => [row.organizationId, row.role])))
        : Promise.resolve(new Map());
      return memberships;
    },
  };
}

export type Context = ReturnType<typeof buildContext>;
export type SignedInContext = Context & { viewer: Viewer };
