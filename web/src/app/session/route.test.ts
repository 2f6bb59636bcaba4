/**
 * @jest-environment node
 */
import { DELETE, MAX_CREDENTIALS_BYTES, POST } from "./route";

const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
const TOKEN = "w3S0m3-0paque_t0ken";
const SAME_ORIGIN = { Origin: "http://web.test" };

beforeEach(() => {
  process.env.BACKEND_URL = "http://backend.test:8000";
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const signIn = (body: unknown, headers: Record<string, string> = SAME_ORIGIN) =>
  POST(
    new Request("http://web.test/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
const signOut = (headers: Record<string, string> = SAME_ORIGIN) =>
  DELETE(new Request("http://web.test/session", { method: "DELETE", headers }));
const tokenAnswer = () =>
  Response.json({ access_token: TOKEN, token_type: "bearer", expires_in: 28800 }, { status: 200 });

describe("POST /session", () => {
  it("signs in with the API's form and keeps the token in an HttpOnly cookie only", async () => {
    fetchMock.mockResolvedValue(tokenAnswer());
    const response = await signIn(
      { email: "ada@example.com", password: "correct horse battery" }, // pragma: allowlist secret
      { ...SAME_ORIGIN, "X-Forwarded-For": "203.0.113.7" },
    );

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("http://backend.test:8000/api/v1/auth/login");
    expect(new Headers(init.headers).get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(new Headers(init.headers).get("x-forwarded-for")).toBe("203.0.113.7"); // counted as the client, not us
    expect(Object.fromEntries(init.body as URLSearchParams)).toEqual({
      username: "ada@example.com",
      password: "correct horse battery", // pragma: allowlist secret
    });

    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie.split("; ")).toEqual([`todo_session=${TOKEN}`, "Path=/", "Max-Age=28800", "HttpOnly", "SameSite=Lax"]);
  });

  it("marks the cookie Secure outside development and tests", async () => {
    const nodeEnv = process.env.NODE_ENV;
    Object.assign(process.env, { NODE_ENV: "production" });
    try {
      fetchMock.mockResolvedValue(tokenAnswer());
      const response = await signIn({ email: "ada@example.com", password: "pw" }); // pragma: allowlist secret
      expect(response.headers.get("set-cookie")).toMatch(/; Secure$/);
    } finally {
      Object.assign(process.env, { NODE_ENV: nodeEnv });
    }
  });

  it.each([
    [401, "Wrong email or password.", {}],
    [403, "This account is disabled; ask an admin.", {}],
    [429, "Too many failed attempts; try again in 60 s.", { "Retry-After": "60" }],
  ])("passes the API's %i through as problem details, with no cookie", async (status, detail, headers) => {
    const body = { type: "about:blank", title: "Error", status, detail };
    fetchMock.mockResolvedValue(
      Response.json(body, {
        status,
        headers: { "Content-Type": "application/problem+json", "WWW-Authenticate": "Bearer", ...headers },
      }),
    );
    const response = await signIn({ email: "ada@example.com", password: "wrong" }); // pragma: allowlist secret
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toBe(status === 429 ? "60" : null);
    expect(response.headers.get("www-authenticate")).toBeNull();
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.json()).toEqual(body);
  });

  it("passes a 422's errors through", async () => {
    const body = {
      type: "about:blank",
      title: "Unprocessable Entity",
      status: 422,
      detail: "The request is not valid; see `errors`.",
      errors: [{ loc: ["body", "password"], msg: "too long", type: "string_too_long" }],
    };
    fetchMock.mockResolvedValue(Response.json(body, { status: 422, headers: { "Content-Type": "application/problem+json" } }));
    const response = await signIn({ email: "ada@example.com", password: "x".repeat(2000) });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual(body);
  });

  it("refuses a body that is not an email and a password, without asking the API", async () => {
    for (const body of ["not json", { email: "ada@example.com" }, { email: 1, password: "x" }, ""]) {
      const response = await signIn(body);
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    const huge = await signIn({ email: "a@b.c", password: "x".repeat(MAX_CREDENTIALS_BYTES) });
    expect(huge.status).toBe(413);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("refuses a cross-site sign-in (login CSRF), and one with no Origin that carries the session cookie", async () => {
    const origins: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Cookie: "todo_session=tok" }];
    for (const headers of origins) {
      const response = await signIn({ email: "ada@example.com", password: "pw" }, headers); // pragma: allowlist secret
      expect(response.status).toBe(403);
      expect((await response.json()).detail).toMatch(/^Cross-site request refused: /);
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("answers 502 when the API is down or answers 200 without a token fit for a cookie", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"));
    fetchMock.mockResolvedValueOnce(Response.json({ hello: "world" }));
    fetchMock.mockResolvedValueOnce(Response.json({ access_token: "a; Domain=evil.example", expires_in: 60 }));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await signIn({ email: "ada@example.com", password: "pw" }); // pragma: allowlist secret
      expect(response.status).toBe(502);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });
});

describe("DELETE /session", () => {
  it("ends the API's session with the cookie's token and clears the cookie", async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const response = await signOut({ ...SAME_ORIGIN, Cookie: `todo_session=${TOKEN}` });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("http://backend.test:8000/api/v1/auth/logout");
    expect(init.method).toBe("POST");
    expect(new Headers(init.headers).get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toBe("todo_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
  });

  it("clears the cookie even when the API cannot be told, or there was no session", async () => {
    fetchMock.mockRejectedValue(new TypeError("fetch failed"));
    const failed = await signOut({ ...SAME_ORIGIN, Cookie: `todo_session=${TOKEN}` });
    expect(failed.status).toBe(204);
    expect(failed.headers.get("set-cookie")).toContain("Max-Age=0");

    fetchMock.mockClear();
    const without = await signOut();
    expect(without.status).toBe(204);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("refuses a cross-site sign-out", async () => {
    const response = await signOut({ Origin: "https://evil.example", Cookie: `todo_session=${TOKEN}` });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
