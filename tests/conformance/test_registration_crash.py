#!/usr/bin/env python3
"""Not one registration lost: `hvhk serve` killed with SIGKILL while registrations stream in.

Issue 5: "the server process killed with SIGKILL at random moments while registrations stream in:
after restart every registration that was acknowledged to a client is there, none twice." Run on
SQLite and on PostgreSQL (a fresh database on the server of HVHK_TEST_PG_URL, dropped at the end;
without that variable the PostgreSQL half is skipped, unless HVHK_REQUIRE_PG=1).

Per engine: `hvhk demo` into a fresh database, two sessions of one offer with few places (so most
families wait in line), `hvhk serve` with a data key file. CLIENTS threads each stream
registrations (a unique `request` token and e-mail each, one or two children) to the public form
with a made-up double-submit cookie. Meanwhile the server is SIGKILLed KILLS times at random
moments (0.2-1.5 s apart) and started again on the same database and key. A client whose request
got no answer (connection refused or reset, time-out, 5xx) sends THE SAME request again, as a
browser would, until it is answered: an acknowledgement is the 303 to /inschrijving/<64 hex>.
Some acknowledged requests are sent once more at once: the same 303 and Location must come back.

Then, from the database itself: every acknowledged request is stored exactly once, for its
session, with its number of children; nothing is stored that was not acknowledged; no two
requests got the same link; the stored link hash is the one of the Location the client got (when
the hash is recognisable); `taken` is the sum of the children of confirmed and offered rows and
never above capacity; replaying the rows in id order (first come, first served) gives exactly the
stored states (confirmed while places are left, else in line).

    python3 tests/conformance/test_registration_crash.py --hvhk build/debug/hvhk [--seed N]
        [--engine sqlite|postgres|both] [--kills 5] [--clients 16] [--keep]
"""

import argparse
import hashlib
import http.client
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

START_TIMEOUT = 60  # s for the server to write its port file
ANSWER_TIMEOUT = 10  # s for one HTTP answer
RETRY_DEADLINE = 60  # s a client keeps retrying one request after the last restart
CAPACITIES = {"crash-small": 12, "crash-large": 40}
LOCATION = re.compile(r"^/inschrijving/([0-9a-f]{64})(?:\?lang=[a-z]{2})?$")


class Failures:
    def __init__(self):
        self.items = []

    def check(self, condition, message, details=""):
        print(("ok   " if condition else "FAIL ") + message, flush=True)
        if not condition:
            self.items.append(message)
            if details:
                print("     " + details.replace("\n", "\n     "), flush=True)
        return condition


# --- databases ---------------------------------------------------------------------------------


class SqliteDb:
    engine = "sqlite"

    def __init__(self, workdir):
        self.path = Path(workdir) / "hvhk.db"
        self.url = f"sqlite:{self.path}"

    def create(self):
        pass

    def query(self, sql):
        with sqlite3.connect(self.path, timeout=30) as con:
            return [tuple(row) for row in con.execute(sql).fetchall()]

    def execute(self, sql):
        with sqlite3.connect(self.path, timeout=30) as con:
            con.executescript(sql)

    def drop(self):
        pass


class PostgresDb:
    engine = "postgres"

    def __init__(self, server_url, name):
        self.server_url = server_url.rstrip("/")
        self.name = name
        self.url = f"{self.server_url}/{name}"

    def _psql(self, url, sql):
        result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", url,
                                 "-c", sql], capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}\n{sql}")
        return result.stdout

    def create(self):
        self._psql(f"{self.server_url}/postgres", f'DROP DATABASE IF EXISTS "{self.name}"')
        self._psql(f"{self.server_url}/postgres", f'CREATE DATABASE "{self.name}"')

    def query(self, sql):
        rows = []
        for line in self._psql(self.url, sql).splitlines():
            if line:
                rows.append(tuple(None if v == "" else v for v in line.split("\t")))
        return rows

    def execute(self, sql):
        self._psql(self.url, sql)

    def drop(self):
        try:
            self._psql(f"{self.server_url}/postgres", f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        except RuntimeError as e:
            print(f"note: could not drop {self.name}: {e}", file=sys.stderr)


# --- the server ----------------------------------------------------------------------------------


class Server:
    """`hvhk serve` on a port of its choosing, restarted on the same database and key."""

    def __init__(self, hvhk, db, workdir):
        self.hvhk = hvhk
        self.db = db
        self.workdir = Path(workdir)
        self.key_file = self.workdir / "data.key"
        self.process = None
        self.port = None
        self.port_lock = threading.Lock()
        self.starts = 0

    def start(self):
        self.starts += 1
        port_file = self.workdir / f"port.{self.starts}"
        log = open(self.workdir / f"server.{self.starts}.log", "wb")  # pylint: disable=consider-using-with
        self.process = subprocess.Popen([self.hvhk, "--db", self.db.url, "serve", "--listen", "127.0.0.1", "--port",
                                         "0", "--port-file", str(port_file), "--data-key-file", str(self.key_file)],
                                        stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.time() + START_TIMEOUT
        while not (port_file.exists() and port_file.read_text().strip()):
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited during start-up:\n{self.log_tail()}")
            if time.time() > deadline:
                raise RuntimeError(f"server did not start within {START_TIMEOUT} s:\n{self.log_tail()}")
            time.sleep(0.02)
        with self.port_lock:
            self.port = int(port_file.read_text().strip())

    def current_port(self):
        with self.port_lock:
            return self.port

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)

    def log_tail(self, lines=30):
        text = ""
        for i in range(1, self.starts + 1):
            path = self.workdir / f"server.{i}.log"
            if path.exists():
                text += f"--- server start {i}\n" + path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])


# --- the families ----------------------------------------------------------------------------


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged = {}  # request -> (session, children, location)
        self.attempted = {}  # request -> (session, children)
        self.retries = 0  # requests sent again after no answer
        self.retried_requests = 0  # requests that needed at least one retry
        self.statuses = {}  # unexpected answers: status -> count
        self.repeats = 0  # acknowledged requests sent again on purpose
        self.problems = []  # what went wrong, for the report


def form_body(request, email, children, csrf):
    fields = [("csrf", csrf), ("request", request), ("first_name", "Sam"), ("email", email), ("channel", "email"),
              ("language", "nl")]
    fields += [("child", str(age)) for age in children]
    fields.append(("consent", "yes"))
    return urllib.parse.urlencode(fields)


class Client(threading.Thread):
    def __init__(self, number, server, service, stats, stop, rng_seed, tag):
        super().__init__(daemon=True)
        self.number = number
        self.server = server
        self.service = service
        self.stats = stats
        self.stop = stop
        self.rng = random.Random(rng_seed)
        self.tag = tag
        self.csrf = "%064x" % self.rng.getrandbits(256)
        self.connection = None
        self.connection_port = None

    def post(self, path, body):
        port = self.server.current_port()
        if self.connection is None or self.connection_port != port:
            self.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=ANSWER_TIMEOUT)
            self.connection_port = port
        self.connection.request("POST", path, body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"hvhk_form={self.csrf}"})
        response = self.connection.getresponse()
        response.read()
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return response.status, response.getheader("Location", "")

    def close(self):
        if self.connection is not None:
            self.connection.close()
        self.connection = None

    def send_until_answered(self, path, body, request):
        """The browser's way: the same request again until the server answers it."""
        tries = 0
        deadline = None
        while True:
            try:
                status, location = self.post(path, body)
                if 500 <= status < 600:
                    with self.stats.lock:
                        self.stats.statuses[status] = self.stats.statuses.get(status, 0) + 1
                    raise ConnectionError(f"HTTP {status}")
                return status, location, tries
            except (OSError, http.client.HTTPException):
                self.close()
                tries += 1
                if self.stop.is_set():
                    deadline = deadline or time.time() + RETRY_DEADLINE
                    if time.time() > deadline:
                        return None, "", tries
                time.sleep(0.02 + self.rng.random() * 0.05)

    def run(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            request = hashlib.sha256(f"{self.tag}-{self.number}-{n}-{self.rng.random()}".encode()).hexdigest()[:40]
            email = f"gezin-{self.tag}-{self.number}-{n}@example.org"
            session = self.rng.choice(sorted(CAPACITIES))
            children = [self.rng.randint(0, 11) for _ in range(1 if self.rng.random() < 0.75 else 2)]
            path = f"/aanbod/{self.service}/inschrijven/{session}"
            body = form_body(request, email, children, self.csrf)
            with self.stats.lock:
                self.stats.attempted[request] = (session, len(children))
            status, location, tries = self.send_until_answered(path, body, request)
            with self.stats.lock:
                self.stats.retries += tries
                self.stats.retried_requests += 1 if tries else 0
            if status is None:
                with self.stats.lock:
                    self.stats.problems.append(f"request {request} never answered within {RETRY_DEADLINE} s")
                return
            if status != 303 or not LOCATION.match(location):
                with self.stats.lock:
                    self.stats.statuses[status] = self.stats.statuses.get(status, 0) + 1
                    self.stats.problems.append(f"request {request} ({tries} retries): HTTP {status} "
                                               f"Location {location!r}, expected 303 to /inschrijving/<64 hex>")
                continue
            with self.stats.lock:
                self.stats.acknowledged[request] = (session, len(children), location, email)
            if self.rng.random() < 0.1:  # the same form sent again on purpose: the same answer
                again, again_location, _ = self.send_until_answered(path, body, request)
                with self.stats.lock:
                    self.stats.repeats += 1
                    if again is None:
                        self.stats.problems.append(f"repeat of {request}: never answered")
                        return
                    if (again, again_location) != (303, location):
                        self.stats.problems.append(f"repeat of {request}: HTTP {again} {again_location!r}, "
                                                   f"first 303 {location!r}")
        self.close()


# --- one engine ------------------------------------------------------------------------------


def prepare(db, hvhk):
    db.create()
    result = subprocess.run([hvhk, "--db", db.url, "demo"], capture_output=True, text=True, timeout=300,
                            check=False)
    if result.returncode != 0:
        raise RuntimeError(f"hvhk demo failed: {result.stderr.strip()}")
    service = db.query("SELECT id FROM services ORDER BY id LIMIT 1")[0][0]
    sql = ""
    for session, capacity in sorted(CAPACITIES.items()):
        sql += (f"INSERT INTO activity_sessions (id, service_id, location_id, starts_at, ends_at, capacity, taken, "
                f"created_at) VALUES ('{session}', '{service}', '', '2027-03-03T14:00', '2027-03-03T16:00', "
                f"{capacity}, 0, '2026-11-23T10:00:00Z');\n"
                f"INSERT INTO activity_session_dates (session_id, starts_at, ends_at) VALUES ('{session}', "
                f"'2027-03-03T14:00', '2027-03-03T16:00');\n")
    db.execute(sql)
    return service


def link_hash_matches(token, stored_hash):
    """Whether stored_hash is a plain digest of the link token we recognise (None: not recognised)."""
    candidates = {hashlib.sha256(token.encode()).hexdigest(), hashlib.sha256(bytes.fromhex(token)).hexdigest(),
                  hashlib.blake2b(token.encode(), digest_size=32).hexdigest(),
                  hashlib.blake2b(bytes.fromhex(token), digest_size=32).hexdigest()}
    return stored_hash in candidates


def verify(db, stats, failures, engine, tag):
    rows = db.query("SELECT id, request_key, session_id, state, children, cancel_token_hash FROM registrations "
                    "WHERE session_id IN ('crash-large', 'crash-small') ORDER BY id")
    rows = [(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5]) for r in rows]
    acked = stats.acknowledged
    stored = {}
    doubled = []
    for row in rows:
        if row[1] in stored:
            doubled.append(row[1])
        stored[row[1]] = row
    missing = [key for key in acked if key not in stored]
    failures.check(not missing, f"{engine}: every acknowledged registration is stored ({len(acked)})",
                   f"missing: {missing[:10]}")
    failures.check(not doubled, f"{engine}: no registration stored twice ({len(rows)} rows)", f"twice: {doubled[:10]}")
    unacked = [key for key in stored if key not in acked]
    failures.check(not unacked, f"{engine}: nothing stored that was not acknowledged (rows == acknowledged)",
                   f"stored, never acknowledged: {unacked[:10]}; of those attempted by a client: "
                   f"{sum(1 for k in unacked if k in stats.attempted)}")
    wrong = [key for key, (session, children, _, _) in acked.items()
             if key in stored and (stored[key][2], stored[key][4]) != (session, children)]
    failures.check(not wrong, f"{engine}: each is stored for its session with its number of children",
                   f"differ: {wrong[:10]}")
    locations = [location for (_, _, location, _) in acked.values()]
    failures.check(len(set(locations)) == len(locations), f"{engine}: no two registrations got the same link")
    recognised = [link_hash_matches(LOCATION.match(location).group(1), stored[key][5])
                  for key, (_, _, location, _) in acked.items() if key in stored]
    if recognised and any(recognised):
        failures.check(all(recognised), f"{engine}: the link each client got is the one stored for its registration",
                       f"{recognised.count(False)} links do not match their row")
    else:
        print(f"note {engine}: link hash not recognised as a plain digest; links checked for uniqueness only")
    notices = {}
    for (recipient,) in db.query(f"SELECT recipient FROM outbox WHERE recipient LIKE 'gezin-{tag}-%'"):
        notices[recipient] = notices.get(recipient, 0) + 1
    if notices:
        wrong = [email for (_, _, _, email) in acked.values() if notices.get(email, 0) != 1]
        failures.check(not wrong, f"{engine}: each acknowledged family has exactly one notice in the outbox "
                       f"({len(notices)} recipients)", "; ".join(f"{e}: {notices.get(e, 0)}" for e in wrong[:10]))
        emails = {email for (_, _, _, email) in acked.values()}
        extra = [e for e in notices if e not in emails]
        failures.check(not extra, f"{engine}: no notice for a family that was not acknowledged", str(extra[:10]))
    else:
        print(f"note {engine}: no notices to the families found in the outbox (recipients not in clear?)")
    failures.check(not stats.problems, f"{engine}: every request answered 303 with its link, repeats the same",
                   "\n".join(stats.problems[:10]))

    states = {}
    for row in rows:
        states[row[3]] = states.get(row[3], 0) + 1
    failures.check(set(states) <= {"confirmed", "waitlisted"}, f"{engine}: states are confirmed or waitlisted "
                   f"({states})")
    sessions = dict((r[0], (int(r[1]), int(r[2]))) for r in db.query(
        "SELECT id, capacity, taken FROM activity_sessions WHERE id IN ('crash-large', 'crash-small')"))
    for session, (capacity, taken) in sorted(sessions.items()):
        mine = [row for row in rows if row[2] == session]
        holding = sum(row[4] for row in mine if row[3] in ("confirmed", "offered"))
        failures.check(taken == holding and taken <= capacity,
                       f"{engine}: {session}: taken {taken} = children of confirmed rows {holding} <= capacity "
                       f"{capacity}")
        running = 0
        out_of_order = []
        for row in mine:
            expected = "confirmed" if running + row[4] <= capacity else "waitlisted"
            if expected == "confirmed":
                running += row[4]
            if row[3] != expected:
                out_of_order.append(f"id {row[0]}: {row[3]}, first come first served says {expected}")
        in_line = sum(1 for row in mine if row[3] == "waitlisted")
        failures.check(not out_of_order, f"{engine}: {session}: first come, first served in id order "
                       f"({len(mine) - in_line} confirmed, {in_line} in line)", "\n".join(out_of_order[:10]))
    return len(rows)


def run_engine(args, db, workdir, seed, failures):
    rng = random.Random(seed)
    started = time.time()
    service = prepare(db, args.hvhk)
    server = Server(args.hvhk, db, workdir)
    stats = Stats()
    stop = threading.Event()
    clients = []
    tag = f"{db.engine}{seed}"
    try:
        server.start()
        clients = [Client(i, server, service, stats, stop, rng.getrandbits(64), tag) for i in range(args.clients)]
        for client in clients:
            client.start()
        for kill in range(args.kills):
            time.sleep(rng.uniform(0.2, 1.5))
            with stats.lock:
                before = len(stats.acknowledged)
            server.kill()
            print(f"{db.engine}: kill {kill + 1} after {before} acknowledged", flush=True)
            time.sleep(rng.uniform(0.0, 0.3))  # families meet a closed door for a moment
            server.start()
        time.sleep(rng.uniform(0.5, 1.5))
        stop.set()
        for client in clients:
            client.join(timeout=RETRY_DEADLINE + ANSWER_TIMEOUT + 5)
        failures.check(not any(c.is_alive() for c in clients), f"{db.engine}: every client finished")
    finally:
        stop.set()
        server.stop()
    rows = verify(db, stats, failures, db.engine, tag)
    unexpected = ", ".join(f"{s}: {n}" for s, n in sorted(stats.statuses.items())) or "none"
    print(f"{db.engine}: seed {seed}: {rows} registrations stored, {len(stats.acknowledged)} acknowledged, "
          f"{args.kills} kills ({server.starts} starts), {stats.retries} retries for {stats.retried_requests} "
          f"requests, {stats.repeats} sent again on purpose, other answers: {unexpected}, "
          f"{time.time() - started:.1f} s", flush=True)
    if failures.items:
        print(server.log_tail(), file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hvhk", required=True)
    parser.add_argument("--shared")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock, printed)")
    parser.add_argument("--engine", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database, server logs)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else int(time.time() * 1000) % 1_000_000
    print(f"seed {seed} (again: --seed {seed})", flush=True)
    failures = Failures()

    engines = ["sqlite", "postgres"] if args.engine == "both" else [args.engine]
    pg_url = os.environ.get("HVHK_TEST_PG_URL", "")
    workdir = tempfile.mkdtemp(prefix="hvhk-crash-")
    try:
        for engine in engines:
            folder = Path(workdir) / engine
            folder.mkdir()
            if engine == "sqlite":
                db = SqliteDb(folder)
            elif pg_url:
                db = PostgresDb(pg_url, f"hvhk_crash_{os.getpid()}_{seed}")
            elif os.environ.get("HVHK_REQUIRE_PG") == "1":
                failures.check(False, "postgres: HVHK_TEST_PG_URL is set (HVHK_REQUIRE_PG=1)")
                continue
            else:
                print("skip postgres: HVHK_TEST_PG_URL is not set")
                continue
            try:
                run_engine(args, db, folder, seed, failures)
            except RuntimeError as e:
                failures.check(False, f"{engine}: the run completes", str(e))
            finally:
                if not args.keep:
                    db.drop()
    finally:
        if args.keep:
            print(f"kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    if failures.items:
        print(f"{len(failures.items)} check(s) failed (seed {seed})", file=sys.stderr)
        return 1
    print("no registration lost, none twice")
    return 0


if __name__ == "__main__":
    sys.exit(main())
