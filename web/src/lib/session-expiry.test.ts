import { navigateTo } from "./browser-location";
import { onSessionExpiry, sessionExpired } from "./session-expiry";

jest.mock("./browser-location", () => ({ currentPath: () => "/?completed=false", navigateTo: jest.fn() }));

it("saves the registered drafts, then goes to sign in and back to where it was", () => {
  const save = jest.fn();
  const unregister = onSessionExpiry(save);
  sessionExpired();
  expect(save).toHaveBeenCalledTimes(1);
  expect(navigateTo).toHaveBeenCalledWith("/login?next=/%3Fcompleted%3Dfalse");

  unregister();
  sessionExpired();
  expect(save).toHaveBeenCalledTimes(1);
});
