import { DRAFTS_KEY, readDraft, removeDraft, saveDraft } from "./drafts";

beforeEach(() => sessionStorage.clear());

it("keeps drafts under one sessionStorage key until they are removed", () => {
  saveDraft("add", { title: "Buy milk" });
  saveDraft("edit:7", { description: "two litres", priority: "high" });
  expect(JSON.parse(sessionStorage.getItem(DRAFTS_KEY)!)).toEqual({
    add: { title: "Buy milk" },
    "edit:7": { description: "two litres", priority: "high" },
  });
  expect(readDraft("add")).toEqual({ title: "Buy milk" });

  removeDraft("add");
  expect(readDraft("add")).toBeNull();
  expect(readDraft("edit:7")).toEqual({ description: "two litres", priority: "high" });
  removeDraft("edit:7");
  expect(sessionStorage.getItem(DRAFTS_KEY)).toBeNull();
});

it("ignores a stored value that is not drafts", () => {
  sessionStorage.setItem(DRAFTS_KEY, "{not json");
  expect(readDraft("add")).toBeNull();
  sessionStorage.setItem(DRAFTS_KEY, JSON.stringify({ add: { priority: "urgent" } }));
  expect(readDraft("add")).toBeNull();
  removeDraft("add");
  expect(sessionStorage.getItem(DRAFTS_KEY)).not.toBeNull();
});
