"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { accountFieldErrorsOf, signIn, signUp, type AccountFieldErrors } from "@/lib/account-api";
import { errorMessage } from "@/lib/api";
import { AccountForm } from "./account-form";
import { TextField } from "./text-field";

// The API checks the password (length, variety, not a common one); its 422
// says which rule failed, under the field it concerns. No second copy of the rules here.
export function SignupForm() {
  const id = useId();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<AccountFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit() {
    setError(null);
    setFieldErrors({});
    setSubmitting(true);
    try {
      await signUp(email.trim(), password);
    } catch (caught) {
      const errors = accountFieldErrorsOf(caught);
      if (errors.email || errors.password) setFieldErrors(errors);
      else setError(errorMessage(caught));
      setSubmitting(false);
      return;
    }
    try {
      await signIn(email.trim(), password);
      router.replace("/");
    } catch (caught) {
      setError(`Your account is created, but signing in failed: ${errorMessage(caught)}`);
      setSubmitting(false);
    }
  }

  return (
    <>
      <AccountForm label="Create an account" submitLabel="Create account" submitting={submitting} error={error} onSubmit={submit}>
        <TextField
          id={`${id}-email`}
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          id={`${id}-password`}
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          hint="10 to 128 characters, at least 5 different ones, and not a common password."
          error={fieldErrors.password}
        />
      </AccountForm>
      <p className="account-links">
        <Link href="/login">Already have an account? Sign in</Link>
      </p>
    </>
  );
}
