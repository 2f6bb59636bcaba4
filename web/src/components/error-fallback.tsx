// What a page shows instead of crashing: a plain sentence and a way to try
// again, never the error's message or stack (they may hold internal details;
// the server logs them, and `digest` names the log line).
export interface ErrorFallbackProps {
  error: unknown;
  onRetry: () => void;
}

function digestOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}

export function ErrorFallback({ error, onRetry }: ErrorFallbackProps) {
  const digest = digestOf(error);
  return (
    <main className="page">
      <section role="alert" aria-labelledby="error-heading" className="card">
        <h1 id="error-heading">Something went wrong</h1>
        <p>This page could not be shown. Please try again; if it keeps happening, reload the page later.</p>
        {digest && <p className="error-reference">Reference: {digest}</p>}
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </section>
    </main>
  );
}
