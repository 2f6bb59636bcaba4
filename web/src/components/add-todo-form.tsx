"use client";
import { useId } from "react";
import { createTodo } from "@/lib/api";
import { EMPTY_TODO_FORM, type Todo } from "@/lib/schemas";
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
