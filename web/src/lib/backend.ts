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
