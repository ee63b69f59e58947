#!/usr/bin/env python3
"""`hvhk synonyms NETWORK FILE`: a coordinator's own search synonyms, all or nothing.

A file with one bad line is refused with its line number and nothing is stored; a good file is
stored, shown back by `hvhk synonyms NETWORK`, and a server started afterwards finds offers
through it; an unknown network is refused.

    python3 tests/conformance/test_synonyms_cli.py --hvhk build/debug/hvhk [--shared DIR]
"""

import argparse
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

TIMEOUT = 60


def run(hvhk, db, *args):
    return subprocess.run([hvhk, "--db", f"sqlite:{db}", *args], capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


def network_id(db):
    import sqlite3
    with sqlite3.connect(db) as con:
        return con.execute("SELECT id FROM networks ORDER BY id LIMIT 1").fetchone()[0]


def search(hvhk, db, workdir, query):
    port_file = Path(workdir) / "port"
    port_file.unlink(missing_ok=True)
    server = subprocess.Popen([hvhk, "--db", f"sqlite:{db}", "serve", "--listen", "127.0.0.1", "--port", "0",
                               "--port-file", str(port_file)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.time() > deadline or server.poll() is not None:
                raise AssertionError("server did not start")
            time.sleep(0.05)
        port = int(port_file.read_text().strip())
        url = f"http://127.0.0.1:{port}/zoeken?q={query}"
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return response.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hvhk", required=True)
    parser.add_argument("--shared")
    args = parser.parse_args()
    failures = []

    def check(condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            failures.append(message)

    with tempfile.TemporaryDirectory() as workdir:
        db = Path(workdir) / "catalogue.db"
        result = run(args.hvhk, db, "demo")
        assert result.returncode == 0, result.stderr
        network = network_id(db)

        bad = Path(workdir) / "bad.txt"
        bad.write_text("# lokale woorden\nfluffel => peuterzwemmen\nkribbe\n", encoding="utf-8")
        result = run(args.hvhk, db, "synonyms", network, str(bad))
        check(result.returncode != 0, "a file with a bad line is refused")
        check("line 3" in result.stderr and "kribbe" in result.stderr, "the refusal names line 3 and its text")
        check(run(args.hvhk, db, "synonyms", network).stdout == "", "nothing was stored from the bad file")
        check("fluffel" in search(args.hvhk, db, workdir, "fluffel") and
              "Peuterzwemmen" not in search(args.hvhk, db, workdir, "fluffel"),
              "before: 'fluffel' finds nothing")

        good = Path(workdir) / "good.txt"
        good.write_text("# lokale woorden\nfluffel => peuterzwemmen\n", encoding="utf-8")
        result = run(args.hvhk, db, "synonyms", network, str(good))
        check(result.returncode == 0, f"a good file is stored ({result.stderr.strip()})")
        check(run(args.hvhk, db, "synonyms", network).stdout == good.read_text(encoding="utf-8"),
              "the stored lines are shown back as written")
        check("Peuterzwemmen" in search(args.hvhk, db, workdir, "fluffel"), "after: 'fluffel' finds Peuterzwemmen")

        result = run(args.hvhk, db, "synonyms", "no-such-network", str(good))
        check(result.returncode != 0 and "no-such-network" in result.stderr, "an unknown network is refused")

    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("all synonym CLI checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
