"use client";
import { useEffect, useState } from "react";
import type { Sort } from "@/lib/schemas";

export type Filter = "all" | "active" | "completed";

export const FILTERS: { value: Filter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "active", label: "Active" },
  { value: "completed", label: "Completed" },
];

export const SORT_LABELS: Record<Sort, string> = {
  "-created_at": "Newest first",
  created_at: "Oldest first",
  due_date: "Due date, soonest first",
  "-due_date": "Due date, latest first",
  "-priority": "Priority, high to low",
  priority: "Priority, low to high",
  title: "Title, A to Z",
  "-title": "Title, Z to A",
};

export const SEARCH_DEBOUNCE_MS = 300;

interface TodoToolbarProps {
  filter: Filter;
  sort: Sort;
  onFilterChange: (filter: Filter) => void;
  onSortChange: (sort: Sort) => void;
  onSearch: (text: string) => void; // called once typing pauses
}

export function TodoToolbar({ filter, sort, onFilterChange, onSortChange, onSearch }: TodoToolbarProps) {
  const [search, setSearch] = useState("");
  const [submitted, setSubmitted] = useState("");

  useEffect(() => {
    if (search === submitted) return;
    const timer = setTimeout(() => {
      setSubmitted(search);
      onSearch(search);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, submitted, onSearch]);

  return (
    <div className="toolbar">
      <div role="group" aria-label="Show" className="filters">
        {FILTERS.map(({ value, label }) => (
          <button key={value} type="button" aria-pressed={filter === value} onClick={() => onFilterChange(value)}>
            {label}
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor="todo-search">Search</label>
        <input id="todo-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="todo-sort">Sort by</label>
        <select id="todo-sort" value={sort} onChange={(event) => onSortChange(event.target.value as Sort)}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
