"""A fake Indico 3.3 that serves the recorded answers and keeps check-in state.

One model, two ways in: ``transport()`` (httpx.MockTransport, for unit tests) and
``serve()`` (a real HTTP server on 127.0.0.1, for `kiosk enroll` and sync end to end). Faults
are queued in ``faults``: each request takes the next one, if any, instead of its answer.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

RECORDED = Path(__file__).parent / "recorded"
TOKEN = "indp_6Yq2m8R1sWfT0vK3hN9cJ4eLxA7bZ5uD"
EVENT_ID = 1234
FORM_ID = 56
CHECKED_IN_AT = "2022-05-30T08:02:31.118204+00:00"  # what the fake says when it checks in


def recorded(name: str) -> Any:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Fault:
    """An answer to give instead of the real one: a status, a body and headers."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    timeout: bool = False  # raise a read timeout instead of answering (MockTransport only)


@dataclass(slots=True)
class Call:
    method: str
    path: str
    authorization: str


class FakeIndico:
    """Event 1234 with form 56 (and 57 unless ``single_form``) and the recorded registrations."""

    def __init__(self, *, single_form: bool = True, legacy_list: bool = True) -> None:
        self.token = TOKEN
        self.forms = recorded("forms_single.json" if single_form else "forms.json")
        self.registrations: dict[int, dict[str, Any]] = {
            r["id"]: r for r in recorded("registrations.json")
        }
        self.legacy_list = legacy_list
        self.faults: list[Fault] = []
        self.calls: list[Call] = []
        self.patches: list[int] = []  # registration ids each check-in PATCH named
        self._lock = threading.Lock()

    def checked_in(self) -> set[int]:
        return {i for i, r in self.registrations.items() if r["checked_in"]}

    def handle(self, method: str, path: str, authorization: str, body: bytes) -> Fault:
        with self._lock:
            self.calls.append(Call(method, path, authorization))
            if self.faults:
                return self.faults.pop(0)
            if authorization != f"Bearer {self.token}":
                return json_answer(401, recorded("error_401_invalid_token.json"))
            return self._route(method, path, body)

    def _route(self, method: str, path: str, body: bytes) -> Fault:
        base = f"/api/checkin/event/{EVENT_ID}"
        if path == f"{base}/":
            return json_answer(200, recorded("event.json"))
        if path == f"{base}/forms/":
            return json_answer(200, self.forms)
        if path == f"{base}/forms/{FORM_ID}/":
            return json_answer(200, recorded("form.json"))
        if path == f"{base}/forms/{FORM_ID}/registrations/":
            return json_answer(200, list(self.registrations.values()))
        if path == f"/api/events/{EVENT_ID}/registrants" and self.legacy_list:
            return json_answer(200, self._legacy())
        found = re.fullmatch(rf"{base}/forms/{FORM_ID}/registrations/(\d+)", path)
        if found and int(found[1]) in self.registrations:
            return self._registration(method, int(found[1]), body)
        return json_answer(404, recorded("error_404.json"))

    def _registration(self, method: str, registration_id: int, body: bytes) -> Fault:
        registration = self.registrations[registration_id]
        if method == "PATCH":
            self.patches.append(registration_id)
            if json.loads(body).get("checked_in") is True and not registration["checked_in"]:
                registration["checked_in"] = True
                registration["checked_in_dt"] = CHECKED_IN_AT
        full = RECORDED / f"registration_{registration_id}.json"
        details = recorded(full.name)["registration_data"] if full.exists() else []
        return json_answer(200, {**registration, "registration_data": details})

    def _legacy(self) -> dict[str, Any]:
        answer = copy.deepcopy(recorded("registrants.json"))
        for item in answer["registrants"]:
            item["checked_in"] = self.registrations[int(item["registrant_id"])]["checked_in"]
        return answer

    def transport(self) -> httpx.MockTransport:
        def answer(request: httpx.Request) -> httpx.Response:
            reply = self.handle(
                request.method,
                request.url.path,
                request.headers.get("authorization", ""),
                request.content,
            )
            if reply.timeout:
                raise httpx.ReadTimeout("timed out", request=request)
            return httpx.Response(reply.status, headers=reply.headers, content=reply.body)

        return httpx.MockTransport(answer)

    @contextmanager
    def serve(self) -> Iterator[str]:
        """Serve on 127.0.0.1; yields the server's root URL."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                reply = fake.handle(
                    self.command, self.path, self.headers.get("Authorization", ""), body
                )
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_PATCH = _answer  # noqa: N815 (http.server's names)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: pytest shows failures, not every request

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()


def json_answer(status: int, data: Any, headers: dict[str, str] | None = None) -> Fault:
    """A JSON answer, as Flask's jsonify sends it."""
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Fault(status, body, {"Content-Type": "application/json", **(headers or {})})
