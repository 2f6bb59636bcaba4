"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { signIn, type AccountFieldErrors } from "@/lib/account-api";
import { errorMessage } from "@/lib/api";
import { AccountForm } from "./account-form";
import { TextField } from "./text-field";

// `next` is where to go once signed in: a path of this app (lib/login-path.ts checked it).
export function LoginForm({ next }: { next: string }) {
  const id = useId();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<AccountFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit() {
    setError(null);
    // An empty attempt would count as a failed sign-in against the throttle: not worth sending.
    const missing: AccountFieldErrors = {
      ...(email.trim() === "" && { email: "Enter your email address." }),
      ...(password === "" && { password: "Enter your password." }), // pragma: allowlist secret
    };
    setFieldErrors(missing);
    if (missing.email || missing.password) return;
    setSubmitting(true);
    try {
      await signIn(email.trim(), password);
      router.replace(next); // still submitting: the form stays disabled until the page changes
    } catch (caught) {
      setError(errorMessage(caught));
      setSubmitting(false);
    }
  }

  return (
    <>
      <AccountForm label="Sign in" submitLabel="Sign in" submitting={submitting} error={error} onSubmit={submit}>
        <TextField
          id={`${id}-email`}
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          id={`${id}-password`}
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
      </AccountForm>
      <p className="account-links">
        <Link href="/signup">Create an account</Link>
        <Link href="/reset-password">Forgot your password?</Link>
      </p>
    </>
  );
}
