import type { BackendHealth } from "@/lib/backend";

// Rendered on the server from the backend's /health, so it also works
// before any client code has loaded.
export function BackendStatus({ status }: { status: BackendHealth }) {
  if (status.reachable) {
    return (
      <p className="backend backend--ok">
        API {status.health.status}, version {status.health.version}
      </p>
    );
  }
  return (
    <p role="alert" className="backend backend--down">
      The API at {status.url} is not reachable ({status.reason}). Start the backend, then reload this page.
    </p>
  );
}
