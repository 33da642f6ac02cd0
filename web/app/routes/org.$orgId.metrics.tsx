import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, SelectField } from "~/components/forms";
import { BreakdownTable } from "~/components/metrics/breakdown-table";
import { CsvLink } from "~/components/metrics/csv-link";
import { filterQuery, type MetricsFilterValues, STAGE_FILTER_OPTIONS } from "~/components/metrics/filters";
import { filterErrorsFromApi, readMetricsFilters } from "~/components/metrics/filters.server";
import { localDateLabel, percent } from "~/components/metrics/format";
import { HeadlineCards } from "~/components/metrics/headline-cards";
import { SharedComments } from "~/components/metrics/shared-comments";
import { TrendSection } from "~/components/metrics/trend-section";
import { errorResponse, gql, gqlOrThrow, requireViewer } from "~/lib/api.server";
import { type MetricFigures, MetricsFilterOptionsQuery, OrganizationMetricsQuery } from "~/lib/operations";
import { redirectToSignIn } from "~/lib/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Metrics — ${data.organization.name} — Candor` : "Metrics — Candor" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  const viewer = await requireViewer(request, context);
  const role = viewer.memberships.find((m) => m.organization.id === organizationId)?.role;
  if (role !== "ADMIN" && role !== "RECRUITER") {
    throw data({ message: "Only admins and recruiters of this organisation can see its metrics." }, { status: 403 });
  }
  const isAdmin = role === "ADMIN";
  const options = await gqlOrThrow(request, context, MetricsFilterOptionsQuery, {
    organizationId,
    withMembers: isAdmin,
  });
  if (!options.organization) throw data({ message: "We could not find that organisation." }, { status: 404 });
  const filters = readMetricsFilters(new URL(request.url).searchParams, options.organization.timeZone, { isAdmin });
  const page = {
    organization: options.organization,
    isAdmin,
    jobs: options.jobs,
    interviewers: (options.members ?? []).map((m) => m.user),
    filters: filters.values,
  };
  if (!filters.input) {
    return data({ ...page, fieldErrors: filters.fieldErrors, formError: null, metrics: null }, { status: 400 });
  }
  const result = await gql(request, context, OrganizationMetricsQuery, {
    input: { organizationId, ...filters.input },
    withInterviewers: isAdmin,
  });
  if (result.error) {
    if (result.error.code === "UNAUTHENTICATED") return redirectToSignIn(request);
    if (result.error.code !== "VALIDATION") errorResponse(result.error);
    const fieldErrors = filterErrorsFromApi(result.error.fields);
    const formError = Object.keys(fieldErrors).length > 0 ? null : result.error.message;
    return data({ ...page, fieldErrors, formError, metrics: null }, { status: 400 });
  }
  return { ...page, fieldErrors: {}, formError: null, metrics: result.data.organizationMetrics };
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function FilterForm({ page, busy }: { page: LoaderData; busy: boolean }) {
  const { filters, fieldErrors } = page;
  const errors = fieldErrors as Partial<Record<keyof MetricsFilterValues, string>>;
  return (
    <Form method="get" className="metric-filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        Filters
      </h2>
      <FormError message={page.formError} />
      <div className="metric-filters__grid">
        <Field name="from" label="From" type="date" defaultValue={filters.from} error={errors.from} required />
        <Field name="to" label="To (inclusive)" type="date" defaultValue={filters.to} error={errors.to} required />
        <SelectField name="interval" label="Trend per" defaultValue={filters.interval} error={errors.interval}>
          <option value="MONTH">Month</option>
          <option value="WEEK">Week</option>
        </SelectField>
        <SelectField name="job" label="Job" defaultValue={filters.job} error={errors.job}>
          <option value="">All jobs</option>
          {page.jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title}
              {job.status === "OPEN" ? "" : ` (${job.status.toLowerCase()})`}
            </option>
          ))}
        </SelectField>
        <SelectField name="stage" label="Stage" defaultValue={filters.stage} error={errors.stage}>
          <option value="">All stages</option>
          {STAGE_FILTER_OPTIONS.map((stage) => (
            <option key={stage.value} value={stage.value}>
              {stage.label}
            </option>
          ))}
        </SelectField>
        {page.isAdmin ? (
          <SelectField
            name="interviewer"
            label="Interviewer"
            defaultValue={filters.interviewer}
            error={errors.interviewer}
          >
            <option value="">Anyone</option>
            {page.interviewers.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? "Updating…" : "Show figures"}
        </button>
        <Link to="." className="button button--secondary">
          Reset to the last 12 months
        </Link>
      </div>
    </Form>
  );
}

/** Nothing to measure: no interview ended and no rating counts in the range. */
function isEmpty(f: MetricFigures): boolean {
  return f.interviews === 0 && f.invitations === 0 && (f.ratingsSuppressed || f.responses === 0);
}

function EmptyRange({ headline }: { headline: MetricFigures }) {
  return (
    <div className="empty metric-empty">
      <p>
        <strong>No completed interviews and no candidate ratings in this range.</strong> Try a wider date range, or
        fewer filters.
      </p>
      {headline.activeApplications ? (
        <p>
          Right now, {headline.ghostedApplications ?? 0} of {headline.activeApplications} active applications are past
          their update cadence (ghosting rate {percent(headline.ghostingRate)}).
        </p>
      ) : null}
    </div>
  );
}

function Results({ page }: { page: LoaderData }) {
  const { metrics, filters, organization } = page;
  if (!metrics) {
    return <p className="empty">Correct the filters above to see the figures.</p>;
  }
  const csv = (table: string) => `/org/${organization.id}/metrics.csv?${filterQuery(filters, { table })}`;
  if (isEmpty(metrics.headline)) return <EmptyRange headline={metrics.headline} />;
  return (
    <>
      <section aria-labelledby="headline-title" className="metric-section">
        <div className="metric-section__head">
          <h2 id="headline-title">Headline figures</h2>
          <CsvLink href={csv("headline")} what="the headline figures" />
        </div>
        <HeadlineCards figures={metrics.headline} />
      </section>
      <TrendSection trend={metrics.trend} interval={metrics.interval} csvHref={csv("trend")} />
      <BreakdownTable
        id="by-job"
        title="By job"
        rowHeader="Job"
        rows={metrics.byJob}
        csvHref={csv("job")}
        emptyText="No job had interviews, ratings or active applications in this range."
      />
      <BreakdownTable
        id="by-stage"
        title="By stage"
        rowHeader="Stage"
        rows={metrics.byStage}
        csvHref={csv("stage")}
        note="Interview figures by the kind of stage interviewed; ratings by the stage rated. “Whole process” holds the ratings of the process as a whole."
        emptyText="No stage had interviews or ratings in this range."
      />
      {metrics.byInterviewer ? (
        <BreakdownTable
          id="by-interviewer"
          title="By interviewer"
          rowHeader="Interviewer"
          rows={metrics.byInterviewer}
          csvHref={csv("interviewer")}
          note="Only admins see this table. An interview counts once for each interviewer assigned to it; ratings count for every interviewer the candidate met in the rated stage."
          emptyText="No interviewer had interviews in this range."
        />
      ) : null}
      <SharedComments comments={metrics.comments} />
    </>
  );
}

export default function MetricsDashboard() {
  const page = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const updating = navigation.state === "loading" && navigation.location.pathname === pathname;
  const { organization, filters } = page;
  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/org/${organization.id}`}>{organization.name}</Link>
      </p>
      <h1 id="page-title">Candidate-experience metrics</h1>
      <p className="muted">
        {localDateLabel(filters.from)} to {localDateLabel(filters.to)}, in {organization.timeZone.replace(/_/g, " ")}{" "}
        time. Ratings count once the candidate's application has closed, and any rating figure with fewer than 5 ratings
        behind it is hidden.
      </p>
      <FilterForm page={page} busy={updating} />
      <p role="status" className="metric-status">
        {updating ? "Updating…" : ""}
      </p>
      <div className="metric-results" aria-busy={updating}>
        <Results page={page} />
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
