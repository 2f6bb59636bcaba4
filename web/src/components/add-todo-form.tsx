"use client";
import { useEffect, useId } from "react";
import { createTodo } from "@/lib/api";
import { readDraft, removeDraft } from "@/lib/drafts";
import { EMPTY_TODO_FORM, type Todo } from "@/lib/schemas";
import { useDraftKeeper } from "@/lib/use-draft-keeper";
import { useTodoForm } from "@/lib/use-todo-form";
import { ErrorMessage } from "./error-message";
import { fieldId, TodoFields } from "./todo-fields";

interface AddTodoFormProps {
  onCreated: (todo: Todo) => void;
}

export function AddTodoForm({ onCreated }: AddTodoFormProps) {
  const idPrefix = useId();
  const form = useTodoForm(EMPTY_TODO_FORM, async (payload) => {
    onCreated(await createTodo(payload));
    return true;
  });
  const { values, setValues } = form;

  // What was typed when the session expired comes back after signing in: in
  // an effect, as the server-rendered form cannot know this tab's storage.
  useEffect(() => {
    const draft = readDraft("add");
    if (!draft) return;
    removeDraft("add");
    setValues({ ...EMPTY_TODO_FORM, ...draft });
  }, [setValues]);
  useDraftKeeper("add", values, EMPTY_TODO_FORM, true);

  async function save() {
    const { saved, invalidField } = await form.submit();
    if (saved) form.setValues(EMPTY_TODO_FORM);
    // After a save, the next todo starts in Title; after an error, the field at fault.
    const focusField = saved ? "title" : invalidField;
    if (focusField) document.getElementById(fieldId(idPrefix, focusField))?.focus();
  }

  return (
    <form
      aria-label="Add a todo"
      className="add-todo-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TodoFields idPrefix={idPrefix} values={form.values} errors={form.fieldErrors} onChange={form.setField} />
      {form.formError && (
        <ErrorMessage message={form.formError.message} onRetry={form.formError.retryable ? () => void save() : undefined} />
      )}
      <button type="submit" disabled={form.submitting}>
        Add todo
      </button>
    </form>
  );
}
