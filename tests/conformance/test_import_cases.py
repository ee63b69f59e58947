#!/usr/bin/env python3
"""Data-driven HSDS import cases (tests/cases/hsds_import/, see tests/cases/README.md).

For every case a fresh SQLite database gets the demo network, then `hvhk import CASE.json`:
  NAME.json + NAME.expect  must be refused: non-zero exit, every line of NAME.expect in stderr,
                           and the catalogue unchanged (nothing half-imported);
  NAME.ok.json             must be accepted: exit 0 and its offers are in the catalogue.
Case files may use {{network_id}}, {{organization_id}}, {{location_id}} (taken from an export
of the demo network) and {{term:VOCABULARY/CODE}} for the id of one of our taxonomy terms.

    python3 tests/conformance/test_import_cases.py --hvhk build/debug/hvhk [--shared DIR] [NAME ...]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

CASES = Path(__file__).resolve().parent.parent / "cases" / "hsds_import"
TIMEOUT = 120
PLACEHOLDER = re.compile(r"\{\{([^{}]*)\}\}")


class CaseError(Exception):
    pass


def run(hvhk, db, *args):
    return subprocess.run([hvhk, "--db", f"sqlite:{db}", *args], capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


def export(hvhk, db, workdir):
    out = Path(workdir) / "export.json"
    result = run(hvhk, db, "export", str(out))
    if result.returncode != 0:
        raise CaseError(f"export failed (exit {result.returncode}): {result.stderr.strip()}")
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def fresh_demo(hvhk, workdir):
    db = Path(workdir) / "catalogue.db"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    result = run(hvhk, db, "demo")
    if result.returncode != 0:
        raise CaseError(f"loading the demo network failed (exit {result.returncode}): {result.stderr.strip()}")
    return db


def counts(doc):
    return {key: len(doc.get(key, [])) for key in ("services", "organizations", "locations")}


def template_values(doc):
    """What case files may refer to, from an export of the demo network."""
    values = {
        "network_id": doc["hvhk"]["networks"][0]["id"],
        "organization_id": doc["organizations"][0]["id"],
    }
    with_address = [loc for loc in doc.get("locations", []) if loc.get("addresses")]
    if with_address:
        values["location_id"] = with_address[0]["id"]

    def collect(node):
        if isinstance(node, dict):
            term = node.get("taxonomy_term")
            if isinstance(term, dict) and "taxonomy" in term and "code" in term:
                vocabulary = term["taxonomy"].removeprefix("hvhk-")
                values[f"term:{vocabulary}/{term['code']}"] = term["id"]
            for child in node.values():
                collect(child)
        elif isinstance(node, list):
            for child in node:
                collect(child)

    collect(doc)
    return values


def substitute(text, values, where):
    def one(match):
        key = match.group(1).strip()
        if key not in values:
            raise CaseError(f"{where}: unknown placeholder {{{{{key}}}}}")
        return values[key]

    return PLACEHOLDER.sub(one, text)


def offers_in(case_text):
    """Ids of the offers a case document brings (export-style object or plain array)."""
    doc = json.loads(case_text)
    services = doc if isinstance(doc, list) else doc.get("services", [])
    return [s["id"] for s in services if isinstance(s, dict) and isinstance(s.get("id"), str)]


def run_case(hvhk, case, values, workdir):
    ok_case = case.name.endswith(".ok.json")
    text = substitute(case.read_text(encoding="utf-8"), values, case.name)
    expected = []
    if not ok_case:
        expect_file = case.with_suffix(".expect")
        if not expect_file.exists():
            raise CaseError(f"no {expect_file.name} beside it (or name it .ok.json if it must be accepted)")
        for line in expect_file.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                expected.append(substitute(line.strip(), values, expect_file.name))
        if not expected:
            raise CaseError(f"{expect_file.name} names nothing to look for")

    db = fresh_demo(hvhk, workdir)
    before = export(hvhk, db, workdir)
    doc_path = Path(workdir) / "case.json"
    doc_path.write_text(text, encoding="utf-8")
    result = run(hvhk, db, "import", str(doc_path))
    after = export(hvhk, db, workdir)

    if ok_case:
        if result.returncode != 0:
            raise CaseError(f"refused (exit {result.returncode}):\n{result.stderr.strip()}")
        new = offers_in(text)
        have = {s["id"] for s in after["services"]}
        missing = [i for i in new if i not in have]
        if missing:
            raise CaseError(f"accepted, but offer(s) {', '.join(missing)} are not in the export")
        added = counts(after)["services"] - counts(before)["services"]
        fresh = len([i for i in new if i not in {s["id"] for s in before["services"]}])
        if added != fresh:
            raise CaseError(f"expected {fresh} more offer(s), the catalogue has {added} more")
        return f"accepted, {added} offer(s) added"

    if result.returncode == 0:
        raise CaseError(f"accepted but must be refused\n{result.stdout.strip()}")
    missing = [e for e in expected if e not in result.stderr]
    if missing:
        raise CaseError("stderr lacks " + ", ".join(repr(m) for m in missing) + ":\n" + result.stderr.strip())
    if counts(after) != counts(before):
        raise CaseError(f"refused, but the catalogue changed: {counts(before)} -> {counts(after)}")
    return f"refused with exit {result.returncode}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hvhk", required=True, help="the hvhk binary")
    parser.add_argument("--shared", help="unused; CTest passes it to every conformance script")
    parser.add_argument("--cases", default=str(CASES), help="directory of cases (default: %(default)s)")
    parser.add_argument("names", nargs="*", help="only these cases (file names without .json)")
    args = parser.parse_args()

    hvhk = os.path.abspath(args.hvhk)
    cases = sorted(Path(args.cases).glob("*.json"))
    if args.names:
        cases = [c for c in cases if c.name.removesuffix(".json") in args.names]
    passed = failed = 0
    if not cases:
        print(f"no cases in {args.cases}")
        failed += 1
    with tempfile.TemporaryDirectory(prefix="hvhk-import-cases-") as workdir:
        try:
            values = template_values(export(hvhk, fresh_demo(hvhk, workdir), workdir))
        except (CaseError, OSError, subprocess.SubprocessError, KeyError, IndexError, ValueError) as e:
            print(f"FAIL setup: {e}")
            values = None
            failed += 1
        for case in cases if values is not None else []:
            name = case.name.removesuffix(".json")
            try:
                note = run_case(hvhk, case, values, workdir)
                print(f"PASS {name}: {note}")
                passed += 1
            except (CaseError, OSError, subprocess.SubprocessError, ValueError) as e:
                detail = str(e).replace("\n", "\n    ")
                print(f"FAIL {name}: {detail}")
                failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
