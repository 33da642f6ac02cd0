import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { ErrorPage } from "~/components/error-page";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { API_UNREACHABLE_MESSAGE, gql } from "~/lib/api.server";
import { DevOutboxQuery } from "~/lib/operations";

export const meta: MetaFunction = () => [{ title: "Dev outbox — Candor" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const result = await gql(request, context, DevOutboxQuery, { limit: 50 });
  if (result.error) {
    return {
      emails: [],
      unavailable:
        result.error.code === "UNREACHABLE" ? API_UNREACHABLE_MESSAGE : "The outbox is only available in development.",
    };
  }
  return { emails: result.data.devOutbox, unavailable: null };
}

const URL_PATTERN = /(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain text with its URLs turned into links (nothing else is interpreted). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export default function DevOutbox() {
  const { emails, unavailable } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1 id="page-title">Development outbox</h1>
      <p className="muted">
        Emails the API would send (invitations, password resets), newest first. Only in development.
      </p>
      {unavailable ? (
        <div role="alert" className="alert alert--error">
          {unavailable}
        </div>
      ) : emails.length === 0 ? (
        <EmptyState>No emails yet. Invite someone or request a password reset, and the email appears here.</EmptyState>
      ) : (
        <ol className="outbox">
          {emails.map((email, index) => (
            <li key={email.id} className="outbox__item">
              <div className="outbox__head">
                <h2 className="outbox__subject">{email.subject}</h2>
                <StatusBadge status={email.status} />
              </div>
              <p className="outbox__meta">
                To <strong>{email.to}</strong> · <When iso={email.createdAt} />
              </p>
              <details open={index === 0}>
                <summary>Show message</summary>
                <pre className="outbox__body">
                  <Linkified text={email.text} />
                </pre>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
