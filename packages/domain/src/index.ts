export * from "./accounts.ts";
export * from "./feedback-lint/index.ts";
export * from "./metrics/index.ts";
export * from "./promises.ts";
export * from "./ratings/index.ts";
export * from "./reminders.ts";
export * from "./sla-clock.ts";
