// Server-only helpers for reaching the FastAPI backend.
import { HealthSchema, type Health } from "./schemas";

export const DEFAULT_BACKEND_URL = "http://127.0.0.1:8000";
const HEALTH_TIMEOUT_MS = 2000;

export function backendUrl(): string {
  return (process.env.BACKEND_URL || DEFAULT_BACKEND_URL).replace(/\/+$/, "");
}

export type BackendHealth =
  | { reachable: true; url: string; health: Health }
  | { reachable: false; url: string; reason: string };

export async function getBackendHealth(): Promise<BackendHealth> {
  const url = backendUrl();
  try {
    const response = await fetch(`${url}/health`, {
      cache: "no-store",
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
    });
    if (!response.ok) return { reachable: false, url, reason: `/health answered HTTP ${response.status}` };
    const parsed = HealthSchema.safeParse(await response.json());
    if (!parsed.success) return { reachable: false, url, reason: "/health answered with an unexpected body" };
    return { reachable: true, url, health: parsed.data };
  } catch {
    return { reachable: false, url, reason: "no answer" };
  }
}
