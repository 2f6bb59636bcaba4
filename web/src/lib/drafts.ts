// What the user typed, kept in sessionStorage (this tab only, gone when it
// closes) across the trip to the sign-in page when a session expires, and put
// back when the todo page loads again. Draft text only: never a token.
import * as z from "zod/mini";
import { PrioritySchema, type TodoFormValues } from "./schemas";

export const DRAFTS_KEY = "todo-drafts";

// "add" is the new-todo form; "edit:<id>" the edit form of that todo.
export type DraftName = "add" | `edit:${number}`;
// Only the fields the user changed: restored over the form's current values,
// so an edit draft does not undo what others changed in the other fields meanwhile.
export type Draft = Partial<TodoFormValues>;

const DraftSchema = z.partial(
  z.object({ title: z.string(), description: z.string(), priority: PrioritySchema, due_date: z.string() }),
) satisfies z.ZodMiniType<Draft>;
const DraftsSchema = z.record(z.string(), DraftSchema);
type Drafts = z.infer<typeof DraftsSchema>;

function readDrafts(): Drafts {
  try {
    const parsed = DraftsSchema.safeParse(JSON.parse(sessionStorage.getItem(DRAFTS_KEY) ?? "{}"));
    return parsed.success ? parsed.data : {};
  } catch {
    return {}; // not JSON (a corrupted value), or no sessionStorage (the server)
  }
}

function writeDrafts(drafts: Drafts): void {
  if (Object.keys(drafts).length === 0) sessionStorage.removeItem(DRAFTS_KEY);
  else sessionStorage.setItem(DRAFTS_KEY, JSON.stringify(drafts));
}

export function saveDraft(name: DraftName, draft: Draft): void {
  writeDrafts({ ...readDrafts(), [name]: draft });
}

export function readDraft(name: DraftName): Draft | null {
  return readDrafts()[name] ?? null;
}

// Once restored, a draft is gone: it must not come back on the next visit.
export function removeDraft(name: DraftName): void {
  const { [name]: removed, ...rest } = readDrafts();
  if (removed !== undefined) writeDrafts(rest);
}
