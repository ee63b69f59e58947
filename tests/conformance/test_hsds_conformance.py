#!/usr/bin/python3
"""Black-box Open Referral HSDS 3.0 conformance test of the HvhK read API.

Loads the fictional demo network into a fresh SQLite file, starts `hvhk serve` on a free
loopback port and checks every endpoint under /api/hsds against the official HSDS 3.0
schemas in ../shared/hsds/schema (openapi.json for the paging envelope and the "/" answer,
compiled/*.json for full and list objects, taxonomy.json and taxonomy_term.json).

Run with Debian's interpreter, which has python3-jsonschema:
    /usr/bin/python3 tests/conformance/test_hsds_conformance.py --hvhk build/debug/hvhk --shared ../shared
Prints one PASS/FAIL line per check and ends with "N passed, M failed"; exits 0 only if all pass.
Standard library and jsonschema only; never touches the network beyond 127.0.0.1.
"""

import argparse
import datetime
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
from jsonschema import Draft202012Validator, FormatChecker

API = "/api/hsds"
# The schemas refer to each other by these published URLs; we serve them from the local copy.
SPEC_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
SPEC_URL = re.compile(r"^https?://raw\.githubusercontent\.com/openreferral/specification/[^/]+/schema/(.+)$")
PAGE_FIELDS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"]
NIL_UUID = "00000000-0000-0000-0000-000000000000"
MIN_DEMO_SERVICES = 60
ZELE = (51.0683621, 4.0385864)  # centroid of postcode 9240 in ../shared/data/postcodes
MAX_DETAIL_LINES = 25


# ---------------------------------------------------------------------------------------------
# Reporting


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, errors):
        """Records one check; errors is a list of strings, empty when the check passed."""
        if errors:
            self.failed += 1
            print(f"FAIL  {name}", flush=True)
            for line in errors[:MAX_DETAIL_LINES]:
                print(f"        - {line}", flush=True)
            if len(errors) > MAX_DETAIL_LINES:
                print(f"        - ... and {len(errors) - MAX_DETAIL_LINES} more", flush=True)
        else:
            self.passed += 1
            print(f"PASS  {name}", flush=True)
        return not errors

    @staticmethod
    def skip(name, why):
        print(f"SKIP  {name}: {why}", flush=True)


def short(value, limit=300):
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"


# ---------------------------------------------------------------------------------------------
# Schemas


def make_format_checker():
    checker = FormatChecker()

    # jsonschema 4.10 checks date-time only when rfc3339-validator is installed (it is not on
    # Debian 12), so without this a bad last_modified would pass silently. RFC 3339: a 'T'
    # separator and a mandatory offset ('Z' or ±hh:mm).
    date_time = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?"
                           r"(?:[Zz]|[+-](\d{2}):(\d{2}))$")

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(instance):
        if not isinstance(instance, str):
            return True
        m = date_time.match(instance)
        if not m:
            return False
        y, mo, d, h, mi, s = (int(m.group(i)) for i in range(1, 7))
        datetime.datetime(y, mo, d, h, mi, min(s, 59))  # raises ValueError on 2026-02-30 etc.
        if s > 60 or (m.group(8) and (int(m.group(8)) > 23 or int(m.group(9)) > 59)):
            return False
        return True

    # 'uri' is checked by jsonschema only when rfc3987 is importable (it is on Debian 12 with
    # python3-rfc3987); elsewhere fall back to "absolute URI: a scheme, no spaces".
    if "uri" not in checker.checkers:
        @checker.checks("uri", raises=ValueError)
        def is_uri(instance):
            if not isinstance(instance, str):
                return True
            parts = urllib.parse.urlsplit(instance)
            return bool(parts.scheme) and not re.search(r"\s", instance)

    return checker


class Schemas:
    """The HSDS schema files, keyed by their published URL, with validators that resolve every
    $ref (relative like "metadata.json" or absolute like https://raw.githubusercontent.com/...)
    to the local copy. Keywords such as "constraints", "core", "datapackage_metadata",
    "example", "order" and "tabular_required" are annotations: JSON Schema ignores them."""

    def __init__(self, schema_dir):
        self.dir = schema_dir
        self.store = {}
        for root, _, files in os.walk(schema_dir):
            for name in files:
                if name.endswith(".json"):
                    full = os.path.join(root, name)
                    rel = os.path.relpath(full, schema_dir).replace(os.sep, "/")
                    with open(full, encoding="utf-8") as f:
                        self.store[SPEC_BASE + rel] = json.load(f)
        self.openapi = self.store[SPEC_BASE + "openapi.json"]
        self.format_checker = make_format_checker()
        self._validators = {}

    def _load_remote(self, uri):
        # Only ever called for a URL not already in the store, e.g. another branch of the spec.
        m = SPEC_URL.match(uri)
        if m and os.path.isfile(os.path.join(self.dir, m.group(1))):
            with open(os.path.join(self.dir, m.group(1)), encoding="utf-8") as f:
                return json.load(f)
        raise jsonschema.exceptions.RefResolutionError(f"refusing to fetch {uri} (no local copy)")

    def validator(self, schema, base_uri, referrer):
        resolver = jsonschema.RefResolver(base_uri, referrer, store=self.store,
                                          handlers={"http": self._load_remote,
                                                    "https": self._load_remote})
        return Draft202012Validator(schema, resolver=resolver, format_checker=self.format_checker)

    def file_validator(self, uri_or_rel):
        uri = uri_or_rel if "://" in uri_or_rel else SPEC_BASE + uri_or_rel
        m = SPEC_URL.match(uri)
        if m:
            uri = SPEC_BASE + m.group(1)
        if uri not in self._validators:
            if uri not in self.store:
                self.store[uri] = self._load_remote(uri)
            self._validators[uri] = self.validator(self.store[uri], uri, self.store[uri])
        return self._validators[uri]

    def openapi_schema(self, path):
        """The 200 application/json schema that openapi.json gives for GET path."""
        op = self.openapi["paths"][path]["get"]
        return op["responses"]["200"]["content"]["application/json"]["schema"]

    def openapi_validator(self, path):
        key = "openapi:" + path
        if key not in self._validators:
            self._validators[key] = self.validator(self.openapi_schema(path),
                                                   SPEC_BASE + "openapi.json", self.openapi)
        return self._validators[key]

    def page_validator(self):
        key = "openapi:Page"
        if key not in self._validators:
            self._validators[key] = self.validator({"$ref": "#/components/schemas/Page"},
                                                   SPEC_BASE + "openapi.json", self.openapi)
        return self._validators[key]

    def list_item_ref(self, path):
        return self.openapi_schema(path)["properties"]["contents"]["items"]["$ref"]

    def object_ref(self, path):
        ref = self.openapi_schema(path)["$ref"]
        if path == "/service_at_locations/{id}" and ref.endswith("/compiled/service.json"):
            # openapi.json (HSDS 3.0) says GET /service_at_locations/{id} returns
            # compiled/service.json. That is a copy-paste slip from /services/{id}: the operation
            # is described as "fully nested service_at_location", the official example
            # examples/service_at_location_full.json fails compiled/service.json (no name, no
            # status) and validates against compiled/service_at_location.json, which is the
            # fully nested service_at_location object. So we validate against that one.
            ref = ref[: -len("service.json")] + "service_at_location.json"
        return ref


def undeclared(validator, instance, label, found):
    """Adds to found (path -> example value) the properties of instance that its schema does not
    declare. HSDS schemas allow additional properties, so a misspelt field name ("postcode" for
    "postal_code") validates; this lets the run show them without failing on real extensions."""
    resolver = validator.resolver

    def walk(schema, inst, path, depth):
        if not isinstance(schema, dict) or depth > 40:
            return
        if "$ref" in schema:
            with resolver.resolving(schema["$ref"]) as resolved:
                walk(resolved, inst, path, depth + 1)
            return
        if isinstance(inst, dict) and isinstance(schema.get("properties"), dict):
            for key, value in inst.items():
                if key in schema["properties"]:
                    walk(schema["properties"][key], value, f"{path}.{key}", depth + 1)
                else:
                    found.setdefault(f"{path}.{key}", value)
        elif isinstance(inst, list) and isinstance(schema.get("items"), dict):
            for value in inst:
                walk(schema["items"], value, path + "[]", depth + 1)

    walk(validator.schema, instance, label, 0)


def schema_errors(validator, instance, label=""):
    out = []
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    for e in errors:
        path = "/".join(str(p) for p in e.absolute_path) or "(root)"
        where = path
        # In a page, name the item by its id so the implementer can find it.
        parts = list(e.absolute_path)
        if len(parts) >= 2 and parts[0] == "contents" and isinstance(instance, dict):
            try:
                item = instance["contents"][parts[1]]
                if isinstance(item, dict) and "id" in item:
                    where = f"{path} (id {item['id']})"
            except (IndexError, KeyError, TypeError):
                pass
        out.append(f"{label}{where}: {short(e.message, 240)}")
    return out


# ---------------------------------------------------------------------------------------------
# HTTP


class Response:
    def __init__(self, url, status, content_type, body, error=None):
        self.url = url
        self.status = status
        self.content_type = content_type or ""
        self.body = body or b""
        self.error = error
        self.json = None
        self.json_error = None
        try:
            self.json = json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            self.json_error = str(e)

    def is_json_type(self):
        return self.content_type.split(";")[0].strip().lower() == "application/json"

    def expect(self, status=200, kind=dict):
        """Errors if the status is not `status` (one of them, if a tuple) or the body is not
        JSON of type kind."""
        if self.error:
            return [f"{self.url}: request failed: {self.error}"]
        errs = []
        allowed = status if isinstance(status, tuple) else (status,)
        if self.status not in allowed:
            errs.append(f"{self.url}: status {self.status}, expected {' or '.join(map(str, allowed))}; "
                        f"body: {short(self.body.decode('utf-8', 'replace'), 200)}")
        if self.json_error is not None:
            errs.append(f"{self.url}: body is not JSON ({self.json_error}): "
                        f"{short(self.body.decode('utf-8', 'replace'), 200)}")
        elif kind is not None and not isinstance(self.json, kind):
            errs.append(f"{self.url}: JSON body is a {type(self.json).__name__}, expected {kind.__name__}")
        return errs


class Client:
    def __init__(self, base):
        self.base = base
        # No proxies: CI machines may set http_proxy, and we only ever talk to 127.0.0.1.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        self.responses = []

    def url(self, path, params=None):
        url = self.base + API + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        return url

    def get(self, path, params=None, record=True):
        url = self.url(path, params)
        req = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with self.opener.open(req, timeout=20) as r:
                resp = Response(url, r.status, r.headers.get("Content-Type"), r.read())
        except urllib.error.HTTPError as e:
            resp = Response(url, e.code, e.headers.get("Content-Type"), e.read())
        except (urllib.error.URLError, OSError) as e:
            resp = Response(url, None, None, None, error=str(e))
        if record:
            self.responses.append(resp)
        return resp


# ---------------------------------------------------------------------------------------------
# Paging


def plural(n, word):
    return f"all {n} {word}" + ("" if n == 1 else "s")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def page_errors(env, page, per_page):
    """Consistency of a Page envelope for the requested page number. per_page is the page size
    the server should be using, or None when it is not yet known (first page, default size)."""
    errs = []
    missing = [k for k in PAGE_FIELDS + ["contents"] if k not in env]
    if missing:
        # The Page schema marks nothing required, but clients need every field (the official
        # examples carry them all), and "contents" holds the items.
        errs.append(f"envelope lacks {missing}")
    contents = env.get("contents")
    if not isinstance(contents, list):
        return errs + ["contents is not an array"]
    ti, tp, pn, size = (env.get(k) for k in ("total_items", "total_pages", "page_number", "size"))
    if not all(is_int(v) for v in (ti, tp, pn, size)):
        return errs + ["total_items, total_pages, page_number and size must all be integers"]
    n = len(contents)
    if size != n:
        errs.append(f"size is {size} but contents has {n} items (size = entities in this page)")
    if pn != page:
        errs.append(f"page_number is {pn}, requested page {page}")
    if ti < 0 or tp < 0:
        errs.append(f"negative total_items {ti} or total_pages {tp}")
    if ti == 0:
        if tp not in (0, 1):
            errs.append(f"total_items is 0 but total_pages is {tp} (expected 0 or 1)")
        if n:
            errs.append("total_items is 0 but contents is not empty")
    else:
        if per_page is None and tp > 1 and page == 1:
            per_page = n  # page 1 of several is full: its length is the page size
        if per_page:
            want = math.ceil(ti / per_page)
            if tp != want:
                errs.append(f"total_pages is {tp}, expected ceil({ti}/{per_page}) = {want}")
            elif page < tp and n != per_page:
                errs.append(f"page {page} of {tp} has {n} items, expected {per_page}")
            elif page == tp and n != ti - (tp - 1) * per_page:
                errs.append(f"last page has {n} items, expected {ti - (tp - 1) * per_page}")
        elif tp == 1 and n != ti:
            errs.append(f"only page has {n} items but total_items is {ti}")
        if page <= tp and n == 0:
            errs.append(f"page {page} of {tp} is empty")
    if "first_page" in env and env["first_page"] is not (pn == 1):
        errs.append(f"first_page is {env.get('first_page')!r} on page {pn}")
    if "last_page" in env and env["last_page"] is not (pn >= tp):
        errs.append(f"last_page is {env.get('last_page')!r} on page {pn} of {tp}")
    if "empty" in env and env.get("empty") is not (ti == 0):
        errs.append(f"empty is {env.get('empty')!r} with total_items {ti}")
    return errs


class Lister:
    """Fetches and checks pages of a list endpoint against its openapi response schema
    (Page envelope + contents items of the schema openapi.json names)."""

    def __init__(self, client, schemas, notes):
        self.c = client
        self.s = schemas
        self.notes = notes  # undeclared properties seen: path -> example value

    def page(self, path, params=None, page=None, per_page=None, expected_per_page=None):
        q = dict(params or {})
        if per_page is not None:
            q["per_page"] = per_page
        if page is not None:
            q["page"] = page
        r = self.c.get(path, q)
        errs = r.expect(200)
        if errs:
            return r, None, errs
        env = r.json
        errs += schema_errors(self.s.openapi_validator(path), env)
        errs += page_errors(env, page or 1, expected_per_page or per_page)
        for key in env:
            if key not in PAGE_FIELDS and key != "contents":
                self.notes.setdefault(f"{path} envelope.{key}", env[key])
        item_validator = self.s.file_validator(self.s.list_item_ref(path))
        for item in env.get("contents") or []:
            undeclared(item_validator, item, f"{path} item", self.notes)
        return r, env, [f"{r.url}: {e}" if not e.startswith("http") else e for e in errs]

    def all(self, path, params=None, per_page=None):
        """Every item of a listing, following pages. Returns (items, errors, info)."""
        items, errs = [], []
        info = {"pages": 0, "total": None, "per_page": per_page}
        page, size = 1, per_page
        while True:
            r, env, e = self.page(path, params, page if page > 1 or per_page else None,
                                  per_page, expected_per_page=size)
            errs += e
            info["pages"] = page
            if env is None or not isinstance(env.get("contents"), list):
                break
            contents = env["contents"]
            items += [x for x in contents if isinstance(x, dict)]
            if info["total"] is None:
                info["total"] = env.get("total_items")
            elif env.get("total_items") != info["total"]:
                errs.append(f"{r.url}: total_items changed from {info['total']} to {env.get('total_items')}")
            if size is None:
                size = len(contents)
                info["per_page"] = size
            tp = env.get("total_pages")
            if env.get("last_page") is True or not contents or not is_int(tp) or page >= tp:
                break
            if page >= 500:
                errs.append(f"{path}: stopped after 500 pages")
                break
            page += 1
        ids = [x.get("id") for x in items]
        dupes = sorted({i for i in ids if ids.count(i) > 1}, key=str)
        if dupes:
            errs.append(f"{path}{'?' + urllib.parse.urlencode(params) if params else ''}: "
                        f"ids on more than one page: {dupes[:5]}")
        if is_int(info["total"]) and len(items) != info["total"] and not errs:
            errs.append(f"{path}: pages hold {len(items)} items but total_items is {info['total']}")
        return items, errs, info


def total_of(env):
    return env.get("total_items") if isinstance(env, dict) else None


def ids_of(items):
    return {x.get("id") for x in items if isinstance(x, dict)}


# ---------------------------------------------------------------------------------------------
# The checks


class Conformance:
    def __init__(self, client, schemas, report):
        self.c = client
        self.s = schemas
        self.rep = report
        self.notes = {}
        self.ls = Lister(client, schemas, self.notes)
        self.services, self.orgs, self.sals, self.taxonomies, self.terms = [], [], [], [], []
        self.full_services = {}
        self.total_services = 0

    def run(self):
        for step in (self.root, self.services_paging, self.service_details, self.services_search,
                     self.organizations, self.taxonomy, self.services_filters,
                     self.service_at_locations, self.references, self.errors, self.content_types):
            try:
                step()
            except Exception:  # a bug in the test or wildly unexpected output: report, go on
                self.rep.check(f"{step.__name__}: test raised an exception",
                               traceback.format_exc().rstrip().splitlines())
        if self.notes:
            # Not a failure: HSDS allows extra fields. Shown so misspelt HSDS names stand out.
            print(f"NOTE  {len(self.notes)} properties not declared by the HSDS schemas "
                  "(allowed as extensions; check they are not misspelt HSDS fields):")
            for path in sorted(self.notes)[:60]:
                print(f"        {path}  e.g. {short(self.notes[path], 60)}")

    def details(self, kind, path, items, label_field=None):
        """GET path/{id} for every item; validates against the schema openapi.json names."""
        ref = self.s.object_ref(path + "/{id}")
        v = self.s.file_validator(ref)
        errs, bad, seen = [], 0, {}
        for item in items:
            iid = item.get("id")
            if not isinstance(iid, str):
                continue
            r = self.c.get(f"{path}/{urllib.parse.quote(iid, safe='')}")
            e = r.expect(200)
            if not e:
                obj = r.json
                seen[iid] = obj
                e += schema_errors(v, obj, f"{iid}: ")
                undeclared(v, obj, f"{path}/{{id}}", self.notes)
                if obj.get("id") != iid:
                    e.append(f"{iid}: returned id {obj.get('id')!r}")
                if label_field and item.get(label_field) != obj.get(label_field):
                    e.append(f"{iid}: {label_field} {obj.get(label_field)!r} differs from the "
                             f"listing's {item.get(label_field)!r}")
            bad += bool(e)
            errs += e
        name = (f"GET {path}/{{id}} for all {len(items)} {kind}: valid {ref.rsplit('schema/', 1)[-1]}"
                + (f" ({bad} bad)" if bad else ""))
        if not items:
            errs.append(f"no {kind} to fetch (listing failed or empty)")
        self.rep.check(name, errs)
        return seen

    # -- GET /

    def root(self):
        r = self.c.get("/")
        errs = r.expect(200)
        if not errs:
            doc = r.json
            errs += schema_errors(self.s.openapi_validator("/"), doc)
            version = doc.get("version")
            if not (isinstance(version, str) and version.startswith("3.0")):
                errs.append(f"version is {version!r}, expected a string starting with '3.0'")
            if "profile" not in doc:
                errs.append("no 'profile' (URI of the HSDS profile)")
        self.rep.check("GET / : version 3.0.x, profile and openapi_url are URIs", errs)

    # -- GET /services

    def services_paging(self):
        path = "/services"
        _, env, errs = self.ls.page(path)
        total = total_of(env)
        if env is not None and (not is_int(total) or total < MIN_DEMO_SERVICES):
            errs.append(f"total_items is {total!r}, the demo has at least {MIN_DEMO_SERVICES} offers")
        if env is not None and env.get("page_number") != 1:
            errs.append("default page is not page 1")
        self.rep.check(f"GET /services (page 1, default per_page): Page envelope, "
                       f"service_list items, total_items >= {MIN_DEMO_SERVICES}", errs)

        _, p1, e1 = self.ls.page(path, page=1, per_page=5)
        _, p2, e2 = self.ls.page(path, page=2, per_page=5)
        errs = e1 + e2
        if p1 is not None and p2 is not None:
            if p2.get("size") != 5:
                errs.append(f"page 2 with per_page=5 has size {p2.get('size')}")
            common = ids_of(p1.get("contents") or []) & ids_of(p2.get("contents") or [])
            if common:
                errs.append(f"pages 1 and 2 share items {sorted(common, key=str)[:5]}")
            if p1.get("total_items") != total:
                errs.append(f"total_items {p1.get('total_items')} with per_page=5, {total} by default")
        self.rep.check("GET /services?per_page=5&page=2: consistent paging, items differ from page 1",
                       errs)

        self.services, errs, info = self.ls.all(path)
        self.rep.check(f"GET /services {plural(info['pages'], 'page')} (per_page {info['per_page']}): "
                       f"{len(self.services)} valid items, unique ids", errs)
        self.total_services = info["total"] if is_int(info["total"]) else len(self.services)

    def service_details(self):
        self.full_services = self.details("services", "/services", self.services, "name")

    def services_search(self):
        total = self.total_services
        _, env, errs = self.ls.page("/services", {"search": "baby"})
        if env is not None:
            t = total_of(env)
            if not (is_int(t) and 1 <= t < total):
                errs.append(f"total_items {t!r}, expected between 1 and {total - 1}")
        self.rep.check("GET /services?search=baby: some but not all offers", errs)

        _, env, errs = self.ls.page("/services", {"search": "zzzzqqq"})
        if env is not None:
            if total_of(env) != 0 or env.get("contents") != []:
                errs.append(f"total_items {total_of(env)!r}, {len(env.get('contents') or [])} items; "
                            "expected none")
            if "empty" in self.s.openapi["components"]["schemas"]["Page"]["properties"] \
                    and env.get("empty") is not True:
                errs.append(f"empty is {env.get('empty')!r}, expected true")
        self.rep.check("GET /services?search=zzzzqqq: empty page", errs)

        for when, want in (("2000-01-01T00:00:00Z", "all"), ("2999-01-01T00:00:00Z", "none")):
            _, env, errs = self.ls.page("/services", {"modified_after": when})
            if env is not None:
                t = total_of(env)
                expected = total if want == "all" else 0
                if t != expected:
                    errs.append(f"total_items {t!r}, expected {expected}")
            self.rep.check(f"GET /services?modified_after={when}: {want}", errs)

    def services_filters(self):
        # organization_id: exactly the services the full listing attributes to that organization.
        with_org = [s for s in self.services if isinstance(org_of(s), str)]
        if with_org:
            counts = {}
            for s in with_org:
                counts[org_of(s)] = counts.get(org_of(s), 0) + 1
            org = max(counts, key=lambda k: (counts[k], k))
        elif self.orgs:
            org = self.orgs[0].get("id")
        else:
            org = None
        if org is None:
            self.rep.check("GET /services?organization_id=X", ["no organization id to filter on"])
        else:
            items, errs, _ = self.ls.all("/services", {"organization_id": org})
            if not items and not errs:
                errs.append("no results")
            wrong = [s.get("id") for s in items if org_of(s) != org]
            if wrong:
                errs.append(f"{len(wrong)} items without organization_id {org}: {wrong[:5]}")
            expected = {s.get("id") for s in with_org if org_of(s) == org}
            if with_org and ids_of(items) != expected:
                errs.append(f"returned {len(items)} services, the listing has {len(expected)} for "
                            f"this organization (missing {sorted(expected - ids_of(items), key=str)[:5]})")
            self.rep.check(f"GET /services?organization_id={org}: only and all its {len(items)} services",
                           errs)

        # taxonomy_term_id: prefer a term that services link to through attributes (HSDS 3.0
        # links terms to services that way); the filter must return at least those services.
        term_ids = ids_of(self.terms)
        linked = {}
        for sid, svc in self.full_services.items():
            for a in svc.get("attributes") or []:
                if not isinstance(a, dict):
                    continue
                tid = a.get("taxonomy_term_id")
                if tid is None and isinstance(a.get("taxonomy_term"), dict):
                    tid = a["taxonomy_term"].get("id")
                if tid in term_ids:
                    linked.setdefault(tid, set()).add(sid)
        candidates = sorted(linked, key=lambda t: (-len(linked[t]), t)) + \
            [t for t in sorted(term_ids, key=str) if t not in linked]
        chosen, chosen_items, errs = None, [], []
        for tid in candidates[:40]:
            items, e, _ = self.ls.all("/services", {"taxonomy_term_id": tid})
            if e:
                errs += e
                chosen, chosen_items = tid, items
                break
            if items:
                chosen, chosen_items = tid, items
                missing = linked.get(tid, set()) - ids_of(items)
                if missing:
                    errs.append(f"services linked to term {tid} by attributes are missing: "
                                f"{sorted(missing)[:5]}")
                if not ids_of(items) <= ids_of(self.services):
                    errs.append("results include ids not in the full listing")
                break
        if not candidates:
            errs.append("no taxonomy terms from /taxonomy_terms to filter on")
        elif chosen is None:
            errs.append(f"no term of {min(len(candidates), 40)} tried gives any service")
        self.rep.check(f"GET /services?taxonomy_term_id={chosen}: >= 1 service "
                       f"({len(chosen_items)})", errs)

        # taxonomy_id: every service carrying the chosen term belongs to its taxonomy.
        term = next((t for t in self.terms if t.get("id") == chosen), None)
        tax = term.get("taxonomy_id") if term else None
        if not chosen_items or not isinstance(tax, str):
            self.rep.skip("GET /services?taxonomy_id=X", "no term with services and a taxonomy_id")
            return
        items, errs, _ = self.ls.all("/services", {"taxonomy_id": tax})
        missing = ids_of(chosen_items) - ids_of(items)
        if missing:
            errs.append(f"services with term {chosen} of this taxonomy are missing: {sorted(missing)[:5]}")
        self.rep.check(f"GET /services?taxonomy_id={tax}: includes the services of term {chosen}", errs)

    # -- GET /organizations

    def organizations(self):
        self.orgs, errs, info = self.ls.all("/organizations")
        if not self.orgs and not errs:
            errs.append("no organizations")
        self.rep.check(f"GET /organizations {plural(info['pages'], 'page')}: Page envelope, "
                       f"{len(self.orgs)} valid organization_list items", errs)
        self.details("organizations", "/organizations", self.orgs, "name")

    # -- GET /taxonomies, /taxonomy_terms

    def taxonomy(self):
        self.taxonomies, errs, info = self.ls.all("/taxonomies")
        if not self.taxonomies and not errs:
            errs.append("no taxonomies")
        self.rep.check(f"GET /taxonomies {plural(info['pages'], 'page')}: {len(self.taxonomies)} valid "
                       "taxonomy items", errs)
        self.details("taxonomies", "/taxonomies", self.taxonomies, "name")

        self.terms, errs, info = self.ls.all("/taxonomy_terms")
        if not self.terms and not errs:
            errs.append("no taxonomy terms")
        self.rep.check(f"GET /taxonomy_terms {plural(info['pages'], 'page')}: {len(self.terms)} valid "
                       "taxonomy_term items", errs)
        self.details("taxonomy terms", "/taxonomy_terms", self.terms, "name")

        def tax_of(t):
            if isinstance(t.get("taxonomy_id"), str):
                return t["taxonomy_id"]
            detail = t.get("taxonomy_detail")
            return detail.get("id") if isinstance(detail, dict) else None

        used = [tax_of(t) for t in self.terms if tax_of(t)]
        tax = max(set(used), key=lambda x: (used.count(x), x)) if used else \
            (self.taxonomies[0].get("id") if self.taxonomies else None)
        if tax is None:
            self.rep.check("GET /taxonomy_terms?taxonomy_id=X", ["no taxonomy to filter on"])
            return
        items, errs, _ = self.ls.all("/taxonomy_terms", {"taxonomy_id": tax})
        if not items and not errs:
            errs.append("no results")
        wrong = [t.get("id") for t in items if tax_of(t) != tax]
        if wrong:
            errs.append(f"{len(wrong)} terms without taxonomy_id {tax}: {wrong[:5]}")
        expected = {t.get("id") for t in self.terms if tax_of(t) == tax}
        if used and ids_of(items) != expected:
            errs.append(f"returned {len(items)} terms, the full listing has {len(expected)} in it")
        self.rep.check(f"GET /taxonomy_terms?taxonomy_id={tax}: only and all its {len(items)} terms",
                       errs)

    # -- GET /service_at_locations

    def service_at_locations(self):
        path = "/service_at_locations"
        self.sals, errs, info = self.ls.all(path)
        if not self.sals and not errs:
            errs.append("no service_at_locations")
        self.rep.check(f"GET {path} {plural(info['pages'], 'page')}: {len(self.sals)} valid "
                       "service_at_location_list items", errs)
        self.details("service_at_locations", path, self.sals)
        total = info["total"] if is_int(info["total"]) else len(self.sals)

        items, errs, _ = self.ls.all(path, {"postcode": "9240", "proximity": "5000"})
        if not errs and not 1 <= len(items) < total:
            errs.append(f"{len(items)} results, expected between 1 and {total - 1}")
        for it in items:
            loc = it.get("location") if isinstance(it.get("location"), dict) else {}
            lat, lon = loc.get("latitude"), loc.get("longitude")
            if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
                d = distance_m(ZELE, (lat, lon))
                if d > 6000:  # 5 km plus slack for a different postcode centroid
                    errs.append(f"{it.get('id')}: location is {d / 1000:.1f} km from Zele")
        self.rep.check(f"GET {path}?postcode=9240&proximity=5000: some but not all "
                       f"({len(items)} of {total}), all near Zele", errs)

        r = self.c.get(path, {"postcode": "0000"})
        errs = r.expect((400, 200))
        if r.status == 200 and not errs:
            if total_of(r.json) != 0 or r.json.get("contents") != []:
                errs.append(f"total_items {total_of(r.json)!r}; expected 400 or an empty page")
            errs += schema_errors(self.s.openapi_validator(path), r.json)
        self.rep.check(f"GET {path}?postcode=0000: 400 JSON or an empty page", errs)

    # -- references between the objects

    def references(self):
        errs = []
        orgs, services, terms, taxes = (ids_of(x) for x in (self.orgs, self.services, self.terms,
                                                             self.taxonomies))
        if not (orgs and services):
            self.rep.skip("references between objects", "listings missing")
            return
        for s in self.services:
            if org_of(s) is not None and org_of(s) not in orgs:
                errs.append(f"service {s.get('id')}: organization {org_of(s)} not in /organizations")
        for x in self.sals:
            if "service_id" in x and x["service_id"] not in services:
                errs.append(f"service_at_location {x.get('id')}: service_id {x['service_id']} "
                            "not in /services")
        for t in self.terms:
            if t.get("taxonomy_id") is not None and taxes and t["taxonomy_id"] not in taxes:
                errs.append(f"term {t.get('id')}: taxonomy_id {t['taxonomy_id']} not in /taxonomies")
            if t.get("parent_id") is not None and t["parent_id"] not in terms:
                errs.append(f"term {t.get('id')}: parent_id {t['parent_id']} not in /taxonomy_terms")
        self.rep.check("references resolve: service.organization_id, service_at_location.service_id, "
                       "term.taxonomy_id, term.parent_id", errs)

    # -- errors

    def errors(self):
        errs = self.c.get(f"/services/{NIL_UUID}").expect(404)
        self.rep.check(f"GET /services/{NIL_UUID}: 404 with a JSON body", errs)

        errs = []
        for path in ("/organizations", "/service_at_locations", "/taxonomies", "/taxonomy_terms"):
            errs += self.c.get(f"{path}/{NIL_UUID}").expect(404)
        for path in ("/services", "/organizations"):
            errs += self.c.get(f"{path}/not-a-uuid").expect((400, 404))
        self.rep.check("GET /{organizations,service_at_locations,taxonomies,taxonomy_terms}/<nil uuid>: "
                       "404 JSON; /{services,organizations}/not-a-uuid: 400 or 404 JSON", errs)

        r = self.c.get("/services", {"page": "abc"})
        errs = r.expect(400)
        if not errs and not error_message(r.json):
            errs.append(f"no message in {short(r.json, 200)} (looked for message, error, detail, "
                        "title, description, error.message)")
        self.rep.check("GET /services?page=abc: 400 JSON with a message", errs)

        r = self.c.get("/services", {"per_page": "100000"})
        errs = r.expect((400, 200))
        if r.status == 200 and not errs:
            errs += schema_errors(self.s.openapi_validator("/services"), r.json)
            errs += page_errors(r.json, 1, None)
        self.rep.check("GET /services?per_page=100000: 400 JSON or a clamped, consistent page", errs)

        errs = self.c.get("/nope").expect(404)
        self.rep.check("GET /api/hsds/nope: 404 with a JSON body", errs)

    def content_types(self):
        bad = [f"{r.url}: status {r.status}, Content-Type {r.content_type!r}"
               for r in self.c.responses if not r.error and not r.is_json_type()]
        self.rep.check(f"Content-Type application/json on all {len(self.c.responses)} responses", bad)


def org_of(service):
    """A service's organization: organization_id, or the id of the nested organization."""
    if isinstance(service.get("organization_id"), str):
        return service["organization_id"]
    org = service.get("organization")
    return org.get("id") if isinstance(org, dict) else None


def error_message(body):
    if not isinstance(body, dict):
        return None
    for key in ("message", "error", "detail", "title", "description"):
        v = body.get(key)
        if isinstance(v, str) and v.strip():
            return v
        if isinstance(v, dict) and isinstance(v.get("message"), str) and v["message"].strip():
            return v["message"]
    return None


def distance_m(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


# ---------------------------------------------------------------------------------------------
# The server under test


class Server:
    def __init__(self, hvhk, tmp):
        self.hvhk = hvhk
        self.tmp = tmp
        self.db = f"sqlite:{os.path.join(tmp, 'hvhk.db')}"
        self.port_file = os.path.join(tmp, "port")
        self.stdout_path = os.path.join(tmp, "server.stdout")
        self.stderr_path = os.path.join(tmp, "server.stderr")
        self.proc = None

    def load_demo(self, report):
        cmd = [self.hvhk, "--db", self.db, "demo"]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=120, cwd=self.tmp)
        except (OSError, subprocess.TimeoutExpired) as e:
            return report.check("hvhk --db sqlite:TMP/hvhk.db demo: exits 0", [str(e)])
        errs = []
        if done.returncode != 0:
            errs.append(f"exit code {done.returncode}")
            for name, data in (("stdout", done.stdout), ("stderr", done.stderr)):
                lines = data.decode("utf-8", "replace").splitlines()[-40:]
                errs += [f"{name}: {line}" for line in lines]
        return report.check("hvhk --db sqlite:TMP/hvhk.db demo: exits 0", errs)

    def start(self, report):
        cmd = [self.hvhk, "--db", self.db, "serve", "--listen", "127.0.0.1", "--port", "0",
               "--port-file", self.port_file]
        errs, port = [], None
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            try:
                self.proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                             cwd=self.tmp)
            except OSError as e:
                return report.check("hvhk serve: starts", [str(e)]) and None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                errs.append(f"server exited with code {self.proc.returncode} before writing the port file")
                break
            try:
                with open(self.port_file, encoding="ascii") as f:
                    text = f.read().strip()
                if text.isdigit() and 0 < int(text) < 65536:
                    port = int(text)
                    break
            except (OSError, UnicodeDecodeError):
                pass
            time.sleep(0.05)
        else:
            errs.append("no port number in the port file after 30 s")
        if port is not None:
            # The port file should only appear once the socket listens; allow a moment anyway.
            probe = Client(f"http://127.0.0.1:{port}")
            for _ in range(50):
                r = probe.get("/", record=False)
                if not r.error:
                    break
                time.sleep(0.1)
            else:
                errs.append(f"nothing answers on port {port}: {r.error}")
                port = None
        report.check("hvhk serve --listen 127.0.0.1 --port 0 --port-file TMP/port: "
                     f"listening{' on ' + str(port) if port else ''}", errs)
        return port

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def print_logs(self):
        for name, path in (("stderr", self.stderr_path), ("stdout", self.stdout_path)):
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    lines = f.read().splitlines()
            except OSError:
                continue
            if not lines and name == "stdout":
                continue
            print(f"---- server {name} (last {min(len(lines), 200)} of {len(lines)} lines) ----")
            for line in lines[-200:]:
                print(line)
            print(f"---- end of server {name} ----")


# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hvhk", help="path to the hvhk binary")
    ap.add_argument("--shared", required=True, help="path to the shared/ folder (holds hsds/schema)")
    ap.add_argument("--url", help="test a server already running at this base URL "
                                  "(e.g. http://127.0.0.1:8080) instead of starting one")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (database, logs)")
    args = ap.parse_args()
    if not args.hvhk and not args.url:
        ap.error("give --hvhk (or --url for a running server)")

    started = time.monotonic()
    report = Report()
    tmp = tempfile.mkdtemp(prefix="hvhk-hsds-conformance-")
    server = None
    try:
        schemas = Schemas(os.path.join(args.shared, "hsds", "schema"))
        base = None
        if args.url:
            base = args.url.rstrip("/")
        else:
            server = Server(os.path.abspath(args.hvhk), tmp)
            if server.load_demo(report):
                port = server.start(report)
                if port:
                    base = f"http://127.0.0.1:{port}"
        if base:
            Conformance(Client(base), schemas, report).run()
    except Exception:
        report.check("test set-up", traceback.format_exc().rstrip().splitlines())
    finally:
        if server:
            server.stop()
            if report.failed:
                server.print_logs()
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"(took {time.monotonic() - started:.1f} s)")
    print(f"{report.passed} passed, {report.failed} failed")
    return 0 if report.failed == 0 and report.passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
