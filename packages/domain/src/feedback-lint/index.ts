export { BIAS_CATEGORIES, type BiasCategory, biasCategoryLabel } from "./lexicon.ts";
export * from "./lint.ts";
