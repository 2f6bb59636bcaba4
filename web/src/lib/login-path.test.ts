import { loginPath, safeNextPath } from "./login-path";

it("keeps a path of this app, with its query and fragment", () => {
  expect(safeNextPath("/")).toBe("/");
  expect(safeNextPath("/?completed=true#list")).toBe("/?completed=true#list");
  expect(safeNextPath("/a/../b")).toBe("/b");
});

it.each([
  "https://evil.example/",
  "//evil.example",
  "/\\evil.example",
  "/\t/evil.example",
  "/\t/[",
  "javascript:alert(1)",
  "evil",
  "",
])("turns %j into /, not another site", (next) => {
  expect(safeNextPath(next)).toBe("/");
});

it("ignores a missing or repeated ?next=", () => {
  expect(safeNextPath(undefined)).toBe("/");
  expect(safeNextPath(["/a", "/b"])).toBe("/");
});

it("names where to come back to, with readable slashes", () => {
  expect(loginPath("/")).toBe("/login?next=/");
  expect(loginPath("/?q=a&b=c")).toBe("/login?next=/%3Fq%3Da%26b%3Dc");
});
