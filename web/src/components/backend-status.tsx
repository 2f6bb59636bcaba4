import type { BackendHealth } from "@/lib/backend";

// Rendered on the server from the backend's /health, so it also works
// before any client code has loaded. The backend's address is not shown: it
// is an internal detail (the server logs and BACKEND_URL know it).
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
      The API is not reachable ({status.reason}). Start the backend, then reload this page.
    </p>
  );
}
