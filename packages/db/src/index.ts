export * from "./client.ts";
export * from "./default-forms.ts";
export type * from "./generated/prisma/client.ts";
export { Prisma, PrismaClient } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";
export * from "./password.ts";
export * from "./sql.ts";
