import { TodoFormSchema, toTodoPayload, todoToFormValues, TodoEventSchema } from "./schemas";
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
