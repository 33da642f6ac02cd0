import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

function messageOf(data: unknown): string | null {
  if (data && typeof data === "object" && "message" in data && typeof data.message === "string") {
    return data.message;
  }
  if (typeof data === "string" && data.length > 0 && data.length < 300) return data;
  return null;
}

/** A helpful page for whatever went wrong below it: not found, not allowed, API down, or a bug. */
export function ErrorPage() {
  const error = useRouteError();
  let title = "Something went wrong";
  let body = "An unexpected error occurred. Please try again; if it keeps happening, let us know.";
  if (isRouteErrorResponse(error)) {
    const detail = messageOf(error.data);
    switch (error.status) {
      case 404:
        title = "Page not found";
        body = detail ?? "We could not find that page. It may have moved, or the link may be incomplete.";
        break;
      case 403:
        title = "You do not have access to this page";
        body =
          detail ??
          "Your account does not have permission to see this. If you think it should, ask an admin of your organisation.";
        break;
      case 503:
        title = "Candor's API is not reachable";
        body = "The portal could not reach Candor's API. It may be restarting; please try again in a moment.";
        break;
      case 429:
        title = "Too many requests";
        body = detail ?? "Please wait a minute and try again.";
        break;
      default:
        body = detail ?? body;
    }
  } else if (error instanceof Error) {
    console.error(error);
  }
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/home">Go to your home page</Link> or <Link to="/">the start page</Link>.
      </p>
    </section>
  );
}
