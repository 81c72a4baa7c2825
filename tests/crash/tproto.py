"""tproto.py — the small protocol and process kit of the fault tests.

Owns: speaking tenured's wire protocol from Python (one compact JSON value per
'\n'-terminated line over a Unix socket), starting a private daemon on a temp
socket and data directory, waiting for it with a bounded ping retry, and
stopping it.  Used by tests/crash and tests/limits; knows nothing of the
daemon's internals.  Every wait here is bounded.
"""

import json
import os
import signal
import socket
import subprocess
import time
import zlib


class RpcError(Exception):
    """A JSON-RPC error reply: code and message."""

    def __init__(self, code, message, reply=None):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.reply = reply


class Conn:
    """One client connection with line framing and pipelining."""

    def __init__(self, path, timeout=10.0):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(path)
        self.buf = b""
        self.next_id = 1

    def close(self):
        """Close the socket (idempotent)."""
        try:
            self.sock.close()
        except OSError:
            pass

    def send_raw(self, data):
        """Send bytes as they are."""
        self.sock.sendall(data)

    def send(self, method, params=None, rid=None):
        """Send one request; returns its id."""
        if rid is None:
            rid = self.next_id
            self.next_id += 1
        req = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            req["params"] = params
        self.sock.sendall(json.dumps(req, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        return rid

    def recv_line(self, timeout=None):
        """One reply line (bytes, without '\n'); raises on EOF or timeout."""
        if timeout is not None:
            self.sock.settimeout(timeout)
        while b"\n" not in self.buf:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ConnectionError("connection closed by the daemon")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line

    def recv(self, timeout=None):
        """One reply, parsed."""
        return json.loads(self.recv_line(timeout))

    def call(self, method, params=None, timeout=None):
        """Request and reply; returns result or raises RpcError."""
        self.send(method, params)
        reply = self.recv(timeout)
        if "error" in reply:
            e = reply["error"]
            raise RpcError(e.get("code"), e.get("message"), reply)
        return reply.get("result")


def call(path, method, params=None, timeout=10.0):
    """One request on its own connection."""
    c = Conn(path, timeout)
    try:
        return c.call(method, params)
    finally:
        c.close()


def method_exists(path, method, params=None):
    """Whether the daemon knows a method (anything but -32601)."""
    try:
        call(path, method, params if params is not None else {})
        return True
    except RpcError as e:
        return e.code != -32601


def wait_ready(path, timeout=15.0, proc=None):
    """Bounded ping retry; True once the daemon answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            call(path, "ping", timeout=2.0)
            return True
        except (OSError, ValueError, RpcError, ConnectionError):
            time.sleep(0.02)
    return False


def tenured_path():
    """The daemon binary: $TENURED, else build/tenured of this tree."""
    p = os.environ.get("TENURED")
    if p:
        return p
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.join(root, "build", "tenured")


class Daemon:
    """A private tenured on a temp socket and data directory."""

    def __init__(self, workdir, name="d", extra=(), conf=None, env=None):
        self.sock = os.path.join(workdir, name + ".sock")
        self.data = os.path.join(workdir, name + ".data")
        self.logpath = os.path.join(workdir, name + ".log")
        self.conf = conf
        self.extra = list(extra) + os.environ.get("TENURED_ARGS", "").split()
        self.proc = None
        self.env = env
        os.makedirs(self.data, exist_ok=True)

    def start(self, timeout=15.0):
        """Start and wait for ping; raises when it does not come up."""
        args = [tenured_path(), "-f", "-s", self.sock, "-d", self.data]
        if self.conf:
            args += ["-c", self.conf]
        args += self.extra
        self.log = open(self.logpath, "ab")
        env = None
        if self.env:
            env = dict(os.environ)
            env.update(self.env)
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=self.log, stdin=subprocess.DEVNULL,
                                     env=env)
        if not wait_ready(self.sock, timeout, self.proc):
            rc = self.proc.poll()
            self.stop()
            raise RuntimeError(f"daemon did not answer ping (exit {rc}); log tail:\n" + self.log_tail())
        return self

    def log_tail(self, n=20):
        """Last lines of the daemon's log."""
        try:
            with open(self.logpath, "rb") as f:
                return b"\n".join(f.read().splitlines()[-n:]).decode(errors="replace")
        except OSError:
            return ""

    def kill9(self):
        """SIGKILL, and reap."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self._close_log()

    def stop(self, timeout=10.0):
        """SIGTERM, bounded wait, then SIGKILL; returns the exit status."""
        rc = None
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                rc = self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
                rc = "killed after SIGTERM timeout"
        elif self.proc:
            rc = self.proc.returncode
        self._close_log()
        return rc

    def _close_log(self):
        try:
            self.log.close()
        except (AttributeError, OSError):
            pass

    @property
    def pid(self):
        """The daemon's pid."""
        return self.proc.pid

    def alive(self):
        """Whether the daemon is still running."""
        return self.proc is not None and self.proc.poll() is None


def rss_kib(pid):
    """Private RSS (KiB) excluding LMDB *.mdb mappings, from /proc/PID/smaps."""
    total, skip = 0, False
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            parts = line.split()
            if parts and parts[0].endswith(":") and len(parts) >= 2 and parts[1].isdigit():
                if not skip and parts[0] in ("Private_Clean:", "Private_Dirty:"):
                    total += int(parts[1])
            else:
                skip = line.rstrip().endswith(".mdb")
    return total


SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLES = ["Văn", "Minh", "Đức", "Quốc", "Thanh", "Hữu", "Công", "Đình", "Xuân", "Ngọc"]
GIVENS = ["Hùng", "Dũng", "Hải", "Nam", "Sơn", "Tuấn", "Thắng", "Bình", "Long", "Phúc", "Cường", "Khánh"]
PROVINCES = ["Cà Mau", "Nghệ An", "Thanh Hóa", "Quảng Ninh", "Lâm Đồng", "Đồng Nai", "Bắc Ninh", "Kiên Giang"]
POSTS = ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy"]


def article(tag, i):
    """A short, unique, extractable article: (text, person, position, date)."""
    h = zlib.crc32(f"{tag}/{i}".encode())
    name = f"{SURNAMES[h % 12]} {MIDDLES[(h >> 4) % 10]} {GIVENS[(h >> 8) % 12]}"
    post = f"{POSTS[(h >> 12) % 4]} {PROVINCES[(h >> 14) % 8]}"
    y, m, d = 2010 + (h >> 17) % 14, 1 + (h >> 21) % 12, 1 + (h >> 25) % 28
    text = (f"{post} {name} phát biểu tại hội nghị\n"
            f"Cập nhật lúc 08:30, {d:02d}/{m:02d}/{y}\n"
            f"Sáng {d}/{m}, {post} {name} chủ trì hội nghị tổng kết công tác. "
            f"Phát biểu kết luận, ông {name.split()[-1]} đề nghị các đơn vị thực hiện tốt nhiệm vụ. "
            f"(Tin {tag} số {i})")
    return text, name, post, f"{y:04d}-{m:02d}-{d:02d}"
