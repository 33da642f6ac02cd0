export * from "./metrics.ts";
export * from "./periods.ts";
