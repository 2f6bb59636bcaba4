import { TodoApp } from "@/components/todo-app";

// The home page: the todo list, inside the shell of layout.tsx.
export default function HomePage() {
  return <TodoApp />;
}
