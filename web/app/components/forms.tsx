import { useNavigation } from "@remix-run/react";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

/** Narrows an action's answer (which may be absent) to its error parts. */
export function formState(actionData: unknown): {
  formError: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  notice: string | null;
} {
  const value = (actionData ?? {}) as {
    ok?: boolean;
    formError?: string | null;
    fieldErrors?: Record<string, string>;
    values?: Record<string, string>;
    notice?: string;
  };
  return {
    formError: value.ok === false ? (value.formError ?? null) : null,
    fieldErrors: value.fieldErrors ?? {},
    values: value.values ?? {},
    notice: value.ok === true ? (value.notice ?? null) : null,
  };
}

type FieldProps = {
  name: string;
  label: string;
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled input with its hint and error wired up through aria-describedby. */
export function Field({ name, label, id = name, hint, error, ...input }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  id?: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">;

export function SelectField({ name, label, id = name, hint, error, children, ...select }: SelectFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {children}
      </select>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message, announced to screen readers. Always rendered so the live region exists. */
export function FormError({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" className={message ? "alert alert--error" : "alert--empty"}>
      {message ?? null}
    </div>
  );
}

export function Notice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div role="status" className="alert alert--success">
      {message}
    </div>
  );
}

/**
 * A submit button that says what is happening while its form submits ("Signing in…") and is
 * disabled meanwhile. With several forms on a page, `intent` and `targetId` tell which one is pending.
 */
export function SubmitButton({
  children,
  pendingText,
  intent,
  targetId,
  variant = "primary",
  formAction,
  ariaLabel,
}: {
  children: ReactNode;
  pendingText: string;
  /** Matches the form's hidden `intent` field. */
  intent?: string;
  /** Matches the form's hidden `id` field. */
  targetId?: string;
  variant?: "primary" | "secondary" | "danger" | "link";
  formAction?: string;
  /** A fuller name when several buttons share the same text (e.g. one per table row). */
  ariaLabel?: string;
}) {
  const navigation = useNavigation();
  const submitting =
    navigation.state === "submitting" &&
    (formAction === undefined || navigation.formAction === formAction) &&
    (intent === undefined || navigation.formData?.get("intent") === intent) &&
    (targetId === undefined || navigation.formData?.get("id") === targetId);
  return (
    <button
      type="submit"
      className={`button button--${variant}`}
      disabled={submitting}
      aria-disabled={submitting || undefined}
      aria-label={ariaLabel}
    >
      {submitting ? pendingText : children}
    </button>
  );
}
