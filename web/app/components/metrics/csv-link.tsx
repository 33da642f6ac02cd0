/** A plain download link (a document request, not client navigation) to one table as CSV. */
export function CsvLink({ href, what }: { href: string; what: string }) {
  return (
    <a href={href} download className="button button--secondary button--small metric-csv">
      Download CSV<span className="visually-hidden"> of {what}</span>
    </a>
  );
}
