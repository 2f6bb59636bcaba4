import { BackendStatus } from "@/components/backend-status";
import { TodoApp } from "@/components/todo-app";
import { getBackendHealth } from "@/lib/backend";

// Ask the backend on every request, not once at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const status = await getBackendHealth();
  return (
    <main className="page">
      <header className="page-header">
        <h1>Todo</h1>
        <BackendStatus status={status} />
      </header>
      <TodoApp />
    </main>
  );
}
