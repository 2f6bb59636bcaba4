// When the API says 401 (the session expired, or was ended elsewhere), the
// browser goes to the sign-in page and comes back here afterwards. Forms with
// unsaved text register a saver first, so that text survives the trip.
import { currentPath, navigateTo } from "./browser-location";
import { loginPath } from "./login-path";

type Saver = () => void;
const savers = new Set<Saver>();

// Returns the function that unregisters it: an effect's cleanup.
export function onSessionExpiry(save: Saver): () => void {
  savers.add(save);
  return () => {
    savers.delete(save);
  };
}

// Idempotent: the list, the event stream and a form may all meet the same 401.
export function sessionExpired(): void {
  for (const save of savers) save();
  navigateTo(loginPath(currentPath()));
}
