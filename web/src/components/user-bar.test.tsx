import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { navigateTo } from "@/lib/browser-location";
import { sessionExpired } from "@/lib/session-expiry";
import { jsonResponse, problem } from "../../test-utils/fake-api";
import { UserBar } from "./user-bar";

jest.mock("@/lib/browser-location", () => ({ navigateTo: jest.fn() }));
jest.mock("@/lib/session-expiry", () => ({ sessionExpired: jest.fn() }));

const fetchMock = jest.fn();
const ada = { id: 3, email: "ada@example.com", is_admin: false, is_active: true, created_at: "2026-11-20T09:30:00Z" };

beforeEach(() => {
  jest.clearAllMocks();
  fetchMock.mockReset();
  global.fetch = fetchMock;
});

it("shows who is signed in, and signs out to the sign-in page", async () => {
  fetchMock.mockResolvedValueOnce(jsonResponse(200, ada)).mockResolvedValueOnce(jsonResponse(204, null));
  render(<UserBar />);
  expect(await screen.findByText("ada@example.com")).toBeInTheDocument();
  expect(fetchMock.mock.calls[0][0]).toBe("/api/v1/users/me");

  await userEvent.setup().click(screen.getByRole("button", { name: "Sign out" }));
  expect(fetchMock.mock.calls[1]).toEqual(["/session", expect.objectContaining({ method: "DELETE" })]);
  expect(navigateTo).toHaveBeenCalledWith("/login");
});

it("says why signing out failed, and stays", async () => {
  fetchMock.mockResolvedValueOnce(jsonResponse(200, ada)).mockRejectedValueOnce(new TypeError("Failed to fetch"));
  render(<UserBar />);
  await userEvent.setup().click(screen.getByRole("button", { name: "Sign out" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Could not reach the server");
  expect(navigateTo).not.toHaveBeenCalled();
  expect(screen.getByRole("button", { name: "Sign out" })).toBeEnabled();
});

it("sends an expired session to sign in", async () => {
  fetchMock.mockResolvedValue(problem(401, "Sign in first: the token is missing, expired or no longer valid."));
  render(<UserBar />);
  await waitFor(() => expect(sessionExpired).toHaveBeenCalled());
  expect(screen.queryByText(/@/)).not.toBeInTheDocument();
});
