export * from "./accounts.ts";
export * from "./promises.ts";
export * from "./sla-clock.ts";
