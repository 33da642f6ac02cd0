import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EmptyState } from "~/components/ui";
import { requireViewer } from "~/lib/api.server";
import { viewerContexts } from "~/lib/contexts";

export const meta: MetaFunction = () => [{ title: "Home — Candor" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request, context);
  const contexts = viewerContexts(viewer);
  // Candidacies at several companies share one candidate home.
  const destinations = new Set(contexts.map((c) => c.to));
  const [only] = destinations;
  if (destinations.size === 1 && only) throw redirect(only);
  return { name: viewer.user.name, contexts };
}

export default function Home() {
  const { name, contexts } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1 id="page-title">Welcome, {name}</h1>
      {contexts.length === 0 ? (
        <EmptyState>
          You are not part of any organisation yet. When a company invites you, open the link in the invitation email.
        </EmptyState>
      ) : (
        <>
          <p className="lead">Choose where you want to go.</p>
          <ul className="chooser">
            {contexts.map((c) => (
              <li key={c.key}>
                <Link to={c.to} className="chooser__item">
                  <span className="chooser__label">{c.label}</span>
                  <span className="chooser__description">{c.description}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
