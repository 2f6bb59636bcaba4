import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { BackendStatus } from "@/components/backend-status";
import { getBackendHealth } from "@/lib/backend";
import "./globals.css";

export const metadata: Metadata = {
  title: "Todo",
  description: "A todo list that stays in sync across tabs, built on a FastAPI backend.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
};

// Ask the backend on every request, not once at build time.
export const dynamic = "force-dynamic";

// The shell of every page: the title and the backend's health, rendered on the
// server, so they show before any client code has loaded. Pages fill `children`.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const status = await getBackendHealth();
  return (
    <html lang="en">
      <body>
        <main className="page">
          <header className="page-header">
            <h1>Todo</h1>
            <BackendStatus status={status} />
          </header>
          {children}
        </main>
      </body>
    </html>
  );
}
