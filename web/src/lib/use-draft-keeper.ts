"use client";
import { useEffect } from "react";
import { saveDraft, type DraftName } from "./drafts";
import { changedFields, type TodoFormValues } from "./schemas";
import { onSessionExpiry } from "./session-expiry";

// While `keep` holds, an expiring session saves what was typed in the form
// (`values` where they differ from `base`) as the draft `name`, before the
// browser leaves for the sign-in page.
export function useDraftKeeper(name: DraftName, values: TodoFormValues, base: TodoFormValues, keep: boolean): void {
  useEffect(() => {
    if (!keep) return undefined;
    return onSessionExpiry(() => {
      const typed = changedFields(values, base);
      if (Object.keys(typed).length > 0) saveDraft(name, typed);
    });
  }, [name, values, base, keep]);
}
