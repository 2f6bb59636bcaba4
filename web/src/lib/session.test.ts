import { clearedSessionCookie, secureCookie, sessionCookie, sessionTokenFrom } from "./session";

it("makes the cookie Secure except under next dev and the tests, which run on plain http", () => {
  expect(secureCookie("production")).toBe(true);
  expect(secureCookie("development")).toBe(false);
  expect(secureCookie("test")).toBe(false);
});

it("writes the cookie's attributes, and a cookie that clears it", () => {
  expect(sessionCookie("abc", 60, "production")).toBe("todo_session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure");
  expect(clearedSessionCookie("production")).toBe("todo_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure");
});

it("finds the token among the request's cookies, and nothing that is not a token", () => {
  const token = (cookie: string) => sessionTokenFrom(new Headers({ Cookie: cookie }));
  expect(token("a=1; todo_session=Ab-_9.~+/=; b=2")).toBe("Ab-_9.~+/=");
  expect(token("todo_session=")).toBeNull();
  expect(token("todo_session=a,b")).toBeNull();
  expect(token("my_todo_session=abc")).toBeNull();
  expect(token(`todo_session=${"x".repeat(201)}`)).toBeNull();
  expect(sessionTokenFrom(new Headers())).toBeNull();
});
