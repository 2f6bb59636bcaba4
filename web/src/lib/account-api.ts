// The browser's account calls. Signing in and out go to this app's /session
// (src/app/session/route.ts), which keeps the API's token in an HttpOnly
// cookie; the rest go through the /api proxy like every other call.
import { ApiError, jsonInit, parsed, send, sendSignedIn } from "./api";
import { AcceptedSchema, UserPublicSchema, type UserPublic } from "./schemas";

export const SESSION_PATH = "/session";
const AUTH_PATH = "/api/v1/auth";

export type AccountField = "email" | "password";
export type AccountFieldErrors = Partial<Record<AccountField, string>>;

// A 422's errors are located like ["body", "password"]: the second part names the input.
export function accountFieldErrorsOf(error: unknown): AccountFieldErrors {
  const errors: AccountFieldErrors = {};
  if (!(error instanceof ApiError) || error.status !== 422) return errors;
  for (const item of error.problem?.errors ?? []) {
    const field = item.loc[1];
    if ((field === "email" || field === "password") && !errors[field]) errors[field] = item.msg;
  }
  return errors;
}

// A wrong password is a 401 here, not an expired session: plain `send`.
export async function signIn(email: string, password: string): Promise<void> {
  await send(SESSION_PATH, jsonInit("POST", { email, password }));
}

export async function signOut(): Promise<void> {
  await send(SESSION_PATH, { method: "DELETE" });
}

export async function signUp(email: string, password: string): Promise<UserPublic> {
  return parsed(await send(`${AUTH_PATH}/signup`, jsonInit("POST", { email, password })), UserPublicSchema);
}

// The signed-in account; a 401 sends the browser to sign in.
export async function getMe(signal?: AbortSignal): Promise<UserPublic> {
  return parsed(await sendSignedIn("/api/v1/users/me", { signal }), UserPublicSchema);
}

// Resolves to the API's sentence, the same whether or not the address has an account.
export async function requestPasswordReset(email: string): Promise<string> {
  return (await parsed(await send(`${AUTH_PATH}/password-reset`, jsonInit("POST", { email })), AcceptedSchema)).detail;
}

export async function confirmPasswordReset(token: string, password: string): Promise<void> {
  await send(`${AUTH_PATH}/password-reset/confirm`, jsonInit("POST", { token, password }));
}
