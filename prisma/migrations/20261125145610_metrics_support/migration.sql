-- AlterTable
ALTER TABLE "FeedbackRelease" ADD COLUMN     "businessDaysToFeedback" INTEGER;

-- CreateIndex
CREATE INDEX "Application_organizationId_closedAt_idx" ON "Application"("organizationId", "closedAt");

-- CreateIndex
CREATE INDEX "ExperienceRating_candidateId_idx" ON "ExperienceRating"("candidateId");
