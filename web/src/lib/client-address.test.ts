import { clientAddress, forwardClientAddress } from "./client-address";

test("is the address the nearest hop recorded: the last entry", () => {
  expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
  expect(clientAddress(new Headers({ "x-forwarded-for": "10.0.0.1, 198.51.100.9 ,203.0.113.7" }))).toBe("203.0.113.7");
});

test("is none without the header, or with an empty one", () => {
  expect(clientAddress(new Headers())).toBeNull();
  expect(clientAddress(new Headers({ "x-forwarded-for": " , " }))).toBeNull();
});

test("is passed on as a single X-Forwarded-For, or not at all", () => {
  const upstream = new Headers({ "X-Request-ID": "r1" });
  forwardClientAddress(new Headers({ "x-forwarded-for": "a, b" }), upstream);
  expect(upstream.get("x-forwarded-for")).toBe("b");
  const none = new Headers();
  forwardClientAddress(new Headers(), none);
  expect(none.has("x-forwarded-for")).toBe(false);
});
