import type { ConnectionState } from "@/lib/use-todo-events";

export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return (
    <p role="status" className={`connection connection--${state}`}>
      {state === "live" ? "Live" : "Reconnecting…"}
    </p>
  );
}
