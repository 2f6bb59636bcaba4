import { render, screen } from "@testing-library/react";
import { BackendStatus } from "./backend-status";

it("shows the backend's status and version", () => {
  render(<BackendStatus status={{ reachable: true, url: "http://api", health: { status: "ok", version: "1.2.3" } }} />);
  expect(screen.getByText("API ok, version 1.2.3")).toBeInTheDocument();
});

it("says clearly when the backend is not reachable, without showing its address", () => {
  render(<BackendStatus status={{ reachable: false, url: "http://api:8000", reason: "no answer" }} />);
  expect(screen.getByRole("alert")).toHaveTextContent("The API is not reachable (no answer)");
  expect(screen.getByRole("alert")).not.toHaveTextContent("api:8000");
});
