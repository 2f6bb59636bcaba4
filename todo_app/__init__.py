"""A full-stack Todo app that teaches itself: FastAPI + SQLModel backend, Next.js UI, containers, CI and infrastructure, written as literate notebooks.

Modules:

- `todo_app.migrations.versions.todos.0001_create_todo_and_event`: Create the todo table and the event outbox.
- `todo_app.migrations.versions.todos.0002_todo_owner`: Give todos and their events an owner (empty until a feature that knows users fills it).
- `todo_app.migrations.versions.users.0001_users`: Accounts, their sessions, password resets and failed sign-ins."""

__version__ = "0.1.0"
