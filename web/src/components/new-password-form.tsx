"use client";
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { accountFieldErrorsOf, confirmPasswordReset } from "@/lib/account-api";
import { ApiError, errorMessage } from "@/lib/api";
import { AccountForm } from "./account-form";
import { TextField } from "./text-field";

// The second half of a reset: `token` comes from the mailed link.
export function NewPasswordForm({ token }: { token: string }) {
  const id = useId();
  const [password, setPassword] = useState("");
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [error, setError] = useState<{ message: string; linkUsedUp: boolean } | null>(null);
  const [changed, setChanged] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  // The token stays in this form's props; out of the address bar, it stays out
  // of the history, of bookmarks, and of a screenshot of the page.
  useEffect(() => window.history.replaceState(null, "", window.location.pathname), []);

  async function submit() {
    setError(null);
    setPasswordError(undefined);
    setSubmitting(true);
    try {
      await confirmPasswordReset(token, password);
      setChanged(true);
    } catch (caught) {
      const weak = accountFieldErrorsOf(caught).password;
      if (weak) setPasswordError(weak);
      // A 400: the link is used, expired or unknown; only a new one helps.
      else setError({ message: errorMessage(caught), linkUsedUp: caught instanceof ApiError && caught.status === 400 });
    } finally {
      setSubmitting(false);
    }
  }

  if (changed) {
    return (
      <p role="status">
        Password changed. <Link href="/login">Sign in</Link> with your new password.
      </p>
    );
  }
  return (
    <AccountForm
      label="Choose a new password"
      submitLabel="Set new password"
      submitting={submitting}
      error={error?.message ?? null}
      errorAction={error?.linkUsedUp && <Link href="/reset-password">Ask for a new link</Link>}
      onSubmit={submit}
    >
      <TextField
        id={`${id}-password`}
        label="New password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        hint="10 to 128 characters, at least 5 different ones, and not a common password."
        error={passwordError}
      />
    </AccountForm>
  );
}
