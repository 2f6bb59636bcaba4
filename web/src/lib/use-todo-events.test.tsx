import { act, render, screen, waitFor } from "@testing-library/react";
import { ConnectionStatus } from "@/components/connection-status";
import { jsonResponse, makeTodo, problem } from "../../test-utils/fake-api";
import { FakeEventSource } from "../../test-utils/fake-event-source";
import { sessionExpired } from "./session-expiry";
import { RECONNECT_DELAY_MS, useTodoEvents, type TodoEventHandlers } from "./use-todo-events";

jest.mock("./session-expiry", () => ({ sessionExpired: jest.fn() }));

function Probe(handlers: TodoEventHandlers) {
  return <ConnectionStatus state={useTodoEvents(handlers)} />;
}

function setup() {
  const handlers = { onEvent: jest.fn(), onReset: jest.fn() };
  const view = render(<Probe {...handlers} />);
  return { ...handlers, ...view, source: FakeEventSource.latest() };
}

const fetchMock = jest.fn();
beforeEach(() => {
  FakeEventSource.install();
  jest.mocked(sessionExpired).mockClear();
  fetchMock.mockReset();
  global.fetch = fetchMock;
});

it("says Connecting… at first, Live while the stream is open and Reconnecting… after it dropped", () => {
  const { source } = setup();
  expect(screen.getByRole("status")).toHaveTextContent("Connecting…");
  expect(screen.getByRole("status")).not.toHaveTextContent("Reconnecting");
  act(() => source.open());
  expect(screen.getByRole("status")).toHaveTextContent("Live");
  act(() => source.fail());
  expect(screen.getByRole("status")).toHaveTextContent("Reconnecting…");
});

it("passes todo events on and asks for a refetch on reset or garbage", () => {
  const { source, onEvent, onReset } = setup();
  const todo = makeTodo();
  act(() => source.emit("todo.created", { type: "todo.created", todo, at: "2026-11-01T00:00:00Z" }, "4"));
  expect(onEvent).toHaveBeenCalledWith({ type: "todo.created", todo, at: "2026-11-01T00:00:00Z" });
  act(() => source.emit("reset", { type: "reset" }, "9"));
  act(() => source.emit("todo.updated", "not json", "10"));
  expect(onReset).toHaveBeenCalledTimes(2);
});

it("reopens a closed stream from the last event id it saw", () => {
  jest.useFakeTimers();
  try {
    const { source, unmount } = setup();
    act(() => source.emit("todo.deleted", { type: "todo.deleted", todo: { id: 1 }, at: "x" }, "41"));
    act(() => source.fail(true));
    expect(FakeEventSource.instances).toHaveLength(1);
    act(() => jest.advanceTimersByTime(RECONNECT_DELAY_MS));
    expect(FakeEventSource.latest().url).toBe("/api/v1/todos/events?last_event_id=41");
    unmount();
    expect(FakeEventSource.latest().readyState).toBe(FakeEventSource.CLOSED);
  } finally {
    jest.useRealTimers();
  }
});

it("reloads the list when a stream opens with no event id to resume from", () => {
  const { source, onReset } = setup();
  act(() => source.open());
  expect(onReset).toHaveBeenCalledTimes(1);

  act(() => source.emit("todo.deleted", { type: "todo.deleted", todo: { id: 1 }, at: "x" }, "7"));
  act(() => source.fail());
  act(() => source.open()); // the browser resent Last-Event-ID: 7, the server replays
  expect(onReset).toHaveBeenCalledTimes(1);
});

it("asks whether the session ended when the stream gives up, and sends an expired one to sign in", async () => {
  jest.useFakeTimers();
  try {
    fetchMock.mockResolvedValueOnce(problem(401, "Sign in first")).mockResolvedValueOnce(jsonResponse(200, {}));
    const { source } = setup();
    act(() => source.fail(true));
    expect(fetchMock).toHaveBeenCalledWith("/api/v1/users/me", expect.anything());
    await waitFor(() => expect(sessionExpired).toHaveBeenCalledTimes(1));

    // Still signed in: the stream failed for another reason, and reopens.
    act(() => jest.advanceTimersByTime(RECONNECT_DELAY_MS));
    act(() => FakeEventSource.latest().fail(true));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(sessionExpired).toHaveBeenCalledTimes(1);
  } finally {
    jest.useRealTimers();
  }
});

it("does not ask when the browser is only reconnecting by itself", () => {
  const { source } = setup();
  act(() => source.fail());
  expect(fetchMock).not.toHaveBeenCalled();
});
