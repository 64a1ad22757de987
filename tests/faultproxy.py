"""A fault-injecting HTTP proxy on 127.0.0.1, for sync tests: the venue network at its worst.

It sits between kiosks and the registry and, request by request, lets a seeded random policy
decide what the network does with it:

- ``PASS``: forwarded and answered untouched;
- ``DELAY``: held for a random while, then forwarded;
- ``DROP``: the connection is closed before the registry sees the request;
- ``DROP_AFTER``: the registry handles the request, the answer is lost (the retry case);
- ``DUPLICATE``: the registry receives the request twice, the kiosk sees one answer;
- ``REPLAY_LATER``: answered normally, and a copy reaches the registry again later, after
  newer requests (a duplicate that is also out of order);
- ``HOLD``: held until a later request has overtaken it (or a short time), so requests from
  several kiosks reach the registry in another order than they were sent;
- ``TRUNCATE``: the answer is cut in half and the connection closed;
- ``ERROR_500`` / ``ERROR_503``: the proxy answers by itself, the registry never sees it;
- ``ERROR_AFTER``: the registry handles the request, the kiosk gets a 502 instead of its answer;
- ``GARBAGE``: the registry handles the request, the kiosk gets a 200 with a body of garbage.

Given several registry ports it hands requests to them in turn, as a load balancer in front of
several registry processes would. HTTP/1.1 with ``Content-Length`` bodies only (what httpx
sends for JSON). Every request goes to the registry on its own connection with
``Connection: close`` and every answer to the kiosk ends its connection, so one fault never
leaks into the next request. The proxy runs its own asyncio loop in a thread, so synchronous
tests and subprocesses can use it alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import itertools
import random
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

HEAD_LIMIT = 64 * 1024
BODY_LIMIT = 16 * 1024 * 1024


class Fault(enum.Enum):
    PASS = "pass"
    DELAY = "delay"
    DROP = "drop"
    DROP_AFTER = "drop-after"
    DUPLICATE = "duplicate"
    REPLAY_LATER = "replay-later"
    HOLD = "hold"
    TRUNCATE = "truncate"
    ERROR_500 = "error-500"
    ERROR_503 = "error-503"
    ERROR_AFTER = "error-after"
    GARBAGE = "garbage"


FAULTS = tuple(fault for fault in Fault if fault is not Fault.PASS)


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    head: bytes  # request line and headers, without the blank line
    body: bytes

    def to_upstream(self) -> bytes:
        """The request as the registry gets it: on a connection of its own, closed after."""
        return _with_connection_close(self.head) + b"\r\n\r\n" + self.body


class Policy(Protocol):
    def choose(self, request: Request) -> Fault: ...


class RandomPolicy:
    """Seeded: the same seed and the same requests give the same faults."""

    def __init__(self, seed: int, fault_rate: float = 0.35, faults: Sequence[Fault] = FAULTS):
        self.random = random.Random(seed)
        self.fault_rate = fault_rate
        self.faults = tuple(faults)

    def choose(self, request: Request) -> Fault:
        if self.random.random() >= self.fault_rate:
            return Fault.PASS
        return self.random.choice(self.faults)


class ScriptedPolicy:
    """Faults in a given order, then ``PASS`` for ever: for unit tests of each fault."""

    def __init__(self, faults: Sequence[Fault]) -> None:
        self._faults = list(faults)

    def choose(self, request: Request) -> Fault:
        return self._faults.pop(0) if self._faults else Fault.PASS


class FaultProxy:
    """Listens on 127.0.0.1 (a free port) and forwards to ``upstream`` on 127.0.0.1: one port,
    or several taken in turn."""

    def __init__(
        self, upstream: int | Sequence[int], policy: Policy, max_delay_s: float = 0.2
    ) -> None:
        ports = [upstream] if isinstance(upstream, int) else list(upstream)
        self._upstreams = itertools.cycle(ports)
        self.policy = policy
        self.max_delay_s = max_delay_s
        self.port = 0
        self.stats: Counter[Fault] = Counter()
        self.upstream_sent = 0  # requests that reached the registry, copies included
        self._random = random.Random(0)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._background: set[asyncio.Task[None]] = set()
        self._forwarded: asyncio.Condition | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def drain(self, timeout_s: float = 30.0) -> None:
        """Wait until every late replay and held request has reached the registry."""
        asyncio.run_coroutine_threadsafe(self._drain(), self._loop).result(timeout=timeout_s)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> None:
        self._forwarded = asyncio.Condition()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=HEAD_LIMIT)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _drain(self) -> None:
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*list(self._background), return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._background.add(task)
        try:
            request = await _read_request(reader)
            if request is not None:
                fault = self.policy.choose(request)
                self.stats[fault] += 1
                await self._apply(fault, request, writer)
        except (ConnectionError, asyncio.IncompleteReadError, OSError):
            pass  # the kiosk went away (a timeout, a kill): nothing to answer
        except asyncio.CancelledError:
            pass  # the proxy is stopping: end quietly (asyncio logs a cancelled server task)
        finally:
            self._background.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _apply(self, fault: Fault, request: Request, writer: asyncio.StreamWriter) -> None:
        if fault in (Fault.DROP, Fault.ERROR_500, Fault.ERROR_503):
            writer.write(_own_answer(fault))
            await writer.drain()
            return
        if fault is Fault.DELAY:
            await asyncio.sleep(self._random.uniform(0, self.max_delay_s))
        elif fault is Fault.HOLD:
            await self._overtaken(self.max_delay_s * 3)
        answer = await self._forward(request)
        if fault is Fault.DUPLICATE:
            answer = await self._forward(request)
        elif fault is Fault.REPLAY_LATER:
            self._spawn(self._replay(request))
        writer.write(_tampered(fault, answer, self._random))
        await writer.drain()

    async def _forward(self, request: Request) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", next(self._upstreams))
        try:
            writer.write(request.to_upstream())
            await writer.drain()
            self.upstream_sent += 1
            answer = await reader.read(-1)
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
        assert self._forwarded is not None
        async with self._forwarded:
            self._forwarded.notify_all()
        return answer

    async def _overtaken(self, timeout_s: float) -> None:
        assert self._forwarded is not None
        with contextlib.suppress(TimeoutError):
            async with self._forwarded:
                await asyncio.wait_for(self._forwarded.wait(), timeout_s)

    async def _replay(self, request: Request) -> None:
        await asyncio.sleep(self._random.uniform(self.max_delay_s / 2, self.max_delay_s * 2))
        with contextlib.suppress(OSError):
            await self._forward(request)

    def _spawn(self, coroutine: object) -> None:
        task: asyncio.Task[None] = self._loop.create_task(coroutine)  # type: ignore[arg-type]
        self._background.add(task)
        task.add_done_callback(self._background.discard)


@contextlib.contextmanager
def fault_proxy(
    upstream: int | Sequence[int], policy: Policy, max_delay_s: float = 0.2
) -> Iterator[FaultProxy]:
    proxy = FaultProxy(upstream, policy, max_delay_s).start()
    try:
        yield proxy
    finally:
        proxy.stop()


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None  # the client connected and left without a request
    except asyncio.LimitOverrunError as exc:
        raise ConnectionError("request head too long") from exc
    head = head[:-4]
    method, path = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")[:2]
    length = _content_length(head)
    if length > BODY_LIMIT:
        raise ConnectionError("request body too large for the proxy")
    body = await reader.readexactly(length) if length else b""
    return Request(method, path, head, body)


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
        if name.strip().lower() == b"transfer-encoding":
            raise ConnectionError("chunked request bodies are not supported by the test proxy")
    return 0


def _with_connection_close(head: bytes) -> bytes:
    lines = [
        line
        for line in head.split(b"\r\n")
        if line.partition(b":")[0].strip().lower() not in (b"connection", b"keep-alive")
    ]
    return b"\r\n".join([*lines, b"Connection: close"])


def _own_answer(fault: Fault) -> bytes:
    if fault is Fault.DROP:
        return b""
    status = (
        b"500 Internal Server Error" if fault is Fault.ERROR_500 else b"503 Service Unavailable"
    )
    return _answer(status, b"text/plain", b"injected by the fault proxy")


def _tampered(fault: Fault, answer: bytes, rng: random.Random) -> bytes:
    """What the kiosk gets back, given what the registry answered."""
    if fault is Fault.DROP_AFTER or not answer:
        return b""
    if fault is Fault.TRUNCATE:
        return answer[: len(answer) // 2]
    if fault is Fault.ERROR_AFTER:
        return _answer(b"502 Bad Gateway", b"text/plain", b"injected by the fault proxy")
    if fault is Fault.GARBAGE:
        return _answer(b"200 OK", b"application/json", _garbage(rng))
    head, _, body = answer.partition(b"\r\n\r\n")
    return _with_connection_close(head) + b"\r\n\r\n" + body


def _garbage(rng: random.Random) -> bytes:
    kinds = (
        lambda: bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))),
        lambda: b'{"results": [{"id": ',
        lambda: b'{"changes": "not a list", "next": "x", "more": 7}',
        lambda: b"[]",
        lambda: b"<html><body>captive portal: please accept the terms</body></html>",
    )
    return rng.choice(kinds)()


def _answer(status: bytes, content_type: bytes, body: bytes) -> bytes:
    head = b"HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close" % (
        status,
        content_type,
        len(body),
    )
    return head + b"\r\n\r\n" + body
