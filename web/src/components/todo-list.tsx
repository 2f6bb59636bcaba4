import type { Todo } from "@/lib/schemas";
import { TodoItem } from "./todo-item";

interface TodoListProps {
  todos: Todo[];
  onChanged: (todo: Todo) => void;
  onRemoved: (id: number) => void;
}

export function TodoList({ todos, onChanged, onRemoved }: TodoListProps) {
  if (todos.length === 0) return <p className="empty">No todos here.</p>;
  return (
    <ul aria-label="Todos" className="todo-list">
      {todos.map((todo) => (
        <TodoItem key={todo.id} todo={todo} onChanged={onChanged} onRemoved={onRemoved} />
      ))}
    </ul>
  );
}
