import { defaultFormTemplate, type Prisma, type StageKind } from "@candor/db";
import { STAGE_KINDS } from "@candor/domain";
import { z } from "zod";
import type { SignedInContext } from "../../graphql/context.ts";
import { parseInput, validationError } from "../../graphql/errors.ts";
import { ADMINS, roleIn } from "../../graphql/guard.ts";
import { audit } from "../audit.ts";

type Db = Pick<Prisma.TransactionClient, "formTemplate">;

export const templateInclude = { competencies: { orderBy: { position: "asc" } } } as const;

export interface ScalePoint {
  value: number;
  label: string;
  anchor: string;
}

/** The current form of a stage kind; an organisation without one gets the default form. */
export async function currentTemplate(db: Db, organizationId: string, stageKind: StageKind) {
  const current = await db.formTemplate.findFirst({
    where: { organizationId, stageKind, isCurrent: true },
    include: templateInclude,
    orderBy: { version: "desc" },
  });
  if (current) return current;
  const defaults = defaultFormTemplate(stageKind);
  const created = db.formTemplate.create({
    data: {
      organizationId,
      stageKind,
      version: 1,
      name: defaults.name,
      competencies: {
        create: defaults.competencies.map((competency, index) => ({ ...competency, position: index + 1 })),
      },
    },
    include: templateInclude,
  });
  // Two first requests at once: the unique version lets one create it; the other reads it.
  return created.catch(async (error: unknown) => {
    if ((error as { code?: string }).code !== "P2002") throw error;
    return db.formTemplate.findFirstOrThrow({
      where: { organizationId, stageKind, isCurrent: true },
      include: templateInclude,
      orderBy: { version: "desc" },
    });
  });
}

export async function listTemplates(ctx: SignedInContext, organizationId: string) {
  const result = [];
  for (const kind of STAGE_KINDS) result.push(await currentTemplate(ctx.prisma, organizationId, kind));
  return result;
}

const scalePointInput = z.object({
  value: z.number().int(),
  label: z.string().trim().min(1, "Give every scale point a label.").max(60, "Keep scale labels under 60 characters."),
  anchor: z
    .string()
    .trim()
    .min(10, "Write an anchor for every scale point: what a candidate at this level did.")
    .max(500, "Keep an anchor under 500 characters."),
});

const templateInput = z.object({
  organizationId: z.string().min(1),
  stageKind: z.enum(STAGE_KINDS),
  name: z.string().trim().min(2, "Name the form.").max(100, "Use at most 100 characters."),
  competencies: z
    .array(
      z.object({
        name: z.string().trim().min(2, "Name every competency.").max(80, "Use at most 80 characters."),
        description: z.string().trim().max(500, "Keep a description under 500 characters."),
        evidenceRequired: z.boolean(),
        scale: z.array(scalePointInput).min(2, "A scale needs at least 2 points.").max(7, "Use at most 7 points."),
      }),
    )
    .min(1, "Add at least one competency.")
    .max(10, "Use at most 10 competencies."),
});

export async function saveTemplate(ctx: SignedInContext, rawInput: unknown) {
  const input = parseInput(templateInput, rawInput);
  await roleIn(ctx, input.organizationId, ADMINS);
  input.competencies.forEach((competency, index) => {
    if (competency.scale.some((point, position) => point.value !== position + 1)) {
      throw validationError({ [`competencies.${index}.scale`]: "Number the scale points 1, 2, 3… in order." });
    }
  });
  return ctx.prisma.$transaction(async (tx) => {
    const key = { organizationId: input.organizationId, stageKind: input.stageKind };
    const latest = await tx.formTemplate.aggregate({ where: key, _max: { version: true } });
    await tx.formTemplate.updateMany({ where: { ...key, isCurrent: true }, data: { isCurrent: false } });
    const template = await tx.formTemplate.create({
      data: {
        ...key,
        version: (latest._max.version ?? 0) + 1,
        name: input.name,
        competencies: {
          create: input.competencies.map((competency, index) => ({ ...competency, position: index + 1 })),
        },
      },
      include: templateInclude,
    });
    await audit(tx, {
      action: "form_template.published",
      actorUserId: ctx.viewer.user.id,
      organizationId: input.organizationId,
      targetType: "FormTemplate",
      targetId: template.id,
      data: { stageKind: input.stageKind, version: template.version },
      ip: ctx.client.ip,
    });
    return template;
  });
}
