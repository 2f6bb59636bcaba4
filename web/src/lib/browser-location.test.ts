import { currentPath } from "./browser-location";

it("names the page by its path and query, which sign-in brings the browser back to", () => {
  window.history.pushState({}, "", "/?completed=true#list");
  expect(currentPath()).toBe("/?completed=true");
});
