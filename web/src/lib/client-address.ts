// The address a request came from, passed on to the API as X-Forwarded-For,
// so that its per-address sign-in throttle counts each client, not this server
// (every request the API gets from the web tier comes from the web tier).
//
// Next.js records the connection's address in X-Forwarded-For when a request
// arrives without one. When it arrives with one, the last entry is what the
// nearest proxy saw: Traefik, in front of the Swarm stack, replaces whatever a
// client sends with the address it saw. A client that reaches this server
// directly can send a header of its own and pick the address it is counted
// as; the per-account limit still holds, and a proxy in front closes the gap.
export function clientAddress(headers: Headers): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  return hops.at(-1) ?? null;
}

// The upstream request's X-Forwarded-For: the one address, or none.
export function forwardClientAddress(from: Headers, to: Headers): void {
  const address = clientAddress(from);
  if (address !== null) to.set("X-Forwarded-For", address);
}
