// The browser's address, behind two functions: components call these, and
// tests replace them (jsdom cannot navigate).
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

// A full page load, not a client-side navigation: nothing of the page left
// behind (the previous account's todos, a dead event stream) survives it.
export function navigateTo(url: string): void {
  window.location.assign(url);
}
