import { render, screen } from "@testing-library/react";
import HomePage from "./page";
import { getBackendHealth } from "@/lib/backend";

jest.mock("@/lib/backend", () => ({ getBackendHealth: jest.fn() }));
jest.mock("@/components/todo-app", () => ({ TodoApp: () => <p>todo app</p> }));

it("shows the backend status above the todo app", async () => {
  jest.mocked(getBackendHealth).mockResolvedValue({ reachable: false, url: "http://x", reason: "no answer" });
  render(await HomePage());
  expect(screen.getByRole("heading", { level: 1, name: "Todo" })).toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent("The API is not reachable");
  expect(screen.getByText("todo app")).toBeInTheDocument();
});
