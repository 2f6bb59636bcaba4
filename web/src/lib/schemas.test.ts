import {
  AcceptedSchema,
  changedFields,
  EMPTY_TODO_FORM,
  TodoEventSchema,
  TodoFormSchema,
  TokenSchema,
  toTodoPayload,
  todoToFormValues,
  UserPublicSchema,
} from "./schemas";
import { makeTodo } from "../../test-utils/fake-api";

const valid = { title: "  Write phase 3  ", description: "", priority: "high", due_date: "" } as const;

describe("TodoFormSchema", () => {
  it("trims the title and turns empty optional inputs into null", () => {
    const parsed = TodoFormSchema.parse(valid);
    expect(toTodoPayload(parsed)).toEqual({ title: "Write phase 3", description: null, priority: "high", due_date: null });
  });

  it("rejects a blank title", () => {
    const result = TodoFormSchema.safeParse({ ...valid, title: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Title is required.");
  });

  it("rejects a title over 200 characters and a description over 2000", () => {
    const result = TodoFormSchema.safeParse({ ...valid, title: "x".repeat(201), description: "y".repeat(2001) });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["title", "description"]);
  });

  it("accepts exactly 200 title characters and a calendar date", () => {
    const result = TodoFormSchema.safeParse({ ...valid, title: "x".repeat(200), due_date: "2026-12-01" });
    expect(result.success).toBe(true);
  });
});

it("turns a todo into form values and back", () => {
  const todo = makeTodo({ description: "two litres", due_date: "2026-12-01" });
  const values = todoToFormValues(todo);
  expect(values).toEqual({ title: "Buy milk", description: "two litres", priority: "medium", due_date: "2026-12-01" });
  expect(todoToFormValues(makeTodo())).toMatchObject({ description: "", due_date: "" });
});

it("parses the three kinds of todo event", () => {
  expect(TodoEventSchema.parse({ type: "todo.deleted", todo: { id: 3 }, at: "2026-11-01T00:00:00Z" }).todo.id).toBe(3);
  expect(TodoEventSchema.safeParse({ type: "todo.created", todo: { id: 3 }, at: "x" }).success).toBe(false);
});

it("parses an account, and never needs its password", () => {
  const ada = { id: 3, email: "ada@example.com", is_admin: false, is_active: true, created_at: "2026-11-20T09:30:00Z" };
  expect(UserPublicSchema.parse(ada)).toEqual(ada);
  expect(UserPublicSchema.safeParse({ ...ada, id: "3" }).success).toBe(false);
});

it("parses the 202 of a reset request and a sign-in's token", () => {
  expect(AcceptedSchema.parse({ detail: "On its way." }).detail).toBe("On its way.");
  expect(TokenSchema.safeParse({ access_token: "t", expires_in: 60 }).success).toBe(true);
  expect(TokenSchema.safeParse({ access_token: "t", expires_in: 0 }).success).toBe(false);
});

it("names the fields that differ from where the form started", () => {
  expect(changedFields({ ...EMPTY_TODO_FORM, title: "x", priority: "high" }, EMPTY_TODO_FORM)).toEqual({ title: "x", priority: "high" });
  expect(changedFields(EMPTY_TODO_FORM, EMPTY_TODO_FORM)).toEqual({});
});
