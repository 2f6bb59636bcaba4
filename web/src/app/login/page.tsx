import type { Metadata } from "next";
import { LoginForm } from "@/components/login-form";
import { safeNextPath } from "@/lib/login-path";
import type { SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Sign in · Todo" };

// Never sends a signed-in visitor on: the cookie may hold an expired session,
// and the todo page would send them straight back here.
export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { next } = await searchParams;
  return (
    <section aria-labelledby="login-heading" className="card">
      <h2 id="login-heading">Sign in</h2>
      <LoginForm next={safeNextPath(next)} />
    </section>
  );
}
