// RFC 9457 problem details answered by this web tier itself (the /api proxy,
// /session), in the same shape as the API's, so the browser reads every error alike.
export function problem(status: number, title: string, detail: string, requestId: string): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, detail }), {
    status,
    headers: { "Content-Type": "application/problem+json", "X-Request-ID": requestId },
  });
}
