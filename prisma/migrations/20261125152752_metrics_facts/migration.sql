-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "businessDaysToFeedback" INTEGER,
ADD COLUMN     "feedbackReleasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "InterviewAssignment" ADD COLUMN     "scorecardSubmittedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RatingInvitation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "stageId" TEXT,
    "invitedAt" TIMESTAMP(3) NOT NULL,
    "applicationClosedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "RatingInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RatingInvitation_organizationId_invitedAt_idx" ON "RatingInvitation"("organizationId", "invitedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RatingInvitation_applicationId_scope_key" ON "RatingInvitation"("applicationId", "scope");

-- AddForeignKey
ALTER TABLE "RatingInvitation" ADD CONSTRAINT "RatingInvitation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── metrics facts, kept by the database for every writer ─────────────
-- The dashboard aggregates 250,000 interviews per tenant in well under a second only if it can read
-- each family of figures from one table. These functions copy the facts it needs next to what they
-- describe. The statement-level triggers below call them for the rows each statement wrote, so the API,
-- the demo seed, bulk loaders and tests all keep them right. Each function takes the ids to sync, or
-- NULL for everything (the backfill at the end of this migration). Function bodies are E'' strings
-- with \x3B for semicolons: Prisma's PostgreSQL adapter splits migration scripts at every semicolon.

CREATE OR REPLACE FUNCTION candor_sync_release_facts(interview_ids text[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Interview" i
  SET "feedbackReleasedAt" = r."releasedAt", "businessDaysToFeedback" = r."businessDaysToFeedback"
  FROM "FeedbackRelease" r
  WHERE r."interviewId" = i.id
    AND (interview_ids IS NULL OR r."interviewId" = ANY (interview_ids))
    AND (i."feedbackReleasedAt" IS DISTINCT FROM r."releasedAt"
      OR i."businessDaysToFeedback" IS DISTINCT FROM r."businessDaysToFeedback")\x3B

  -- A stage is offered for rating at the first release of feedback on one of its interviews.
  INSERT INTO "RatingInvitation"
    ("id", "organizationId", "applicationId", "jobId", "scope", "stageId", "invitedAt", "applicationClosedAt", "answeredAt")
  SELECT gen_random_uuid()::text, a."organizationId", a."id", a."jobId", i."stageId", i."stageId", min(r."releasedAt"),
    CASE WHEN a."status" IN (''HIRED'', ''REJECTED'', ''WITHDRAWN'') THEN a."closedAt" END,
    (SELECT er."createdAt" FROM "ExperienceRating" er WHERE er."applicationId" = a."id" AND er."scope" = i."stageId")
  FROM "FeedbackRelease" r
  JOIN "Interview" i ON i."id" = r."interviewId"
  JOIN "Application" a ON a."id" = i."applicationId"
  WHERE interview_ids IS NULL OR r."interviewId" = ANY (interview_ids)
  GROUP BY a."organizationId", a."id", a."jobId", i."stageId", a."status", a."closedAt"
  ON CONFLICT ("applicationId", "scope")
    DO UPDATE SET "invitedAt" = LEAST("RatingInvitation"."invitedAt", EXCLUDED."invitedAt")\x3B
END ';

CREATE OR REPLACE FUNCTION candor_sync_scorecard_facts(scorecard_ids text[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "InterviewAssignment" ia
  SET "scorecardSubmittedAt" = s."submittedAt"
  FROM "Scorecard" s
  WHERE s."interviewId" = ia."interviewId" AND s."interviewerId" = ia."interviewerId"
    AND s."status" = ''SUBMITTED''
    AND (scorecard_ids IS NULL OR s."id" = ANY (scorecard_ids))
    AND ia."scorecardSubmittedAt" IS DISTINCT FROM s."submittedAt"\x3B
END ';

CREATE OR REPLACE FUNCTION candor_sync_application_facts(application_ids text[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  -- Every interviewed candidate is offered the whole process to rate once the application closes.
  INSERT INTO "RatingInvitation"
    ("id", "organizationId", "applicationId", "jobId", "scope", "stageId", "invitedAt", "applicationClosedAt", "answeredAt")
  SELECT gen_random_uuid()::text, a."organizationId", a."id", a."jobId", ''process'', NULL, a."closedAt", a."closedAt",
    (SELECT er."createdAt" FROM "ExperienceRating" er WHERE er."applicationId" = a."id" AND er."scope" = ''process'')
  FROM "Application" a
  WHERE (application_ids IS NULL OR a."id" = ANY (application_ids))
    AND a."status" IN (''HIRED'', ''REJECTED'', ''WITHDRAWN'') AND a."closedAt" IS NOT NULL
    AND EXISTS (SELECT 1 FROM "Interview" i WHERE i."applicationId" = a."id" AND i."status" = ''COMPLETED'')
  ON CONFLICT ("applicationId", "scope") DO NOTHING\x3B

  UPDATE "RatingInvitation" ri
  SET "applicationClosedAt" = CASE WHEN a."status" IN (''HIRED'', ''REJECTED'', ''WITHDRAWN'') THEN a."closedAt" END
  FROM "Application" a
  WHERE a."id" = ri."applicationId"
    AND (application_ids IS NULL OR a."id" = ANY (application_ids))
    AND ri."applicationClosedAt" IS DISTINCT FROM
      (CASE WHEN a."status" IN (''HIRED'', ''REJECTED'', ''WITHDRAWN'') THEN a."closedAt" END)\x3B
END ';

CREATE OR REPLACE FUNCTION candor_sync_answers(application_ids text[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "RatingInvitation" ri
  SET "answeredAt" = er."createdAt"
  FROM "ExperienceRating" er
  WHERE er."applicationId" = ri."applicationId" AND er."scope" = ri."scope"
    AND (application_ids IS NULL OR er."applicationId" = ANY (application_ids))
    AND ri."answeredAt" IS DISTINCT FROM er."createdAt"\x3B
END ';

CREATE OR REPLACE FUNCTION candor_refresh_metric_facts() RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_release_facts(NULL)\x3B
  PERFORM candor_sync_scorecard_facts(NULL)\x3B
  PERFORM candor_sync_application_facts(NULL)\x3B
  PERFORM candor_sync_answers(NULL)\x3B
END ';

CREATE OR REPLACE FUNCTION candor_on_release_inserted() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_release_facts(ARRAY(SELECT "interviewId" FROM new_rows))\x3B
  RETURN NULL\x3B
END ';

CREATE OR REPLACE FUNCTION candor_on_scorecard_written() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_scorecard_facts(ARRAY(SELECT "id" FROM new_rows WHERE "status" = ''SUBMITTED''))\x3B
  RETURN NULL\x3B
END ';

CREATE OR REPLACE FUNCTION candor_on_application_written() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_application_facts(ARRAY(SELECT "id" FROM new_rows WHERE "closedAt" IS NOT NULL))\x3B
  RETURN NULL\x3B
END ';

CREATE OR REPLACE FUNCTION candor_on_interview_written() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_application_facts(
    ARRAY(SELECT DISTINCT "applicationId" FROM new_rows WHERE "status" = ''COMPLETED''))\x3B
  RETURN NULL\x3B
END ';

CREATE OR REPLACE FUNCTION candor_on_rating_inserted() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_answers(ARRAY(SELECT DISTINCT "applicationId" FROM new_rows))\x3B
  RETURN NULL\x3B
END ';

CREATE TRIGGER "FeedbackRelease_metric_facts" AFTER INSERT ON "FeedbackRelease"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_release_inserted();
CREATE TRIGGER "Scorecard_metric_facts_insert" AFTER INSERT ON "Scorecard"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_scorecard_written();
CREATE TRIGGER "Scorecard_metric_facts_update" AFTER UPDATE ON "Scorecard"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_scorecard_written();
CREATE TRIGGER "Application_metric_facts_insert" AFTER INSERT ON "Application"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_application_written();
CREATE TRIGGER "Application_metric_facts_update" AFTER UPDATE ON "Application"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_application_written();
CREATE TRIGGER "Interview_metric_facts_insert" AFTER INSERT ON "Interview"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_interview_written();
CREATE TRIGGER "Interview_metric_facts_update" AFTER UPDATE ON "Interview"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_interview_written();
CREATE TRIGGER "ExperienceRating_metric_facts" AFTER INSERT ON "ExperienceRating"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_rating_inserted();

SELECT candor_refresh_metric_facts();
