// Server-only helpers for reaching the FastAPI backend.
import * as z from "zod/mini";
import type { paths } from "./api-types";

export const DEFAULT_BACKEND_URL = "http://127.0.0.1:8000";
const HEALTH_TIMEOUT_MS = 2000;

type HealthBody = paths["/health"]["get"]["responses"][200]["content"]["application/json"];

// What /health answers, checked at run time; `satisfies` makes tsc compare it with the generated type.
export const HealthSchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
}) satisfies z.ZodMiniType<HealthBody>;
export type Health = z.infer<typeof HealthSchema>;

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

// Whether the API wants to know who is calling. With phase 10's users feature,
// /api/v1/users/me answers 401 to a request without a token; without it there
// is no such route (404) and everyone shares one list. Unreachable: no, and
// the page shows the API's status instead.
export async function signInRequired(): Promise<boolean> {
  try {
    const response = await fetch(`${backendUrl()}/api/v1/users/me`, {
      cache: "no-store",
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
    });
    return response.status === 401;
  } catch {
    return false;
  }
}
