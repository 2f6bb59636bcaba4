import type { Metadata } from "next";
import { NewPasswordForm } from "@/components/new-password-form";
import { ResetRequestForm } from "@/components/reset-request-form";
import type { SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Reset your password · Todo" };

// Two steps on one page: without ?token, ask for the mail; the mail's link
// (/reset-password?token=...) comes back with one, to set the new password.
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  return (
    <section aria-labelledby="reset-heading" className="card">
      <h2 id="reset-heading">Reset your password</h2>
      {typeof token === "string" && token !== "" ? <NewPasswordForm token={token} /> : <ResetRequestForm />}
    </section>
  );
}
