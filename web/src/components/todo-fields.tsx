// The four inputs of a todo, shared by the add form and the edit form.
import type { FieldErrors } from "@/lib/api";
import { PRIORITIES, type TodoField, type TodoFormValues } from "@/lib/schemas";

export function fieldId(idPrefix: string, field: TodoField): string {
  return `${idPrefix}-${field}`;
}

interface TodoFieldsProps {
  idPrefix: string;
  values: TodoFormValues;
  errors: FieldErrors;
  onChange: (field: TodoField, value: string) => void;
}

export function TodoFields({ idPrefix, values, errors, onChange }: TodoFieldsProps) {
  const describe = (field: TodoField) => ({
    id: fieldId(idPrefix, field),
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": errors[field] ? `${fieldId(idPrefix, field)}-error` : undefined,
  });
  const error = (field: TodoField) =>
    errors[field] ? (
      <p id={`${fieldId(idPrefix, field)}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <div className="todo-fields">
      <div className="field field--title">
        <label htmlFor={fieldId(idPrefix, "title")}>Title</label>
        <input
          {...describe("title")}
          type="text"
          aria-required="true"
          value={values.title}
          onChange={(event) => onChange("title", event.target.value)}
        />
        {error("title")}
      </div>
      <div className="field field--description">
        <label htmlFor={fieldId(idPrefix, "description")}>Description</label>
        <textarea
          {...describe("description")}
          rows={2}
          value={values.description}
          onChange={(event) => onChange("description", event.target.value)}
        />
        {error("description")}
      </div>
      <div className="field">
        <label htmlFor={fieldId(idPrefix, "priority")}>Priority</label>
        <select
          {...describe("priority")}
          value={values.priority}
          onChange={(event) => onChange("priority", event.target.value)}
        >
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {priority}
            </option>
          ))}
        </select>
        {error("priority")}
      </div>
      <div className="field">
        <label htmlFor={fieldId(idPrefix, "due_date")}>Due date</label>
        <input
          {...describe("due_date")}
          type="date"
          value={values.due_date}
          onChange={(event) => onChange("due_date", event.target.value)}
        />
        {error("due_date")}
      </div>
    </div>
  );
}
