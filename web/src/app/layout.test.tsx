import { renderToStaticMarkup } from "react-dom/server";
import RootLayout from "./layout";
import { getBackendHealth } from "@/lib/backend";

jest.mock("@/lib/backend", () => ({ getBackendHealth: jest.fn() }));

// The layout renders <html>, which a test can only render as markup, not into the test's document.
async function renderLayout(): Promise<string> {
  return renderToStaticMarkup(await RootLayout({ children: <p>the page</p> }));
}

it("shows the title and the backend's version above the page", async () => {
  jest.mocked(getBackendHealth).mockResolvedValue({
    reachable: true,
    url: "http://api:8000",
    health: { status: "ok", version: "1.2.3" },
  });
  const html = await renderLayout();
  expect(html).toContain("<h1>Todo</h1>");
  expect(html).toContain("API ok, version 1.2.3");
  expect(html.indexOf("API ok")).toBeLessThan(html.indexOf("the page"));
});

it("says when the backend is down, without its address", async () => {
  jest.mocked(getBackendHealth).mockResolvedValue({ reachable: false, url: "http://api:8000", reason: "no answer" });
  const html = await renderLayout();
  expect(html).toContain('role="alert"');
  expect(html).toContain("The API is not reachable (no answer)");
  expect(html).not.toContain("api:8000");
});
