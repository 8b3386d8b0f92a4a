"""The agent's connections, bounded before any token is read: no client can hold it open for
nothing. Uvicorn closes idle keep-alive connections but waits forever for request headers that
never finish, so a few hundred half-open connections would use up the process's files and shut
everyone else out. Here:

- a request's headers must arrive within ``header_timeout_s`` of its first byte (or of the
  connection), or the connection is closed;
- at most ``max_connections`` are open; one more closes the oldest that is still waiting for its
  headers (or idle between requests), and only when every one is serving a request is the new one
  closed instead, so a real client gets in while a flood goes on;
- the listening socket takes at most ``max_connections`` at a time from the kernel's queue
  (``backlog``), so a burst is accepted no faster than connections are closed;
- what was closed is counted for ``/health`` and said on stderr once, not once per connection.

Slow bodies are bounded by the application (``server.py``), which knows when it reads one.
"""

from __future__ import annotations

import asyncio
import resource
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

FILES_KEPT_FREE = 64  # files the agent keeps for itself (its table, its child, its logs)


@dataclass
class ConnectionGuard:
    max_connections: int = 256
    header_timeout_s: float = 10.0
    closed: dict[str, int] = field(
        default_factory=lambda: {"slow_headers": 0, "over_limit": 0, "out_of_files": 0}
    )
    _said: set[str] = field(default_factory=set)

    def close(self, transport: Any, why: str) -> None:
        if not transport.is_closing():
            transport.close()
        self.count(why)

    def count(self, why: str) -> None:
        self.closed[why] += 1
        if why not in self._said:  # once: a flood must not become a flood of log lines
            self._said.add(why)
            print(f"nas agent: closing connections ({_REASONS[why]}); /health counts them", file=sys.stderr)

    def watch(self, loop: asyncio.AbstractEventLoop) -> None:
        """The event loop's failed ``accept()`` calls (out of files: a burst faster than
        connections close) counted and said once, not a traceback each."""

        def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            if "out of system resource" in str(context.get("message", "")):
                self.count("out_of_files")
            else:
                loop.default_exception_handler(context)

        loop.set_exception_handler(handler)


_REASONS = {
    "slow_headers": "request headers unfinished after the header timeout",
    "over_limit": "more connections than the agent's limit",
    "out_of_files": "accepted faster than they closed: the process ran out of open files",
}


def connections_allowed(wanted: int) -> int:
    """``wanted``, or fewer where the process may not open that many files; the soft limit on
    open files is raised to the hard one first."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        soft = hard
    if soft == resource.RLIM_INFINITY:
        return wanted
    return max(1, min(wanted, soft - FILES_KEPT_FREE))


def guarded_protocol(guard: ConnectionGuard) -> type[H11Protocol]:
    """Uvicorn's HTTP/1.1 protocol under ``guard``'s limits (``uvicorn.Config(http=...)``)."""

    class Guarded(H11Protocol):
        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self.opened_at = time.monotonic()
            self.header_deadline: Any = None
            if len(self.connections) > guard.max_connections:
                evicted = _evictable(self.connections)
                guard.close((evicted or self).transport, "over_limit")
            self._watch_headers()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            self._watch_headers()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_watching()
            super().connection_lost(exc)

        def waiting_for_headers(self) -> bool:
            return bool(self.conn.their_state is h11.IDLE)

        def _watch_headers(self) -> None:
            if not self.waiting_for_headers():
                self._stop_watching()
            elif self.header_deadline is None and not self.transport.is_closing():
                self.header_deadline = self.loop.call_later(guard.header_timeout_s, self._headers_late)

        def _stop_watching(self) -> None:
            if self.header_deadline is not None:
                self.header_deadline.cancel()
                self.header_deadline = None

        def _headers_late(self) -> None:
            self.header_deadline = None
            if self.waiting_for_headers():
                guard.close(self.transport, "slow_headers")

    return Guarded


def _evictable(connections: set[Any]) -> Any:
    """The oldest connection that serves no request: waiting for headers, or idle."""
    idle = [
        c
        for c in connections
        if c.waiting_for_headers()
        and not c.transport.is_closing()
        and (c.cycle is None or c.cycle.response_complete)
    ]
    return min(idle, key=lambda c: c.opened_at, default=None)
