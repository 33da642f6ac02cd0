import type { SharedRatingComments } from "~/lib/operations";
import { HIDDEN_HEADLINE, monthLabel } from "./format";

/** Comments candidates chose to share, or why none are shown. */
export function SharedComments({ comments }: { comments: SharedRatingComments }) {
  return (
    <section aria-labelledby="comments-title" className="metric-section">
      <h2 id="comments-title">What candidates said</h2>
      {comments.suppressed ? (
        <p className="metric-hidden">{HIDDEN_HEADLINE}. Comments are shown only with enough ratings behind them.</p>
      ) : comments.items.length === 0 ? (
        <p className="empty">No candidate chose to share a comment in this range.</p>
      ) : (
        <ul className="metric-comments">
          {comments.items.map((item, index) => (
            // Comments carry no id on purpose (nothing that identifies a candidate); order is stable.
            <li key={index} className="metric-comment">
              <blockquote className="metric-comment__text">{item.comment}</blockquote>
              <p className="muted metric-comment__month">{monthLabel(item.month)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
