import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvFileName, csvTableOf, readMetricsFilters } from "~/components/metrics/filters.server";
import { type ApiError, gql, requireViewer } from "~/lib/api.server";
import { statusOf } from "~/lib/forms.server";
import { MetricsFilterOptionsQuery, OrganizationMetricsCsvQuery } from "~/lib/operations";
import { redirectToSignIn } from "~/lib/session.server";

function plainText(message: string, status: number): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

async function failure(request: Request, error: ApiError): Promise<Response> {
  if (error.code === "UNAUTHENTICATED") return redirectToSignIn(request);
  const fields = Object.values(error.fields);
  return plainText(fields.length > 0 ? fields.join("\n") : error.message, statusOf(error.code));
}

/**
 * One table of the metrics dashboard as a CSV download, with the dashboard's filters
 * (`/org/:id/metrics.csv?table=job&from=…&to=…`). The API audits every export.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  const viewer = await requireViewer(request, context);
  const role = viewer.memberships.find((m) => m.organization.id === organizationId)?.role;
  const query = new URL(request.url).searchParams;
  const table = csvTableOf(query.get("table"));
  if (!table) return plainText("Choose a table: headline, trend, job, stage or interviewer.", 400);

  const options = await gql(request, context, MetricsFilterOptionsQuery, { organizationId, withMembers: false });
  if (options.error) return failure(request, options.error);
  if (!options.data.organization) return plainText("We could not find that organisation.", 404);
  const filters = readMetricsFilters(query, options.data.organization.timeZone, { isAdmin: role === "ADMIN" });
  if (!filters.input) return plainText(Object.values(filters.fieldErrors).join("\n"), 400);

  const result = await gql(request, context, OrganizationMetricsCsvQuery, {
    input: { organizationId, ...filters.input },
    table,
  });
  if (result.error) return failure(request, result.error);
  return new Response(result.data.organizationMetricsCsv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(table, filters.values)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
