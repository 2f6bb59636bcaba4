"use client";
// State shared by the add and edit forms: the typed values (kept when a save
// fails), zod validation before sending, and the server's 422 mapped onto the
// same fields.
import { useState } from "react";
import { errorMessage, fieldErrorsOf, NetworkError, type FieldErrors } from "./api";
import { TODO_FIELDS, TodoFormSchema, toTodoPayload, type TodoCreate, type TodoField, type TodoFormValues } from "./schemas";

export interface FormError {
  message: string;
  retryable: boolean;
}

// Resolves true when saved; false when the caller already showed why it was not.
export type SaveTodo = (payload: TodoCreate) => Promise<boolean>;

export function useTodoForm(initial: TodoFormValues, save: SaveTodo) {
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  function setField(field: TodoField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  }

  // Returns the first field in error, so the form can move focus to it.
  async function submit(): Promise<{ saved: boolean; invalidField?: TodoField }> {
    setFormError(null);
    const parsed = TodoFormSchema.safeParse(values);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as TodoField;
        errors[field] ??= issue.message;
      }
      setFieldErrors(errors);
      return { saved: false, invalidField: TODO_FIELDS.find((field) => errors[field]) };
    }
    setFieldErrors({});
    setSubmitting(true);
    try {
      return { saved: await save(toTodoPayload(parsed.data)) };
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      const invalidField = TODO_FIELDS.find((field) => serverErrors[field]);
      if (invalidField) setFieldErrors(serverErrors);
      else setFormError({ message: errorMessage(error), retryable: error instanceof NetworkError });
      return { saved: false, invalidField };
    } finally {
      setSubmitting(false);
    }
  }

  return { values, setValues, fieldErrors, formError, submitting, setField, submit };
}
