import type { Metadata } from "next";
import { SignupForm } from "@/components/signup-form";

export const metadata: Metadata = { title: "Create an account · Todo" };

export default function SignupPage() {
  return (
    <section aria-labelledby="signup-heading" className="card">
      <h2 id="signup-heading">Create an account</h2>
      <SignupForm />
    </section>
  );
}
