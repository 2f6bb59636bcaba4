// Runtime checks for what crosses the wire. The types generated from the
// backend's OpenAPI schema (api-types.ts) are the contract; each zod schema
// below `satisfies` its generated type, so `tsc` reports any drift, and the
// app uses the stricter types zod infers. zod/mini has the same checks as
// zod in a tree-shakable form: it adds about 13 KiB less gzipped JavaScript
// to the page (see scripts/bench.mjs).
import * as z from "zod/mini";
import type { components, paths } from "./api-types";

type Schemas = components["schemas"];
type ListTodosQuery = NonNullable<paths["/api/v1/todos"]["get"]["parameters"]["query"]>;

export type Priority = Schemas["Priority"];
export type Sort = NonNullable<ListTodosQuery["sort"]>;
export type TodoCreate = Schemas["TodoCreate"];
export type TodoUpdate = Schemas["TodoUpdate"];

export const PRIORITIES = ["low", "medium", "high"] as const satisfies readonly Priority[];

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;

export const PrioritySchema = z.enum(PRIORITIES);

export const TodoSchema = z.object({
  id: z.int(),
  title: z.string(),
  description: z.nullable(z.string()),
  completed: z.boolean(),
  priority: PrioritySchema,
  due_date: z.nullable(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  version: z.int(),
}) satisfies z.ZodMiniType<Schemas["TodoPublic"]>;
export type Todo = z.infer<typeof TodoSchema>;

export const TodosPageSchema = z.object({
  items: z.array(TodoSchema),
  total: z.int(),
  limit: z.int(),
  offset: z.int(),
}) satisfies z.ZodMiniType<Schemas["TodosPage"]>;
export type TodosPage = z.infer<typeof TodosPageSchema>;

export const ValidationIssueSchema = z.object({
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  type: z.string(),
}) satisfies z.ZodMiniType<Schemas["ValidationIssue"]>;

// RFC 9457 problem details: every error the API (or our proxy) answers.
export const ProblemSchema = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  instance: z.optional(z.nullable(z.string())),
  errors: z.optional(z.nullable(z.array(ValidationIssueSchema))),
}) satisfies z.ZodMiniType<Schemas["Problem"]>;
export type ProblemWithErrors = z.infer<typeof ProblemSchema>;

// What the add and edit forms hold: strings straight from the inputs.
export const TodoFormSchema = z.object({
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: "Title is required." }),
      z.maxLength(TITLE_MAX, { error: `Title must be at most ${TITLE_MAX} characters.` }),
    ),
  description: z
    .string()
    .check(z.maxLength(DESCRIPTION_MAX, { error: `Description must be at most ${DESCRIPTION_MAX} characters.` })),
  priority: PrioritySchema,
  due_date: z.union([z.literal(""), z.iso.date({ error: "Enter a valid date." })]),
});
export type TodoFormValues = z.input<typeof TodoFormSchema>;
export type TodoField = keyof TodoFormValues;
export const TODO_FIELDS = ["title", "description", "priority", "due_date"] as const satisfies readonly TodoField[];

export const EMPTY_TODO_FORM: TodoFormValues = {
  title: "",
  description: "",
  priority: "medium",
  due_date: "",
};

// The body the API expects: empty optional inputs become null.
export function toTodoPayload(values: z.output<typeof TodoFormSchema>): TodoCreate {
  return {
    title: values.title,
    description: values.description.trim() === "" ? null : values.description,
    priority: values.priority,
    due_date: values.due_date === "" ? null : values.due_date,
  };
}

export function todoToFormValues(todo: Todo): TodoFormValues {
  return {
    title: todo.title,
    description: todo.description ?? "",
    priority: todo.priority,
    due_date: todo.due_date ?? "",
  };
}

// The fields of `values` that differ from `base`: what the user typed.
export function changedFields(values: TodoFormValues, base: TodoFormValues): Partial<TodoFormValues> {
  const changed: Partial<TodoFormValues> = {};
  for (const field of TODO_FIELDS) if (values[field] !== base[field]) Object.assign(changed, { [field]: values[field] });
  return changed;
}

export const TODO_EVENT_TYPES = ["todo.created", "todo.updated", "todo.deleted"] as const;

export const TodoEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("todo.created"), todo: TodoSchema, at: z.string() }),
  z.object({ type: z.literal("todo.updated"), todo: TodoSchema, at: z.string() }),
  z.object({ type: z.literal("todo.deleted"), todo: z.object({ id: z.int() }), at: z.string() }),
]);
export type TodoEvent = z.infer<typeof TodoEventSchema>;

// The accounts' routes come with phase 10's users feature, which pyproject.toml
// declares, so web/openapi.json has them and these schemas are checked too.

// An account as the API shows it (GET /api/v1/users/me, POST /api/v1/auth/signup).
export const UserPublicSchema = z.object({
  id: z.int(),
  email: z.string(),
  is_admin: z.boolean(),
  is_active: z.boolean(),
  created_at: z.string(),
}) satisfies z.ZodMiniType<Schemas["UserPublic"]>;
export type UserPublic = z.infer<typeof UserPublicSchema>;

// A 202's body (POST /api/v1/auth/password-reset): the same whether or not the address has an account.
export const AcceptedSchema = z.object({ detail: z.string() }) satisfies z.ZodMiniType<Schemas["Accepted"]>;

// What sign-in answers; only /session's server side ever sees it, never the browser.
export const TokenSchema = z.object({
  access_token: z.string(),
  token_type: z.optional(z.string()),
  expires_in: z.int().check(z.positive()),
}) satisfies z.ZodMiniType<Schemas["Token"]>;
