"""A full-stack Todo app that teaches itself: FastAPI + SQLModel backend, Next.js UI, containers, CI and infrastructure, written as literate notebooks.

Modules:

- `todo_app.migrations.versions.todos.0001_create_todo_and_event`: Create the todo table and the event outbox."""

__version__ = "0.1.0"
