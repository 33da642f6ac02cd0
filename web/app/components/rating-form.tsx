import { Form } from "@remix-run/react";
import { FormError, SubmitButton } from "~/components/forms";
import { When } from "~/components/ui";
import type { MyExperienceRating, RatingInvitation } from "~/lib/operations";

const DIMENSIONS = [
  { name: "overall", label: "Overall experience" },
  { name: "communication", label: "Communication: did you know what was happening?" },
  { name: "timeliness", label: "Timeliness: did things happen when promised?" },
  { name: "respect", label: "Respect: were you treated with respect?" },
  { name: "clarity", label: "Clarity: did you understand the process and what was expected?" },
  { name: "usefulness", label: "Usefulness of the feedback you received" },
] as const;

const FIVE_POINTS = [
  { value: 1, label: "Very poor" },
  { value: 2, label: "Poor" },
  { value: 3, label: "OK" },
  { value: 4, label: "Good" },
  { value: 5, label: "Excellent" },
];

type Values = Record<string, string>;

function ScaleGroup(props: {
  formId: string;
  name: string;
  legend: string;
  points: Array<{ value: number; label: string }>;
  value: string | undefined;
  error: string | undefined;
  hint?: string;
}) {
  const errorId = `${props.formId}-${props.name}-error`;
  const hintId = `${props.formId}-${props.name}-hint`;
  return (
    <fieldset
      className={`rating-scale${props.error ? " field--invalid" : ""}`}
      aria-describedby={
        [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(" ") || undefined
      }
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <div className="rating-scale__points">
        {props.points.map((point) => {
          const id = `${props.formId}-${props.name}-${point.value}`;
          return (
            <span key={point.value} className="rating-scale__point">
              <input
                type="radio"
                id={id}
                name={props.name}
                value={point.value}
                defaultChecked={props.value === String(point.value)}
              />
              <label htmlFor={id}>
                <span className="rating-scale__value">{point.value}</span>{" "}
                {point.label ? <span className="rating-scale__label">{point.label}</span> : null}
              </label>
            </span>
          );
        })}
      </div>
      {props.error ? (
        <p className="field__error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

const RECOMMEND_POINTS = Array.from({ length: 11 }, (_, value) => ({
  value,
  label: value === 0 ? "Not at all likely" : value === 10 ? "Extremely likely" : "",
}));

/** The rating form: a new rating of one invitation, or a change to the candidate's own rating. */
export function RatingForm(props: {
  invitation: RatingInvitation;
  rating: MyExperienceRating | null;
  values: Values;
  errors: Record<string, string>;
  formError: string | null;
}) {
  const { invitation, rating } = props;
  const formId = `rate-${invitation.scope}`;
  const initial = (name: string) =>
    props.values[name] ?? (rating ? String(rating[name as keyof MyExperienceRating] ?? "") : undefined);
  const intent = rating ? "update-rating" : "rate";
  return (
    <Form method="post" className="form rating-form" aria-labelledby={`${formId}-title`} preventScrollReset>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="scope" value={invitation.scope} />
      {rating ? <input type="hidden" name="id" value={rating.id} /> : null}
      <FormError message={props.formError} />
      {DIMENSIONS.map((dimension) => (
        <ScaleGroup
          key={dimension.name}
          formId={formId}
          name={dimension.name}
          legend={dimension.label}
          points={FIVE_POINTS}
          value={initial(dimension.name)}
          error={props.errors[dimension.name]}
        />
      ))}
      <ScaleGroup
        formId={formId}
        name="recommend"
        legend="How likely are you to recommend applying here to a friend?"
        hint="0 = not at all likely, 10 = extremely likely"
        points={RECOMMEND_POINTS}
        value={initial("recommend")}
        error={props.errors.recommend}
      />
      <div className={`field${props.errors.comment ? " field--invalid" : ""}`}>
        <label htmlFor={`${formId}-comment`}>Anything else? (optional)</label>
        <textarea
          id={`${formId}-comment`}
          name="comment"
          rows={4}
          maxLength={2000}
          defaultValue={initial("comment") ?? ""}
          aria-describedby={props.errors.comment ? `${formId}-comment-error` : undefined}
        />
        {props.errors.comment ? (
          <p className="field__error" id={`${formId}-comment-error`}>
            {props.errors.comment}
          </p>
        ) : null}
      </div>
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${formId}-share`}
          name="shareComment"
          value="yes"
          defaultChecked={(props.values.shareComment ?? (rating?.shareComment ? "yes" : "")) === "yes"}
        />
        <label htmlFor={`${formId}-share`}>
          The company may read my comment (always without my name, and only among at least five ratings)
        </label>
      </div>
      <SubmitButton
        intent={intent}
        pendingText="Saving…"
        ariaLabel={`${rating ? "Save changes to" : "Send"} your rating of ${invitation.stageName ?? "the whole process"}`}
      >
        {rating ? "Save changes" : "Send rating"}
      </SubmitButton>
    </Form>
  );
}

/** One invitation: the form, or the rating given (with a way to change it within 7 days). */
export function RatingInvitationCard(props: {
  invitation: RatingInvitation;
  tz: string;
  values: Values;
  errors: Record<string, string>;
  formError: string | null;
}) {
  const { invitation } = props;
  const what = invitation.stageName ? `your ${invitation.stageName}` : "the whole process";
  const titleId = `rate-${invitation.scope}-title`;
  const rating = invitation.rating;
  return (
    <li className="info-card rating-card">
      <h3 className="info-card__title" id={titleId}>
        {rating ? `Your rating of ${what}` : `How was ${what}?`}
      </h3>
      {rating ? (
        <>
          <p>
            Overall {rating.overall}/5 · recommend {rating.recommend}/10 · given{" "}
            <When iso={rating.createdAt} tz={props.tz} dateOnly />.{" "}
            {rating.editable ? (
              <>
                You can change it until <When iso={rating.editableUntil} tz={props.tz} />.
              </>
            ) : (
              "It can no longer be changed."
            )}
          </p>
          {rating.editable ? (
            <details open={Object.keys(props.errors).length > 0 || undefined}>
              <summary>Change your rating</summary>
              <RatingForm
                invitation={invitation}
                rating={rating}
                values={props.values}
                errors={props.errors}
                formError={props.formError}
              />
            </details>
          ) : null}
        </>
      ) : (
        <RatingForm
          invitation={invitation}
          rating={null}
          values={props.values}
          errors={props.errors}
          formError={props.formError}
        />
      )}
    </li>
  );
}
