"""The fault proxy itself, against a tiny HTTP server on 127.0.0.1 that records what reaches it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from faultproxy import FAULTS, Fault, RandomPolicy, ScriptedPolicy, fault_proxy


class _Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: list[tuple[str, bytes]] = []
        self.lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    server: _Recorder

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with self.server.lock:
            self.server.received.append((self.path, body))
            count = len(self.server.received)
        self._answer({"echo": body.decode(), "count": count, "padding": "x" * 2000})

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.received.append((self.path, b""))
        self._answer({"path": self.path})

    def _answer(self, payload: dict[str, object]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


@pytest.fixture
def upstream() -> Iterator[_Recorder]:
    server = _Recorder()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _post(url: str, payload: str = "one") -> httpx.Response:
    return httpx.post(f"{url}/api/v1/outbox", content=payload.encode(), timeout=5)


def test_pass_forwards_the_request_and_the_answer_untouched(upstream: _Recorder) -> None:
    with fault_proxy(upstream.server_port, ScriptedPolicy([Fault.PASS])) as proxy:
        response = _post(proxy.url, "hello")
        get = httpx.get(f"{proxy.url}/api/v1/changes?since=4", timeout=5)
    assert response.json()["echo"] == "hello"
    assert get.json() == {"path": "/api/v1/changes?since=4"}
    assert upstream.received == [("/api/v1/outbox", b"hello"), ("/api/v1/changes?since=4", b"")]


def test_drop_closes_the_connection_before_the_registry_sees_anything(upstream: _Recorder) -> None:
    with fault_proxy(upstream.server_port, ScriptedPolicy([Fault.DROP])) as proxy:
        with pytest.raises(httpx.RemoteProtocolError):
            _post(proxy.url)
        assert proxy.stats[Fault.DROP] == 1
    assert upstream.received == []


def test_drop_after_loses_the_answer_of_a_request_the_registry_handled(upstream: _Recorder) -> None:
    policy = ScriptedPolicy([Fault.DROP_AFTER])
    with (
        fault_proxy(upstream.server_port, policy) as proxy,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        _post(proxy.url, "done")
    assert upstream.received == [("/api/v1/outbox", b"done")]


def test_duplicate_reaches_the_registry_twice_and_answers_once(upstream: _Recorder) -> None:
    with fault_proxy(upstream.server_port, ScriptedPolicy([Fault.DUPLICATE])) as proxy:
        response = _post(proxy.url, "twice")
    assert response.json()["count"] == 2  # the kiosk sees the second handling's answer
    assert upstream.received == [("/api/v1/outbox", b"twice")] * 2


def test_replay_later_sends_an_old_request_again_after_newer_ones(upstream: _Recorder) -> None:
    faults = [Fault.REPLAY_LATER, Fault.PASS]
    with fault_proxy(upstream.server_port, ScriptedPolicy(faults), max_delay_s=0.2) as proxy:
        assert _post(proxy.url, "old").json()["echo"] == "old"
        assert _post(proxy.url, "new").json()["echo"] == "new"
        proxy.drain()
    assert [body for _, body in upstream.received] == [b"old", b"new", b"old"]


def test_hold_lets_a_later_request_overtake(upstream: _Recorder) -> None:
    faults = [Fault.HOLD, Fault.PASS]
    with fault_proxy(upstream.server_port, ScriptedPolicy(faults), max_delay_s=2.0) as proxy:
        held = threading.Thread(target=_post, args=(proxy.url, "first"))
        held.start()
        _wait_for(lambda: proxy.stats[Fault.HOLD] == 1)
        assert _post(proxy.url, "second").json()["echo"] == "second"
        held.join(timeout=10)
    assert [body for _, body in upstream.received] == [b"second", b"first"]


def test_truncate_cuts_the_answer_in_half(upstream: _Recorder) -> None:
    policy = ScriptedPolicy([Fault.TRUNCATE])
    with (
        fault_proxy(upstream.server_port, policy) as proxy,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        _post(proxy.url)  # fewer bytes than Content-Length
    assert len(upstream.received) == 1


@pytest.mark.parametrize(
    ("fault", "status", "reached"),
    [(Fault.ERROR_500, 500, 0), (Fault.ERROR_503, 503, 0), (Fault.ERROR_AFTER, 502, 1)],
)
def test_error_answers_come_from_the_proxy(
    upstream: _Recorder, fault: Fault, status: int, reached: int
) -> None:
    with fault_proxy(upstream.server_port, ScriptedPolicy([fault])) as proxy:
        response = _post(proxy.url)
    assert response.status_code == status
    assert len(upstream.received) == reached


def test_garbage_is_a_200_whose_body_is_not_the_answer(upstream: _Recorder) -> None:
    with fault_proxy(upstream.server_port, ScriptedPolicy([Fault.GARBAGE] * 20)) as proxy:
        bodies = [_post(proxy.url, f"n{i}") for i in range(20)]
    assert all(response.status_code == 200 for response in bodies)
    assert not any(b'"echo"' in response.content for response in bodies)
    assert len(upstream.received) == 20  # the registry did the work; only the answer is spoiled


def test_delay_still_delivers(upstream: _Recorder) -> None:
    with fault_proxy(upstream.server_port, ScriptedPolicy([Fault.DELAY] * 3)) as proxy:
        echoes = [_post(proxy.url, f"d{i}").json()["echo"] for i in range(3)]
    assert echoes == ["d0", "d1", "d2"]


def test_a_seeded_policy_repeats_itself_and_uses_every_fault() -> None:
    def run(seed: int) -> list[Fault]:
        policy = RandomPolicy(seed, fault_rate=0.5)
        return [policy.choose(None) for _ in range(400)]  # type: ignore[arg-type]

    assert run(7) == run(7)
    assert run(7) != run(8)
    assert set(run(7)) == {Fault.PASS, *FAULTS}


def test_a_kiosk_sees_failures_and_successes_under_random_faults(upstream: _Recorder) -> None:
    ok = failed = 0
    with fault_proxy(upstream.server_port, RandomPolicy(3, fault_rate=0.5), 0.05) as proxy:
        for i in range(60):
            try:
                response = _post(proxy.url, f"r{i}")
                ok += response.status_code == 200 and b'"echo"' in response.content
                failed += not (response.status_code == 200 and b'"echo"' in response.content)
            except httpx.HTTPError:
                failed += 1
        proxy.drain()
        sent = proxy.upstream_sent
    assert ok > 20
    assert failed > 10
    assert len(upstream.received) == sent  # the proxy counts what it delivered


def _wait_for(condition: object, timeout_s: float = 5.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def test_several_upstreams_take_requests_in_turn(upstream: _Recorder) -> None:
    second = _Recorder()
    thread = threading.Thread(target=second.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        ports = [upstream.server_port, second.server_port]
        with fault_proxy(ports, ScriptedPolicy([])) as proxy:
            for n in range(4):
                _post(proxy.url, f"b{n}")
    finally:
        second.shutdown()
        second.server_close()
    assert [body for _, body in upstream.received] == [b"b0", b"b2"]
    assert [body for _, body in second.received] == [b"b1", b"b3"]
