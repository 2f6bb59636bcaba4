/**
 * @jest-environment node
 */
import { backendUrl, DEFAULT_BACKEND_URL, getBackendHealth, signInRequired } from "./backend";

const fetchMock = jest.fn();
beforeEach(() => {
  delete process.env.BACKEND_URL;
  fetchMock.mockReset();
  global.fetch = fetchMock;
});

it("defaults to the local backend", () => {
  expect(backendUrl()).toBe(DEFAULT_BACKEND_URL);
  process.env.BACKEND_URL = "http://api:8000/";
  expect(backendUrl()).toBe("http://api:8000");
});

it("reports the backend's health and version", async () => {
  fetchMock.mockResolvedValue(Response.json({ status: "ok", version: "0.1.0" }));
  expect(await getBackendHealth()).toEqual({
    reachable: true,
    url: DEFAULT_BACKEND_URL,
    health: { status: "ok", version: "0.1.0" },
  });
  expect(fetchMock.mock.calls[0][0]).toBe(`${DEFAULT_BACKEND_URL}/health`);
});

it("says why the backend counts as unreachable", async () => {
  fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"));
  fetchMock.mockResolvedValueOnce(new Response("down", { status: 503 }));
  fetchMock.mockResolvedValueOnce(Response.json({ hello: "world" }));
  expect(await getBackendHealth()).toMatchObject({ reachable: false, reason: "no answer" });
  expect(await getBackendHealth()).toMatchObject({ reachable: false, reason: "/health answered HTTP 503" });
  expect(await getBackendHealth()).toMatchObject({ reachable: false, reason: "/health answered with an unexpected body" });
});

it("asks the API whether it wants a signed-in caller", async () => {
  fetchMock.mockResolvedValueOnce(Response.json({ status: 401 }, { status: 401 }));
  fetchMock.mockResolvedValueOnce(Response.json({ status: 404 }, { status: 404 }));
  fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"));
  expect(await signInRequired()).toBe(true);
  expect(await signInRequired()).toBe(false); // no users feature: one shared list
  expect(await signInRequired()).toBe(false); // unreachable: the page reports it
  expect(fetchMock.mock.calls[0][0]).toBe(`${DEFAULT_BACKEND_URL}/api/v1/users/me`);
});
