import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { optionalViewer } from "~/lib/api.server";

export const meta: MetaFunction = () => [
  { title: "Candor — candidate feedback you can count on" },
  {
    name: "description",
    content: "Candor helps companies publish and keep their promises about interview feedback.",
  },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await optionalViewer(request, context);
  if (viewer) throw redirect("/home");
  return null;
}

export default function Landing() {
  return (
    <section className="hero" aria-labelledby="hero-title">
      <h1 id="hero-title">Feedback you promise, delivered on time.</h1>
      <p className="lead">
        Most candidates hear nothing after an interview, or hear it weeks late. With Candor, your company publishes what
        feedback each candidate will get and by when, interviewers write specific, constructive scorecards, and
        candidates see where they stand and rate their experience in return — so you can measure the promises you keep.
      </p>
      <div className="actions">
        <Link to="/signup" className="button button--primary">
          Create company account
        </Link>
        <Link to="/signin" className="button button--secondary">
          Sign in
        </Link>
      </div>
    </section>
  );
}
