"use client";
// Replaces the root layout when the layout itself fails, so it brings its own
// <html> and <body> (and the global styles).
import { ErrorFallback } from "@/components/error-fallback";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Todo</title>
        <ErrorFallback error={error} onRetry={retry} />
      </body>
    </html>
  );
}
