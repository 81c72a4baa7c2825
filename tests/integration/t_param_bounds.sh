#!/usr/bin/env bash
# t_param_bounds.sh — parameter bounds and defaults are declared once, in
# methods.def, and the client and every method agree on them: for each
# bounded integer field, the client refuses the value just outside (usage
# error, exit 2, naming the declared bounds) and sends the one at the edge;
# the daemon answers the value just outside with -32602 naming the same
# bounds; and a request without the field answers exactly as one giving the
# declared default.  The bounds are read from methods.def here, so a client
# or handler that keeps a number of its own fails this test; a new bounded
# field fails it too until it is mapped to its client option below.
source "$(dirname "$0")/lib.sh" "$@"

start_daemon
"$TENURE" ingest "$ROOT/examples" >/dev/null || fail "examples"

python3 - "$ROOT/include/tenure/methods.def" "$TENURE" "$SOCK" "$HERE/rpc.py" <<'EOF' || fail "bounds"
import json, re, subprocess, sys

defs, tenure, sock, rpc_py = sys.argv[1:5]
src = open(defs, encoding="utf-8").read()
# TENURE_METHOD("name", sym, KIND, "shape", ...): shapes as written
methods = dict(re.findall(r'TENURE_METHOD\("([^"]+)",\s*\w+,\s*\w+,\s*"([^"]*)"', src))
bounded = {}
for name, shape in methods.items():
    for field in filter(None, shape.split(",")):
        m = re.fullmatch(r'(\w+):i\[(-?\d+)\.\.(-?\d+)?\](\?)?(?:=(-?\d+))?', field)
        if m:
            lo, hi = int(m[2]), (int(m[3]) if m[3] else None)
            bounded[(name, m[1])] = (lo, hi, int(m[5]) if m[5] else None)
        elif re.match(r'limit:', field):
            sys.exit(f"{name}: 'limit' without bounds in methods.def: {field}")

# How each bounded field is reached from the client: the command line
# before the option (the option is --FIELD), and whether a good value may
# be run (watch stays connected).
client = {
    ("article.list", "limit"): ["articles"],
    ("who", "limit"): ["who", "Ủy viên Bộ Chính trị"],
    ("org", "limit"): ["org", "Bộ Chính trị"],
    ("search", "limit"): ["search", "nguyen"],
    ("evidence", "limit"): ["evidence", "Phạm Minh Chính"],
    ("export", "limit"): ["export", "--format", "csv"],
    ("changes", "limit"): ["changes"],
    ("changes", "since"): ["changes"],
    ("watch", "since"): None,
    ("duplicates", "limit"): ["duplicates"],
    ("conflicts", "limit"): ["conflicts"],
    ("verify", "limit"): ["verify"],
}
missing = set(bounded) - set(client)
if missing:
    sys.exit(f"bounded fields with no client mapping in this test: {sorted(missing)}")

def run(args):
    p = subprocess.run([tenure, "-s", sock] + args, capture_output=True, text=True)
    return p.returncode, p.stderr

def call(method, params):
    line = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
    out = subprocess.run(["python3", rpc_py, sock], input=line + "\n", capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out.splitlines()[0])

required = {"who": {"position": "Ủy viên Bộ Chính trị"}, "org": {"name": "Bộ Chính trị"},
            "search": {"text": "nguyen"}, "evidence": {"person": "Phạm Minh Chính"},
            "export": {"format": "csv"}}
checked = 0
for (method, field), (lo, hi, dflt) in sorted(bounded.items()):
    want_client = (f"--{field.replace('_', '-')}: expected a number from {lo} to {hi}" if hi is not None
                   else f"--{field.replace('_', '-')}: expected a number from {lo} up")
    want_daemon = (f"field '{field}' must be between {lo} and {hi}" if hi is not None
                   else f"field '{field}' must be at least {lo}")
    outside = [lo - 1] + ([hi + 1] if hi is not None else [])
    cmd = client[(method, field)]
    for bad in outside:
        if cmd is not None or field == "since":
            args = (cmd if cmd is not None else [method]) + [f"--{field}", str(bad)]
            rc, err = run(args)
            if rc != 2 or want_client not in err:
                sys.exit(f"tenure {' '.join(args)}: exit {rc}, stderr {err!r}; want 2 and {want_client!r}")
        r = call(method, dict(required.get(method, {}), **{field: bad}))
        e = r.get("error") or {}
        if e.get("code") != -32602 or want_daemon not in e.get("message", ""):
            sys.exit(f"{method} {field}={bad}: {r}; want -32602 and {want_daemon!r}")
    if cmd is not None:
        edge = hi if hi is not None else lo
        rc, err = run(cmd + [f"--{field}", str(edge)])
        if rc not in (0, 1) or "expected a number" in err:
            sys.exit(f"tenure {' '.join(cmd)} --{field} {edge}: exit {rc}, stderr {err!r}")
    if dflt is not None and method != "watch":
        base = required.get(method, {})
        a, b = call(method, base), call(method, dict(base, **{field: dflt}))
        if a != b or "result" not in a:
            sys.exit(f"{method}: without {field} {a!r:.200} differs from {field}={dflt} {b!r:.200}")
    checked += 1
print(f"{checked} bounded fields agree between methods.def, the client and the daemon")
EOF
pass "parameter bounds and defaults from methods.def"
