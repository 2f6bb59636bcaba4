"use client";
// The error boundary of every page below the root layout. `retry` fetches the
// page again from the server and re-renders it (`reset` would only re-render).
import { ErrorFallback } from "@/components/error-fallback";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void; reset: () => void }) {
  return <ErrorFallback error={error} onRetry={retry} />;
}
