"use client";
import { useEffect, useState } from "react";
import { getMe, signOut } from "@/lib/account-api";
import { errorMessage } from "@/lib/api";
import { navigateTo } from "@/lib/browser-location";
import { ErrorMessage } from "./error-message";

// Who is signed in, and the way out. getMe's 401 (an expired session) sends
// the browser to sign in by itself (lib/session-expiry.ts).
export function UserBar() {
  const [email, setEmail] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(
      (user) => setEmail(user.email),
      () => undefined, // the todo list reports an unreachable API already
    );
    return () => controller.abort();
  }, []);

  async function leave() {
    setError(null);
    setSigningOut(true);
    try {
      await signOut();
      navigateTo("/login");
    } catch (caught) {
      setError(errorMessage(caught));
      setSigningOut(false);
    }
  }

  return (
    <section aria-label="Account" className="user-bar">
      <p>{email ? <>Signed in as <strong>{email}</strong></> : "Signed in"}</p>
      <button type="button" disabled={signingOut} onClick={() => void leave()}>
        Sign out
      </button>
      {error && <ErrorMessage message={error} />}
    </section>
  );
}
