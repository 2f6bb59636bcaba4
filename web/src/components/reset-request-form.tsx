"use client";
import Link from "next/link";
import { useId, useState } from "react";
import { accountFieldErrorsOf, requestPasswordReset } from "@/lib/account-api";
import { errorMessage } from "@/lib/api";
import { AccountForm } from "./account-form";
import { TextField } from "./text-field";

// Asks for the mail with a reset link. The answer is the same whether or not
// the address has an account, so this form cannot tell anyone which ones do.
export function ResetRequestForm() {
  const id = useId();
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit() {
    setError(null);
    setEmailError(undefined);
    setSubmitting(true);
    try {
      setAccepted(await requestPasswordReset(email.trim()));
    } catch (caught) {
      const invalid = accountFieldErrorsOf(caught).email;
      if (invalid) setEmailError(invalid);
      else setError(errorMessage(caught));
    } finally {
      setSubmitting(false);
    }
  }

  if (accepted) {
    return (
      <>
        <p role="status">{accepted}</p>
        <p className="account-links">
          <Link href="/login">Back to sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <AccountForm label="Reset your password" submitLabel="Send reset link" submitting={submitting} error={error} onSubmit={submit}>
        <TextField
          id={`${id}-email`}
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          hint="We mail a link to set a new password to this address."
          error={emailError}
        />
      </AccountForm>
      <p className="account-links">
        <Link href="/login">Back to sign in</Link>
      </p>
    </>
  );
}
