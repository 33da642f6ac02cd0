/**
 * Candor's one session module. Lucia v3 does the sliding expiry; everything that touches it stays
 * here, so replacing Lucia (its author now recommends owning this code) changes this file only.
 */
import { type Database, Prisma } from "@candor/db";
import { type Adapter, type DatabaseSession, type DatabaseUser, Lucia, TimeSpan } from "lucia";
import { generateToken, hashToken } from "./tokens.ts";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface ActiveSession {
  id: string;
  userId: string;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  /** True when this validation extended the session: the cookie should be re-sent. */
  renewed: boolean;
}

interface SessionAttributes {
  absoluteExpiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

interface SessionRow {
  id: string;
  userId: string;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

type SessionWithUserRow = SessionRow & { email: string; name: string };

function toDatabaseSession(row: SessionRow): DatabaseSession {
  return {
    id: row.id,
    userId: row.userId,
    expiresAt: row.expiresAt,
    attributes: { absoluteExpiresAt: row.absoluteExpiresAt, ip: row.ip, userAgent: row.userAgent },
  };
}

/** Lucia's storage interface over our Prisma client (the official adapter does not support Prisma 7). */
export function prismaSessionAdapter({ prisma, read }: SessionStore): Adapter {
  return {
    // Runs on every signed-in request: one hand-written join on the driver, a fraction of the CPU of a nested read.
    async getSessionAndUser(sessionId): Promise<[DatabaseSession | null, DatabaseUser | null]> {
      const rows = await read<SessionWithUserRow>(Prisma.sql`
        select s.id, s."userId", s."expiresAt", s."absoluteExpiresAt", s.ip, s."userAgent", u.email, u.name
        from "Session" s join "User" u on u.id = s."userId"
        where s.id = ${sessionId}`);
      const row = rows[0];
      if (!row) return [null, null];
      const { email, name, ...session } = row;
      return [toDatabaseSession(session), { id: row.userId, attributes: { id: row.userId, email, name } }];
    },
    async getUserSessions(userId) {
      const rows = await prisma.session.findMany({ where: { userId } });
      return rows.map(toDatabaseSession);
    },
    async setSession(session) {
      const attributes = session.attributes as unknown as SessionAttributes;
      await prisma.session.create({
        data: {
          id: session.id,
          userId: session.userId,
          expiresAt: session.expiresAt,
          absoluteExpiresAt: attributes.absoluteExpiresAt,
          ip: attributes.ip,
          userAgent: attributes.userAgent,
        },
      });
    },
    async updateSessionExpiration(sessionId, expiresAt) {
      await prisma.session.updateMany({ where: { id: sessionId }, data: { expiresAt } });
    },
    async deleteSession(sessionId) {
      await prisma.session.deleteMany({ where: { id: sessionId } });
    },
    async deleteUserSessions(userId) {
      await prisma.session.deleteMany({ where: { userId } });
    },
    async deleteExpiredSessions() {
      const now = new Date();
      await prisma.session.deleteMany({
        where: { OR: [{ expiresAt: { lte: now } }, { absoluteExpiresAt: { lte: now } }] },
      });
    },
  };
}

export interface SessionPolicy {
  idleHours: number;
  absoluteDays: number;
}

export type SessionStore = Pick<Database, "prisma" | "read">;

export function createSessionManager(store: SessionStore, policy: SessionPolicy) {
  const { prisma } = store;
  const lucia = new Lucia(prismaSessionAdapter(store), {
    sessionExpiresIn: new TimeSpan(Math.round(policy.idleHours * 60), "m"),
    getSessionAttributes: (attributes) => attributes as unknown as SessionAttributes,
    getUserAttributes: (attributes) => attributes as unknown as SessionUser,
  });

  return {
    /** Starts a session; the returned token is shown once and stored only as its hash. */
    async create(userId: string, client: { ip?: string | undefined; userAgent?: string | undefined }) {
      const token = generateToken();
      const absoluteExpiresAt = new Date(Date.now() + policy.absoluteDays * 86_400_000);
      const session = await lucia.createSession(
        userId,
        {
          absoluteExpiresAt,
          ip: client.ip ?? null,
          userAgent: client.userAgent?.slice(0, 300) ?? null,
        } as never,
        { sessionId: hashToken(token) },
      );
      return { token, sessionId: session.id, expiresAt: earliest(session.expiresAt, absoluteExpiresAt) };
    },

    /** The session and user behind a token, or null; enforces the absolute lifetime Lucia lacks. */
    async validate(token: string): Promise<{ session: ActiveSession; user: SessionUser } | null> {
      if (!/^[a-z2-7]{32}$/.test(token)) return null;
      const { session, user } = await lucia.validateSession(hashToken(token));
      if (!session || !user) return null;
      const absoluteExpiresAt = (session as unknown as SessionAttributes).absoluteExpiresAt;
      if (absoluteExpiresAt.getTime() <= Date.now()) {
        await lucia.invalidateSession(session.id);
        return null;
      }
      return {
        session: {
          id: session.id,
          userId: session.userId,
          expiresAt: earliest(session.expiresAt, absoluteExpiresAt),
          absoluteExpiresAt,
          renewed: session.fresh,
        },
        user: {
          id: user.id,
          email: (user as unknown as SessionUser).email,
          name: (user as unknown as SessionUser).name,
        },
      };
    },

    invalidate: (sessionId: string) => lucia.invalidateSession(sessionId),

    /** Ends every session of a user except, optionally, one. Returns how many ended. */
    async invalidateAllForUser(userId: string, exceptSessionId?: string): Promise<number> {
      const result = await prisma.session.deleteMany({
        where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
      });
      return result.count;
    },

    deleteExpired: () => lucia.deleteExpiredSessions(),
  };
}

export type SessionManager = ReturnType<typeof createSessionManager>;

function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
