import type { ShouldRevalidateFunction } from "@remix-run/react";

/** Marks a form submission as background work (autosave, live lint): the page's data stays as it is. */
export const BACKGROUND_FIELD = "background";

/** Route export for pages with background submissions: they do not reload the page's loader data. */
export const skipRevalidationForBackground: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get(BACKGROUND_FIELD) === "1" ? false : defaultShouldRevalidate;
