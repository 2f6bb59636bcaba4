// The same rule as the backend's: keep a caller's id when it is safe to log.
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

export function isValidRequestId(value: string | null): value is string {
  return value !== null && REQUEST_ID_PATTERN.test(value);
}

export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  return isValidRequestId(incoming) ? incoming : crypto.randomUUID();
}
