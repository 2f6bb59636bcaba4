import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { navigateTo } from "@/lib/browser-location";
import { DRAFTS_KEY } from "@/lib/drafts";
import { sessionExpired } from "@/lib/session-expiry";
import { installFakeApi, problem } from "../../test-utils/fake-api";
import { AddTodoForm } from "./add-todo-form";

jest.mock("@/lib/browser-location", () => ({ currentPath: () => "/", navigateTo: jest.fn() }));

beforeEach(() => sessionStorage.clear());

function setup() {
  const api = installFakeApi();
  const onCreated = jest.fn();
  render(<AddTodoForm onCreated={onCreated} />);
  return { api, onCreated, user: userEvent.setup() };
}

it("creates a todo from the labelled fields and clears the form", async () => {
  const { api, onCreated, user } = setup();
  await user.type(screen.getByLabelText("Title"), "  Write phase 3 ");
  await user.type(screen.getByLabelText("Description"), "the frontend");
  await user.selectOptions(screen.getByLabelText("Priority"), "high");
  await user.type(screen.getByLabelText("Due date"), "2026-12-01");
  await user.click(screen.getByRole("button", { name: "Add todo" }));

  expect(api.requests.at(-1)?.body).toEqual({
    title: "Write phase 3",
    description: "the frontend",
    priority: "high",
    due_date: "2026-12-01",
  });
  expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ title: "Write phase 3" }));
  expect(screen.getByLabelText("Title")).toHaveValue("");
  expect(screen.getByLabelText("Title")).toHaveFocus();
});

it("shows client-side errors inline without calling the API", async () => {
  const { api, user } = setup();
  await user.type(screen.getByLabelText("Title"), "   ");
  await user.click(screen.getByLabelText("Description"));
  await user.paste("x".repeat(2001));
  await user.click(screen.getByRole("button", { name: "Add todo" }));

  expect(api.fetchMock).not.toHaveBeenCalled();
  expect(screen.getByLabelText("Title")).toHaveAccessibleDescription("Title is required.");
  expect(screen.getByLabelText("Title")).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByLabelText("Title")).toHaveFocus();
  expect(screen.getByLabelText("Description")).toHaveAccessibleDescription("Description must be at most 2000 characters.");

  await user.type(screen.getByLabelText("Title"), "fixed");
  expect(screen.getByLabelText("Title")).not.toHaveAttribute("aria-invalid");
});

it("maps the server's 422 onto the fields and keeps what was typed", async () => {
  const { api, user } = setup();
  api.failNext(problem(422, "Validation failed", [{ loc: ["body", "due_date"], msg: "Date is too far away", type: "x" }]));
  await user.type(screen.getByLabelText("Title"), "Plan");
  await user.type(screen.getByLabelText("Due date"), "2999-01-01");
  await user.click(screen.getByRole("button", { name: "Add todo" }));

  expect(screen.getByLabelText("Due date")).toHaveAccessibleDescription("Date is too far away");
  expect(screen.getByLabelText("Due date")).toHaveFocus();
  expect(screen.getByLabelText("Title")).toHaveValue("Plan");
});

it("offers Retry after a network error and keeps the input", async () => {
  const { api, onCreated, user } = setup();
  api.failNext("network");
  await user.type(screen.getByLabelText("Title"), "Offline todo");
  await user.click(screen.getByRole("button", { name: "Add todo" }));

  expect(screen.getByRole("alert")).toHaveTextContent("Could not reach the server");
  expect(screen.getByLabelText("Title")).toHaveValue("Offline todo");
  await user.click(screen.getByRole("button", { name: "Retry" }));
  expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ title: "Offline todo" }));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

it("shows a non-field server error without Retry", async () => {
  const { api, user } = setup();
  api.failNext(problem(413, "The body is too large"));
  await user.type(screen.getByLabelText("Title"), "Big");
  await user.click(screen.getByRole("button", { name: "Add todo" }));
  expect(screen.getByRole("alert")).toHaveTextContent("The body is too large");
  expect(screen.queryByRole("button", { name: "Retry" })).not.toBeInTheDocument();
});

describe("when the session expires", () => {
  it("keeps what was typed for after signing in, then goes to sign in", async () => {
    const { api, onCreated, user } = setup();
    api.failNext(problem(401, "Sign in first: the token is missing, expired or no longer valid."));
    await user.type(screen.getByLabelText("Title"), "Call the plumber");
    await user.selectOptions(screen.getByLabelText("Priority"), "high");
    await user.click(screen.getByRole("button", { name: "Add todo" }));

    expect(navigateTo).toHaveBeenCalledWith("/login?next=/");
    expect(JSON.parse(sessionStorage.getItem(DRAFTS_KEY)!)).toEqual({ add: { title: "Call the plumber", priority: "high" } });
    expect(onCreated).not.toHaveBeenCalled();
  });

  it("puts the draft back when the page loads again, once", async () => {
    sessionStorage.setItem(DRAFTS_KEY, JSON.stringify({ add: { title: "Call the plumber", priority: "high" } }));
    setup();
    expect(await screen.findByDisplayValue("Call the plumber")).toBe(screen.getByLabelText("Title"));
    expect(screen.getByLabelText("Priority")).toHaveValue("high");
    expect(screen.getByLabelText("Description")).toHaveValue("");
    expect(sessionStorage.getItem(DRAFTS_KEY)).toBeNull();
  });

  it("saves nothing when nothing was typed", () => {
    setup();
    sessionExpired();
    expect(sessionStorage.getItem(DRAFTS_KEY)).toBeNull();
  });
});
