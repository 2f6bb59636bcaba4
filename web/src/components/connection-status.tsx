import type { ConnectionState } from "@/lib/use-todo-events";

const LABELS: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
};

export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return (
    <p role="status" className={`connection connection--${state}`}>
      {LABELS[state]}
    </p>
  );
}
