"use client";
// Subscribes to the API's Server-Sent Events. The browser's EventSource
// reconnects by itself and resends Last-Event-ID; when it gives up (readyState
// CLOSED, e.g. after an HTTP error), we open a new one that names the last id
// seen in the query string, so no event is missed either way.
//
// A stream opened without an id to resume from starts at the backend's latest
// event, so whatever changed before it opened (while the list was loading, or
// while the backend was down) comes in no event: then the list is reloaded.
import { useEffect, useRef, useState } from "react";
import { getMe } from "./account-api";
import { TODO_EVENTS_PATH } from "./api";
import { TODO_EVENT_TYPES, TodoEventSchema, type TodoEvent } from "./schemas";

export const RECONNECT_DELAY_MS = 3000;
// "connecting" until the first stream opens or fails; "reconnecting" after that.
export type ConnectionState = "connecting" | "live" | "reconnecting";

export interface TodoEventHandlers {
  onEvent: (event: TodoEvent) => void;
  onReset: () => void; // what was missed is unknown: reload the list
}

export function eventsUrl(lastEventId: string | null): string {
  return lastEventId === null
    ? TODO_EVENTS_PATH
    : `${TODO_EVENTS_PATH}?last_event_id=${encodeURIComponent(lastEventId)}`;
}

export function useTodoEvents(handlers: TodoEventHandlers): ConnectionState {
  const [state, setState] = useState<ConnectionState>("connecting");
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let lastEventId: string | null = null;

    const remember = (message: MessageEvent) => {
      if (message.lastEventId) lastEventId = message.lastEventId;
    };
    const onTodoEvent = (message: MessageEvent) => {
      remember(message);
      let data: unknown;
      try {
        data = JSON.parse(String(message.data));
      } catch {
        data = null;
      }
      const parsed = TodoEventSchema.safeParse(data);
      if (parsed.success) handlersRef.current.onEvent(parsed.data);
      else handlersRef.current.onReset();
    };
    const onReset = (message: MessageEvent) => {
      remember(message);
      handlersRef.current.onReset();
    };

    const connect = () => {
      const current = new EventSource(eventsUrl(lastEventId));
      source = current;
      current.onopen = () => {
        setState("live");
        if (lastEventId === null) handlersRef.current.onReset();
      };
      current.onerror = () => {
        setState("reconnecting");
        if (current.readyState === EventSource.CLOSED) {
          current.close();
          // EventSource does not tell why it gave up: if it was a 401, so is
          // /users/me, which sends the browser to sign in. Other failures: retry.
          getMe().catch(() => undefined);
          retryTimer = setTimeout(connect, RECONNECT_DELAY_MS);
        }
      };
      for (const type of TODO_EVENT_TYPES) current.addEventListener(type, onTodoEvent);
      current.addEventListener("reset", onReset);
    };

    connect();
    return () => {
      clearTimeout(retryTimer);
      source?.close();
    };
  }, []);

  return state;
}
