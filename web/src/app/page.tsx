import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { TodoApp } from "@/components/todo-app";
import { UserBar } from "@/components/user-bar";
import { signInRequired } from "@/lib/backend";
import { loginPath } from "@/lib/login-path";
import { SESSION_COOKIE } from "@/lib/session";

// The home page: the todo list, inside the shell of layout.tsx. When the API
// has users (phase 10) and this browser has no session, sign in first; with
// an expired session, the first 401 sends the browser there. An API without
// users has one list for everyone, and no account bar.
export default async function HomePage() {
  const hasSession = (await cookies()).has(SESSION_COOKIE);
  if (!hasSession && (await signInRequired())) redirect(loginPath("/"));
  return (
    <>
      {hasSession && <UserBar />}
      <TodoApp />
    </>
  );
}
