/**
 * @jest-environment node
 */
import { ownOrigins, refuseCrossSite } from "./same-origin";

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://0.0.0.0:3000/api/v1/todos", { method, headers });

it("knows this app by its listening address, the Host the browser asked for and PUBLIC_ORIGIN", () => {
  const origins = ownOrigins(request("POST", { Host: "localhost:3000" }), " https://todo.example ,not a url,");
  expect([...origins]).toEqual(["http://0.0.0.0:3000", "http://localhost:3000", "https://todo.example"]);
  expect([...ownOrigins(request("POST", {}), undefined)]).toEqual(["http://0.0.0.0:3000"]);
});

it("lets through safe methods whatever their Origin, and unsafe ones from this app", () => {
  expect(refuseCrossSite(request("GET", { Origin: "https://evil.example" }), "id")).toBeNull();
  expect(refuseCrossSite(request("POST", { Host: "localhost:3000", Origin: "http://localhost:3000" }), "id")).toBeNull();
});

it("trusts an origin in PUBLIC_ORIGIN, for a TLS proxy in front", () => {
  process.env.PUBLIC_ORIGIN = "https://todo.example";
  try {
    expect(refuseCrossSite(request("PATCH", { Host: "todo.example", Origin: "https://todo.example" }), "id")).toBeNull();
  } finally {
    delete process.env.PUBLIC_ORIGIN;
  }
  expect(refuseCrossSite(request("PATCH", { Host: "todo.example", Origin: "https://todo.example" }), "id")?.status).toBe(403);
});

it("answers 403 problem details to another origin and to none", async () => {
  const other = refuseCrossSite(request("DELETE", { Host: "localhost:3000", Origin: "http://localhost:3001" }), "rid")!;
  expect(other.status).toBe(403);
  expect(other.headers.get("content-type")).toBe("application/problem+json");
  expect(other.headers.get("x-request-id")).toBe("rid");
  expect(await other.json()).toEqual({
    type: "about:blank",
    title: "Forbidden",
    status: 403,
    detail: "Cross-site request refused: its Origin is not this app.",
  });
  const none = refuseCrossSite(request("PUT", { Host: "localhost:3000", Cookie: "todo_session=tok" }), "rid")!;
  expect((await none.json()).detail).toBe("Cross-site request refused: it has no Origin header.");
});

it("lets through a request with no Origin and no session cookie: not a browser's, and without credentials", () => {
  expect(refuseCrossSite(request("POST", { Host: "localhost:3000" }), "id")).toBeNull();
  expect(refuseCrossSite(request("POST", { Host: "localhost:3000", Cookie: "theme=dark" }), "id")).toBeNull();
});
