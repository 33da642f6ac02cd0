import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useNavigation,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useEffect } from "react";
import { ErrorPage } from "~/components/error-page";
import { optionalViewer } from "~/lib/api.server";
import { isProduction } from "~/lib/env.server";
import { roleLabel } from "~/lib/format";
import { unreadNotificationCount } from "~/lib/notifications.server";
import { useLiveNotifications } from "~/lib/notifications-live";
import { getSession, getToken, sessionStorage } from "~/lib/session.server";
import stylesHref from "~/styles.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Candor" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [{ viewer, apiReachable }, unreadNotifications] = await Promise.all([
    optionalViewer(request, context),
    unreadNotificationCount(request, context),
  ]);
  const showDevTools = !isProduction();
  // A token the API no longer accepts is dropped, so the visitor is simply signed out.
  if (!viewer && apiReachable && (await getToken(request))) {
    const session = await getSession(request);
    return data(
      { viewer: null, apiReachable, showDevTools, unreadNotifications: null },
      { headers: { "Set-Cookie": await sessionStorage.destroySession(session) } },
    );
  }
  return { viewer, apiReachable, showDevTools, unreadNotifications };
}

function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

type RootData = NonNullable<ReturnType<typeof useRootData>>;

function Header({ root }: { root: RootData | undefined }) {
  const viewer = root?.viewer ?? null;
  const navigation = useNavigation();
  const { pathname } = useLocation();
  // Jobs, going cold and promises belong to the organisation being worked in (admins and recruiters only);
  // with a single such organisation they are always at hand.
  const staff = viewer ? viewer.memberships.filter((m) => m.role === "ADMIN" || m.role === "RECRUITER") : [];
  const orgInPath = /^\/org\/([^/]+)/.exec(pathname)?.[1];
  const activeStaff = staff.find((m) => m.organization.id === orgInPath) ?? (staff.length === 1 ? staff[0] : undefined);
  const orgLinks = activeStaff
    ? [
        { to: `/org/${activeStaff.organization.id}/jobs`, label: "Jobs" },
        { to: `/org/${activeStaff.organization.id}/going-cold`, label: "Going cold" },
        { to: `/org/${activeStaff.organization.id}/promises`, label: "Promises" },
        { to: `/org/${activeStaff.organization.id}/metrics`, label: "Metrics" },
        ...(activeStaff.role === "ADMIN" ? [{ to: `/org/${activeStaff.organization.id}/forms`, label: "Forms" }] : []),
      ]
    : [];
  const signingOut = navigation.state === "submitting" && navigation.formAction === "/signout";
  const contexts = viewer
    ? [
        ...viewer.memberships.map((m) => ({
          key: `m-${m.id}`,
          to: m.role === "INTERVIEWER" ? `/org/${m.organization.id}/interviews` : `/org/${m.organization.id}`,
          label: `${m.organization.name} — ${roleLabel(m.role)}`,
        })),
        ...(viewer.candidacies.length > 0 ? [{ key: "candidate", to: "/candidate", label: "My applications" }] : []),
      ]
    : [];
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={viewer ? "/home" : "/"} className="wordmark">
          Candor
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {contexts.map((c) => (
              <li key={c.key}>
                <NavLink to={c.to} end>
                  {c.label}
                </NavLink>
              </li>
            ))}
            {orgLinks.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to}>{l.label}</NavLink>
              </li>
            ))}
            {viewer ? (
              <li>
                <NavLink to="/account">Account</NavLink>
              </li>
            ) : null}
            {root?.showDevTools ? (
              <li>
                <NavLink to="/dev/outbox">Dev outbox</NavLink>
              </li>
            ) : null}
            {viewer ? null : (
              <>
                <li>
                  <NavLink to="/signin">Sign in</NavLink>
                </li>
                <li>
                  <NavLink to="/signup">Create company account</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        {viewer ? (
          <div className="site-header__user">
            <NotificationBadge serverCount={root?.unreadNotifications ?? null} />
            <span className="site-header__name" title={viewer.user.email}>
              {viewer.user.name}
            </span>
            <Form method="post" action="/signout" className="inline-form">
              <button type="submit" className="button button--secondary button--small" disabled={signingOut}>
                {signingOut ? "Signing out…" : "Sign out"}
              </button>
            </Form>
          </div>
        ) : null}
      </div>
    </header>
  );
}

/** Link to the notifications with the unread count, updated live without a reload. */
function NotificationBadge({ serverCount }: { serverCount: number | null }) {
  const { count, latest } = useLiveNotifications(serverCount, true);
  const unread = count ?? 0;
  return (
    <>
      <NavLink to="/notifications" className="notification-badge" aria-label={`Notifications, ${unread} unread`}>
        Notifications
        {unread > 0 ? (
          <span className="badge badge--danger notification-badge__count" data-testid="unread-count">
            {unread}
          </span>
        ) : null}
      </NavLink>
      <span className="visually-hidden" role="status" aria-live="polite">
        {latest ? `New notification: ${latest.title}` : ""}
      </span>
    </>
  );
}

function ProgressBar() {
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  return (
    <>
      <div className={`progress${busy ? " progress--active" : ""}`} aria-hidden="true" />
      <div className="visually-hidden" aria-live="polite">
        {busy ? "Loading…" : ""}
      </div>
    </>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <ProgressBar />
        <Header root={root} />
        {root && !root.apiReachable ? (
          <div className="banner" role="alert">
            Candor's API is not reachable right now, so some pages may not work. Please try again in a moment.
          </div>
        ) : null}
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <p>Candor — feedback you can count on, for every candidate.</p>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  // Marks the page as interactive: browser tests wait for it before typing into enhanced forms.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
