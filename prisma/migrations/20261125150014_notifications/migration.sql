-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "unsubscribeUrl" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "taskId" TEXT;

-- AlterTable
ALTER TABLE "ScheduledTask" ADD COLUMN     "result" TEXT;

-- CreateTable
CREATE TABLE "EmailSuppression" (
    "address" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailSuppression_pkey" PRIMARY KEY ("address","kind")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_taskId_userId_key" ON "Notification"("taskId", "userId");
