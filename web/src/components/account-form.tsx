import type { ReactNode } from "react";
import { ErrorMessage } from "./error-message";

// The frame the four account forms share (sign in, sign up, ask for a reset
// link, choose a new password): a named form the browser does not validate
// itself (our messages sit under each field), the form's error, and its button.
interface AccountFormProps {
  label: string;
  submitLabel: string;
  submitting: boolean;
  error: string | null;
  errorAction?: ReactNode; // what to do about the error, under it
  onSubmit: () => Promise<void>;
  children: ReactNode;
}

export function AccountForm({ label, submitLabel, submitting, error, errorAction, onSubmit, children }: AccountFormProps) {
  return (
    <form
      aria-label={label}
      className="account-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      {error && <ErrorMessage message={error} />}
      {error && errorAction}
      <button type="submit" disabled={submitting}>
        {submitLabel}
      </button>
    </form>
  );
}
