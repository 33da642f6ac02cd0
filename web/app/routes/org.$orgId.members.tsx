import type { InvitationRole, StaffRole } from "@candor/domain";
import { canInvite, INVITATION_ROLES, inviteMemberInput, STAFF_ROLES } from "@candor/domain";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Field, FormError, formState, Notice, SelectField, SubmitButton } from "~/components/forms";
import { EmptyState, StatusBadge, When } from "~/components/ui";
import { gql, gqlOrThrow, redirectIfSignedOut, requireViewer } from "~/lib/api.server";
import { roleLabel, roleWithArticle } from "~/lib/format";
import { failed, formFailure, invalid, optionalText, readForm, text } from "~/lib/forms.server";
import {
  ChangeMemberRoleMutation,
  EndMemberSessionsMutation,
  type Invitation,
  InvitationsQuery,
  InviteMemberMutation,
  MembersQuery,
  RemoveMemberMutation,
  RevokeInvitationMutation,
  ROLES,
} from "~/lib/operations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Members of ${data.organization.name} — Candor` : "Members — Candor" },
];

function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const organizationId = params.orgId ?? "";
  const viewer = await requireViewer(request, context);
  const { organization, members } = await gqlOrThrow(request, context, MembersQuery, { organizationId });
  if (!organization) throw new Response("Organisation not found", { status: 404 });
  const myRole = viewer.memberships.find((m) => m.organization.id === organizationId)?.role ?? null;
  const isAdmin = myRole === "ADMIN";
  // Admins see every invitation; recruiters see the candidate invitations (the API scopes the list).
  const invitations: Invitation[] = (await gqlOrThrow(request, context, InvitationsQuery, { organizationId }))
    .invitations;
  const removeId = new URL(request.url).searchParams.get("remove");
  const removing = isAdmin && removeId ? (members.find((m) => m.id === removeId) ?? null) : null;
  const invitableRoles = myRole ? INVITATION_ROLES.filter((r) => canInvite(myRole, r)) : [];
  return { organization, members, invitations, myRole, isAdmin, viewerId: viewer.user.id, removing, invitableRoles };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const organizationId = params.orgId ?? "";
  const intent = text(form, "intent");
  const id = text(form, "id");

  switch (intent) {
    case "invite": {
      const values = { intent, email: text(form, "email"), name: text(form, "name"), role: text(form, "role") };
      const parsed = inviteMemberInput.safeParse({
        organizationId,
        email: values.email,
        role: values.role,
        name: optionalText(form, "name"),
      });
      if (!parsed.success) return invalid(parsed.error, values);
      const viewer = await requireViewer(request, context);
      const myRole = viewer.memberships.find((m) => m.organization.id === organizationId)?.role;
      if (!myRole || !canInvite(myRole, parsed.data.role as InvitationRole)) {
        return formFailure(
          myRole === "RECRUITER"
            ? "Recruiters can invite candidates only. Ask an admin to invite staff."
            : "You are not allowed to invite people to this organisation.",
          { role: "Choose a role you are allowed to invite." },
          403,
        );
      }
      const result = await gql(request, context, InviteMemberMutation, { input: parsed.data });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error, values);
      }
      const invitation = result.data.inviteMember;
      return {
        ok: true as const,
        intent,
        notice: `Invitation sent to ${invitation.email} as ${roleLabel(invitation.role).toLowerCase()}.`,
        at: Date.now(),
      };
    }
    case "revoke": {
      const result = await gql(request, context, RevokeInvitationMutation, { id });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      return { ok: true as const, intent, notice: `Invitation to ${result.data.revokeInvitation.email} revoked.` };
    }
    case "changeRole": {
      const role = text(form, "role");
      if (!isStaffRole(role)) return formFailure("Choose a role: admin, recruiter or interviewer.");
      const result = await gql(request, context, ChangeMemberRoleMutation, { input: { membershipId: id, role } });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      const member = result.data.changeMemberRole;
      return {
        ok: true as const,
        intent,
        notice: `${member.user.name} is now ${roleWithArticle(member.role)}.`,
      };
    }
    case "endSessions": {
      const result = await gql(request, context, EndMemberSessionsMutation, { membershipId: id });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      const count = result.data.endMemberSessions;
      const name = text(form, "memberName") || "The member";
      return {
        ok: true as const,
        intent,
        notice:
          count === 0
            ? `${name} had no active sessions.`
            : `${count} session${count === 1 ? "" : "s"} of ${name} ended; they must sign in again.`,
      };
    }
    case "remove": {
      if (text(form, "confirm") !== "yes") {
        return formFailure("Tick the confirmation box to remove this member.", {
          confirm: "Confirm that you want to remove this member.",
        });
      }
      const result = await gql(request, context, RemoveMemberMutation, { membershipId: id });
      if (result.error) {
        await redirectIfSignedOut(request, context, result.error);
        return failed(result.error);
      }
      const name = text(form, "memberName") || "The member";
      return { ok: true as const, intent, notice: `${name} was removed and signed out everywhere.` };
    }
    default:
      return formFailure("Unknown action. Reload the page and try again.");
  }
}

export default function Members() {
  const { organization, members, invitations, isAdmin, myRole, viewerId, removing, invitableRoles } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { formError, fieldErrors, values, notice } = formState(actionData);
  const inviteValues = values.intent === "invite" ? values : {};
  const inviteErrors = values.intent === "invite" || fieldErrors.role ? fieldErrors : {};
  const inviteKey = actionData && "at" in actionData ? String(actionData.at) : "invite";
  const tz = organization.timeZone;
  const orgPath = `/org/${organization.id}`;

  return (
    <section>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to={orgPath}>{organization.name}</Link>
          </p>
          <h1 id="page-title">Members and invitations</h1>
        </div>
      </div>
      <Notice message={notice} />
      <FormError message={formError} />

      {removing && !notice ? (
        <section className="panel panel--danger" aria-labelledby="remove-title">
          <h2 id="remove-title">Remove {removing.user.name}?</h2>
          <p>
            {removing.user.name} ({removing.user.email}) loses access to {organization.name} at once and is signed out
            everywhere. You can invite them again later.
          </p>
          <Form method="post" action={`${orgPath}/members?remove=${encodeURIComponent(removing.id)}`} className="stack">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="id" value={removing.id} />
            <input type="hidden" name="memberName" value={removing.user.name} />
            <div className={`checkbox${fieldErrors.confirm ? " field--invalid" : ""}`}>
              <input
                type="checkbox"
                id="confirm"
                name="confirm"
                value="yes"
                aria-invalid={fieldErrors.confirm ? true : undefined}
                aria-describedby={fieldErrors.confirm ? "confirm-error" : undefined}
              />
              <label htmlFor="confirm">
                Yes, remove {removing.user.name} from {organization.name}
              </label>
            </div>
            {fieldErrors.confirm ? (
              <p className="field__error" id="confirm-error">
                {fieldErrors.confirm}
              </p>
            ) : null}
            <div className="actions">
              <SubmitButton pendingText="Removing…" variant="danger" intent="remove" targetId={removing.id}>
                Remove member
              </SubmitButton>
              <Link to={`${orgPath}/members`} className="button button--secondary">
                Cancel
              </Link>
            </div>
          </Form>
        </section>
      ) : null}

      <h2 id="members-title">Members</h2>
      {members.length === 0 ? (
        <EmptyState>No members yet.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" aria-labelledby="members-title">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                {isAdmin ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <th scope="row" data-label="Name">
                    {m.user.name}
                    {m.user.id === viewerId ? <span className="muted"> (you)</span> : null}
                  </th>
                  <td data-label="Email">{m.user.email}</td>
                  <td data-label="Role">{roleLabel(m.role)}</td>
                  <td data-label="Joined">
                    <When iso={m.joinedAt} tz={tz} dateOnly />
                  </td>
                  {isAdmin ? (
                    <td data-label="Actions">
                      <div className="row-actions">
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="intent" value="changeRole" />
                          <input type="hidden" name="id" value={m.id} />
                          <label htmlFor={`role-${m.id}`} className="visually-hidden">
                            Role for {m.user.name}
                          </label>
                          <select id={`role-${m.id}`} name="role" defaultValue={m.role}>
                            {ROLES.map((r) => (
                              <option key={r} value={r}>
                                {roleLabel(r)}
                              </option>
                            ))}
                          </select>
                          <SubmitButton
                            pendingText="Saving…"
                            variant="secondary"
                            intent="changeRole"
                            targetId={m.id}
                            ariaLabel={`Change role of ${m.user.name}`}
                          >
                            Change role
                          </SubmitButton>
                        </Form>
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="intent" value="endSessions" />
                          <input type="hidden" name="id" value={m.id} />
                          <input type="hidden" name="memberName" value={m.user.name} />
                          <SubmitButton
                            pendingText="Ending…"
                            variant="secondary"
                            intent="endSessions"
                            targetId={m.id}
                            ariaLabel={`End sessions of ${m.user.name}`}
                          >
                            End sessions
                          </SubmitButton>
                        </Form>
                        <Link
                          to={`?remove=${encodeURIComponent(m.id)}`}
                          className="button button--danger-outline"
                          aria-label={`Remove ${m.user.name}`}
                        >
                          Remove
                        </Link>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {invitableRoles.length > 0 ? (
        <section className="panel" aria-labelledby="invite-title">
          <h2 id="invite-title">Invite someone</h2>
          <p className="muted">
            {isAdmin
              ? "Invite staff (admins, recruiters, interviewers) or candidates. They receive an email with a link valid for 7 days."
              : "Recruiters can invite candidates. Ask an admin to invite staff."}
          </p>
          <Form method="post" className="stack" noValidate key={inviteKey}>
            <input type="hidden" name="intent" value="invite" />
            <div className="grid-2">
              <Field
                name="email"
                label="Email"
                type="email"
                autoComplete="off"
                required
                defaultValue={inviteValues.email}
                error={inviteErrors.email}
              />
              <Field
                name="name"
                label="Name (optional)"
                autoComplete="off"
                defaultValue={inviteValues.name}
                error={inviteErrors.name}
              />
            </div>
            <SelectField
              name="role"
              label="Role"
              defaultValue={inviteValues.role ?? invitableRoles[invitableRoles.length - 1]}
              error={inviteErrors.role}
            >
              {invitableRoles.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(r)}
                </option>
              ))}
            </SelectField>
            <SubmitButton pendingText="Sending invitation…" intent="invite">
              Send invitation
            </SubmitButton>
          </Form>
        </section>
      ) : null}

      {myRole === "ADMIN" || myRole === "RECRUITER" ? (
        <>
          <h2 id="invitations-title">Invitations</h2>
          {invitations.length === 0 ? (
            <EmptyState>No invitations yet. People you invite appear here until they accept.</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table table--cards" aria-labelledby="invitations-title">
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Status</th>
                    <th scope="col">Expires</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((inv) => (
                    <tr key={inv.id}>
                      <th scope="row" data-label="Email">
                        {inv.email}
                      </th>
                      <td data-label="Role">{roleLabel(inv.role)}</td>
                      <td data-label="Status">
                        <StatusBadge status={inv.status} />
                      </td>
                      <td data-label="Expires">
                        <When iso={inv.expiresAt} tz={tz} />
                      </td>
                      <td data-label="Actions">
                        {inv.status === "PENDING" ? (
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="intent" value="revoke" />
                            <input type="hidden" name="id" value={inv.id} />
                            <SubmitButton
                              pendingText="Revoking…"
                              variant="secondary"
                              intent="revoke"
                              targetId={inv.id}
                              ariaLabel={`Revoke invitation for ${inv.email}`}
                            >
                              Revoke
                            </SubmitButton>
                          </Form>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
