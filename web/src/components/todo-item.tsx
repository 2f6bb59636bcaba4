"use client";
import { useEffect, useId, useRef, useState } from "react";
import { deleteTodo, errorMessage, getTodo, isNotFound, isStale, NetworkError, updateTodo } from "@/lib/api";
import { readDraft, removeDraft } from "@/lib/drafts";
import { changedFields, todoToFormValues, type Todo, type TodoFormValues } from "@/lib/schemas";
import { useDraftKeeper } from "@/lib/use-draft-keeper";
import { useTodoForm } from "@/lib/use-todo-form";
import { ErrorMessage } from "./error-message";
import { fieldId, TodoFields } from "./todo-fields";

interface TodoItemProps {
  todo: Todo;
  onChanged: (todo: Todo) => void;
  onRemoved: (id: number) => void;
}

type Mode = "view" | "edit" | "confirm-delete";

// After a conflict, the fields the user changed keep their text; the others
// take the current version, so saving again does not undo the other change.
function keepTyped(typed: TodoFormValues, base: TodoFormValues, fresh: TodoFormValues): TodoFormValues {
  return { ...fresh, ...changedFields(typed, base) };
}

interface ActionError {
  message: string;
  retry?: () => void;
}

export function TodoItem({ todo, onChanged, onRemoved }: TodoItemProps) {
  const idPrefix = useId();
  // An edit that an expired session interrupted reopens with what was typed.
  // Read while rendering: items render in the browser only, once the list has loaded.
  const draftName = `edit:${todo.id}` as const;
  const [draft] = useState(() => readDraft(draftName));
  const [mode, setMode] = useState<Mode>(draft ? "edit" : "view");
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const [actionError, setActionError] = useState<ActionError | null>(null);
  // The checkbox shows the new state at once, and falls back to the todo's own if the change fails.
  const [pendingCompleted, setPendingCompleted] = useState<boolean | null>(null);
  // The version the user started editing from: a save must not silently
  // overwrite a change that arrived (live) while they were typing.
  const [editVersion, setEditVersion] = useState(todo.version);
  // The values the edit form started from: a field that differs from them was typed.
  const [editBase, setEditBase] = useState(() => todoToFormValues(todo));
  const editButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);

  const form = useTodoForm({ ...todoToFormValues(todo), ...draft }, async (payload) => {
    try {
      onChanged(await updateTodo(todo.id, payload, editVersion));
    } catch (error) {
      if (!isStale(error)) throw error;
      setStale(true);
      return false;
    }
    focusEditButton.current = true;
    setMode("view");
    return true;
  });

  useEffect(() => {
    if (mode === "view" && focusEditButton.current) {
      focusEditButton.current = false;
      editButton.current?.focus();
    }
    if (mode === "edit") document.getElementById(fieldId(idPrefix, "title"))?.focus();
    if (mode === "confirm-delete") confirmButton.current?.focus();
  }, [mode, idPrefix]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setActionError(null);
    try {
      await action();
    } catch (error) {
      if (isStale(error)) setStale(true);
      else if (isNotFound(error)) onRemoved(todo.id);
      else setActionError({ message: errorMessage(error), retry: error instanceof NetworkError ? () => void run(action) : undefined });
    } finally {
      setBusy(false);
    }
  }

  const toggle = async () => {
    const completed = !todo.completed;
    setPendingCompleted(completed);
    await run(async () => onChanged(await updateTodo(todo.id, { completed }, todo.version)));
    setPendingCompleted(null);
  };
  const remove = () => run(async () => {
    await deleteTodo(todo.id, todo.version);
    onRemoved(todo.id);
  });
  const reload = () => run(async () => {
    const fresh = await getTodo(todo.id);
    onChanged(fresh);
    const freshValues = todoToFormValues(fresh);
    form.setValues((typed) => keepTyped(typed, editBase, freshValues));
    setEditBase(freshValues);
    setEditVersion(fresh.version);
    setStale(false);
  });

  function startEditing() {
    const values = todoToFormValues(todo);
    form.setValues(values);
    setEditBase(values);
    setEditVersion(todo.version);
    setMode("edit");
  }

  useDraftKeeper(draftName, form.values, editBase, mode === "edit");
  useEffect(() => removeDraft(draftName), [draftName]);

  function cancel() {
    focusEditButton.current = true;
    setStale(false);
    setMode("view");
  }

  return (
    <li className={`todo-item${todo.completed ? " todo-item--done" : ""}`} aria-busy={busy || form.submitting}>
      <div className="todo-item__main">
        <input
          id={`${idPrefix}-done`}
          type="checkbox"
          checked={pendingCompleted ?? todo.completed}
          disabled={busy}
          onChange={() => void toggle()}
        />
        <label htmlFor={`${idPrefix}-done`} className="todo-item__title">
          {todo.title}
        </label>
        <span className={`priority priority--${todo.priority}`}>{todo.priority}</span>
        {todo.due_date && <span className="todo-item__due">due {todo.due_date}</span>}
      </div>
      {todo.description && mode !== "edit" && <p className="todo-item__description">{todo.description}</p>}

      {mode === "edit" && (
        <form
          aria-label={`Edit “${todo.title}”`}
          className="todo-item__edit"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void form.submit().then(({ invalidField }) => {
              if (invalidField) document.getElementById(fieldId(idPrefix, invalidField))?.focus();
            });
          }}
        >
          <TodoFields idPrefix={idPrefix} values={form.values} errors={form.fieldErrors} onChange={form.setField} />
          {form.formError && (
            <ErrorMessage
              message={form.formError.message}
              onRetry={form.formError.retryable ? () => void form.submit() : undefined}
            />
          )}
          <div className="actions">
            <button type="submit" disabled={form.submitting}>
              Save
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      )}

      {mode === "view" && (
        <div className="actions">
          <button type="button" ref={editButton} onClick={startEditing}>
            Edit
          </button>
          <button type="button" onClick={() => setMode("confirm-delete")}>
            Delete
          </button>
        </div>
      )}

      {mode === "confirm-delete" && (
        <div role="group" aria-label={`Delete “${todo.title}”?`} className="actions actions--confirm">
          <span>Delete this todo?</span>
          <button type="button" ref={confirmButton} disabled={busy} onClick={() => void remove()}>
            Confirm delete
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}

      {stale && (
        <div role="alert" className="error-message">
          <p>Someone else changed this todo since you loaded it, so nothing was saved.</p>
          <button type="button" onClick={() => void reload()}>
            Reload
          </button>
        </div>
      )}
      {actionError && <ErrorMessage message={actionError.message} onRetry={actionError.retry} />}
    </li>
  );
}
