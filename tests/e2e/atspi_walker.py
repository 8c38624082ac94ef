"""Reads a running app over AT-SPI, from outside, as a screen reader does. Run by harness.py.

This runs under Debian's /usr/bin/python3 (it has ``gi`` and Atspi; the project's venv does not)
and talks to the test over a pipe: one JSON request per line on stdin, one JSON reply per line
on stdout. Requests are ``{"op": ..., ...}``; replies are ``{"ok": true, ...}`` or
``{"ok": false, "error": "..."}``.

- ``attach {pid, timeout}``: find the application with that process id and turn libatspi's
  cache off for it, so every value read afterwards is live.
- ``tree {}``: every showing object, depth first (a hidden page's subtree is left out).
- ``node {id}``: one object again, read now (``id`` is its AT-SPI object path).
- ``focus {}`` / ``wait_focus {after, timeout}``: the focused object, as reported by
  ``object:state-changed:focused`` (checked against its live state); ``seq`` counts focus
  changes, so "wait for focus to move after this key" is ``wait_focus(after=seq)``;
  ``seq {}`` is the count alone.

Objects are reported as ``{id, role, name, description, states, extents: [x, y, w, h],
text, value, parent, depth}``; extents are screen coordinates.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import selectors
import signal
import sys
import time
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

TEXT_ROLES = {"text", "entry", "password text", "paragraph", "terminal", "document text"}
ITEM_ROLES = {"list item", "table cell", "tree item", "table row", "column header", "table column header"}
VIEW_ROLES = {"list", "list box", "table", "tree", "tree table"}
# Each question over the bus costs about a millisecond, and a page has a few hundred objects:
# Qt's buttons, labels and fields have no children, and its plain containers no description.
LEAVES = {"push button", "check box", "radio button", "toggle button", "label", "text", "table cell"}
PLAIN_CONTAINERS = {"filler", "panel"}
VALUE_ROLES = {"scroll bar", "slider", "spin button", "progress bar"}


class Walker:
    def __init__(self) -> None:
        Atspi.init()
        self.app: Any = None
        self.pid = 0
        self.objects: dict[str, Any] = {}
        self.focused: Any = None
        self.seq = 0
        self.busy = 0
        self.context = GLib.MainContext.default()
        self.listener = Atspi.EventListener.new(self._focus_event)
        self.listener.register("object:state-changed:focused")

    # --- events ---------------------------------------------------------------------------

    def _focus_event(self, event: Any) -> None:
        if not event.detail1:
            return
        source = event.source
        try:
            if source is None or source.get_process_id() != self.pid:
                return
        except GLib.Error:
            return
        self.focused = source
        self.seq += 1

    def pump(self, seconds: float = 0.0) -> None:
        """Let libatspi deliver what has arrived (events come through GLib's main loop)."""
        end = time.monotonic() + seconds
        while True:
            # Bounded: a steady stream of events must not keep us here for ever.
            for _ in range(500):
                if not self.context.iteration(False):
                    break
            else:
                self.busy += 1
            if time.monotonic() >= end:
                return
            time.sleep(0.005)

    # --- reading objects -------------------------------------------------------------------

    def describe(self, obj: Any, parent: str = "", depth: int = 0, states: Any = None) -> dict[str, Any]:
        states = states or obj.get_state_set()
        nicks = sorted(s.value_nick for s in states.get_states())
        try:
            box = obj.get_extents(Atspi.CoordType.SCREEN)
            extents = [box.x, box.y, box.width, box.height]
        except GLib.Error:
            extents = [0, 0, 0, 0]
        # (Asking which interfaces an object has costs an introspection call: go by role.)
        role = obj.get_role_name()
        text = None
        if role in TEXT_ROLES:
            with contextlib.suppress(GLib.Error):
                text = Atspi.Text.get_text(obj, 0, -1)
        value = None
        if role in VALUE_ROLES:
            with contextlib.suppress(GLib.Error):
                value = Atspi.Value.get_current_value(obj)
        self.objects[obj.path] = obj
        return {
            "id": obj.path,
            "role": role,
            "name": obj.get_name() or "",
            "description": "" if role in PLAIN_CONTAINERS else obj.get_description() or "",
            "states": nicks,
            "extents": extents,
            "text": text,
            "value": value,
            "parent": parent,
            "depth": depth,
        }

    def tree(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []

        def walk(obj: Any, parent: str, depth: int, states: Any) -> None:
            node = self.describe(obj, parent, depth, states)
            out.append(node)
            if node["role"] in LEAVES:
                return
            for index in range(obj.get_child_count()):
                child = obj.get_child_at_index(index)
                if child is None:
                    continue
                child_states = child.get_state_set()
                if depth >= 1 and not child_states.contains(Atspi.StateType.SHOWING):
                    continue  # a hidden page or dialog: not what a person can reach now
                walk(child, obj.path, depth + 1, child_states)

        walk(self.app, "", 0, None)
        return out

    def has_focus(self, obj: Any) -> bool:
        """Focused, really: Qt marks the current item of a list or table "focused" even while
        the list itself does not have the keyboard (the file dialog's side bar)."""
        try:
            if not obj.get_state_set().contains(Atspi.StateType.FOCUSED):
                return False
            if obj.get_role_name() in ITEM_ROLES:
                holder = obj.get_parent()
                while holder is not None and holder.get_role_name() not in VIEW_ROLES:
                    holder = holder.get_parent()
                return holder is None or holder.get_state_set().contains(Atspi.StateType.FOCUSED)
        except GLib.Error:
            return False  # gone (a page rebuilt)
        return True

    def current_focus(self) -> dict[str, Any] | None:
        self.pump()
        if self.focused is not None and self.has_focus(self.focused):
            return self.describe(self.focused)
        for node in reversed(self.tree()):
            obj = self.objects[node["id"]]
            if "focused" in node["states"] and self.has_focus(obj):
                self.focused = obj
                return node
        return None

    # --- requests ----------------------------------------------------------------------------

    def attach(self, pid: int, timeout: float) -> dict[str, Any]:
        self.pid = pid
        end = time.monotonic() + timeout
        while True:
            desktop = Atspi.get_desktop(0)
            for index in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(index)
                try:
                    if app is not None and app.get_process_id() == pid:
                        app.set_cache_mask(Atspi.Cache.NONE)
                        self.app = app
                        return {"name": app.get_name()}
                except GLib.Error:
                    continue
            if time.monotonic() > end:
                raise TimeoutError(f"no application with process id {pid} on the accessibility bus")
            self.pump(0.05)

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        op = request.get("op")
        if op == "attach":
            return self.attach(int(request["pid"]), float(request.get("timeout", 20)))
        if self.app is None:
            raise RuntimeError("attach first")
        if op == "tree":
            self.pump()
            return {"nodes": self.tree()}
        if op == "node":
            obj = self.objects.get(request["id"])
            if obj is None:
                raise KeyError(f"unknown object {request['id']}")
            return {"node": self.describe(obj)}
        if op == "seq":
            self.pump()
            return {"seq": self.seq}
        if op == "focus":
            return {"seq": self.seq, "node": self.current_focus()}
        if op == "wait_focus":
            after = int(request["after"])
            end = time.monotonic() + float(request.get("timeout", 5))
            while self.seq <= after and time.monotonic() < end:
                self.pump(0.01)
            return {"seq": self.seq, "moved": self.seq > after, "node": self.current_focus()}
        raise ValueError(f"unknown op {op!r}")


def main() -> None:
    faulthandler.register(signal.SIGUSR1)  # kill -USR1 <pid>: where is it stuck?
    walker = Walker()
    selector = selectors.DefaultSelector()
    selector.register(sys.stdin, selectors.EVENT_READ)
    while True:
        if not selector.select(timeout=0.02):
            walker.pump()
            continue
        line = sys.stdin.readline()
        if not line:
            return
        start = time.monotonic()
        try:
            reply = {"ok": True, **walker.handle(json.loads(line))}
        except Exception as error:  # any failure goes back to the test as text
            reply = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()
        print(f"{time.monotonic() - start:7.3f} s {line.strip()[:80]}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
