-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "scorecardsAssigned" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scorecardsOnTime" INTEGER NOT NULL DEFAULT 0;

-- Scorecard counts per interview (assigned, on time), so the headline figures read one table.
-- Function bodies are E'' strings with \x3B for semicolons: Prisma's PostgreSQL adapter splits
-- migration scripts at every semicolon. Trigger functions skip nested calls (pg_trigger_depth() > 1)
-- because recounting updates "Interview", whose own trigger would otherwise call itself again.

CREATE OR REPLACE FUNCTION candor_sync_scorecard_counts(interview_ids text[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Interview" i
  SET "scorecardsAssigned" = c.assigned, "scorecardsOnTime" = c.on_time
  FROM (
    SELECT i2."id",
      count(ia."id")::int AS assigned,
      (count(*) FILTER (WHERE ia."scorecardSubmittedAt" <= i2."scorecardDueAt"))::int AS on_time
    FROM "Interview" i2
    LEFT JOIN "InterviewAssignment" ia ON ia."interviewId" = i2."id"
    WHERE interview_ids IS NULL OR i2."id" = ANY (interview_ids)
    GROUP BY i2."id"
  ) c
  WHERE c."id" = i."id"
    AND (i."scorecardsAssigned" <> c.assigned OR i."scorecardsOnTime" <> c.on_time)\x3B
END ';

CREATE OR REPLACE FUNCTION candor_refresh_metric_facts() RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_release_facts(NULL)\x3B
  PERFORM candor_sync_scorecard_facts(NULL)\x3B
  PERFORM candor_sync_scorecard_counts(NULL)\x3B
  PERFORM candor_sync_application_facts(NULL)\x3B
  PERFORM candor_sync_answers(NULL)\x3B
END ';

CREATE OR REPLACE FUNCTION candor_on_scorecard_written() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_scorecard_facts(ARRAY(SELECT "id" FROM new_rows WHERE "status" = ''SUBMITTED''))\x3B
  PERFORM candor_sync_scorecard_counts(
    ARRAY(SELECT DISTINCT "interviewId" FROM new_rows WHERE "status" = ''SUBMITTED''))\x3B
  RETURN NULL\x3B
END ';

CREATE OR REPLACE FUNCTION candor_on_interview_written() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN NULL\x3B
  END IF\x3B
  PERFORM candor_sync_scorecard_counts(ARRAY(SELECT "id" FROM new_rows))\x3B
  PERFORM candor_sync_application_facts(
    ARRAY(SELECT DISTINCT "applicationId" FROM new_rows WHERE "status" = ''COMPLETED''))\x3B
  RETURN NULL\x3B
END ';

CREATE OR REPLACE FUNCTION candor_on_assignments_changed() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM candor_sync_scorecard_counts(ARRAY(SELECT DISTINCT "interviewId" FROM changed_rows))\x3B
  RETURN NULL\x3B
END ';

CREATE TRIGGER "InterviewAssignment_metric_facts_insert" AFTER INSERT ON "InterviewAssignment"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_assignments_changed();
CREATE TRIGGER "InterviewAssignment_metric_facts_delete" AFTER DELETE ON "InterviewAssignment"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION candor_on_assignments_changed();

SELECT candor_sync_scorecard_counts(NULL);
