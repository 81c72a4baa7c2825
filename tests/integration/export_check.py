#!/usr/bin/env python3
"""export_check.py — validate tenure's exports against their formats' rules.

    export_check.py popolo FILE   Popolo JSON Schemas (tests/fixtures/popolo,
                                  draft 03, offline) plus the spec's MUSTs:
                                  every post has an organization, references
                                  resolve, sources are URLs, extra keys only
                                  under "extra"
    export_check.py ftm FILE      FollowTheMoney rules for the schemata we
                                  write (Person, Organization, Position,
                                  Occupancy): required properties, known
                                  properties only, property types (country,
                                  date, url, topic, entity references)
    export_check.py qs FILE       QuickStatements V1 that Wikidata accepts:
                                  P39 values are items, qualifiers are time
                                  values, references S854 (URL) and S813
    export_check.py csv FILE      the CSV columns and value types

Prints one line per problem and exits 1 when there is any.
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
POPOLO = os.path.join(HERE, "..", "fixtures", "popolo")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
ITEM = re.compile(r"^Q[1-9][0-9]*$")
TIME = re.compile(r"^\+[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(9|10|11)$")

problems = []


def bad(msg):
    problems.append(msg)


def check_popolo(path):
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT3

    resources = []
    schemas = {}
    for name in os.listdir(POPOLO):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(POPOLO, name)) as f:
            s = json.load(f)
        schemas[name[:-5]] = s
        uri = s["id"].rstrip("#")
        resources.append((uri, Resource(contents=s, specification=DRAFT3)))
        resources.append((uri + "#", Resource(contents=s, specification=DRAFT3)))
    registry = Registry().with_resources(resources)
    with open(path) as f:
        doc = json.load(f)
    if set(doc) != {"persons", "organizations", "posts", "memberships"}:
        bad("popolo: top-level keys %s" % sorted(doc))
    kinds = {"persons": "person", "organizations": "organization", "posts": "post",
             "memberships": "membership"}
    ids = {k: set() for k in kinds}
    for section, schema in kinds.items():
        validator = jsonschema.Draft3Validator(schemas[schema], registry=registry)
        allowed = set(schemas[schema]["properties"]) | {"extra"}
        for obj in doc.get(section, []):
            for e in validator.iter_errors(obj):
                bad("popolo %s %s: %s" % (schema, obj.get("id"), e.message))
            for k in obj:
                if k not in allowed:
                    bad("popolo %s %s: %r is not a Popolo property (extras go under 'extra')"
                        % (schema, obj.get("id"), k))
            for s in obj.get("sources", []):
                if not URL.match(s.get("url", "")):
                    bad("popolo %s %s: source %r is not a URL" % (schema, obj.get("id"), s))
            if obj.get("id") in ids[section]:
                bad("popolo: duplicate id %s" % obj.get("id"))
            ids[section].add(obj.get("id"))
    for p in doc.get("posts", []):
        if p.get("organization_id") not in ids["organizations"]:
            bad("popolo post %s: organization %r is missing (a post MUST have one)"
                % (p.get("id"), p.get("organization_id")))
    for m in doc.get("memberships", []):
        if m.get("person_id") not in ids["persons"]:
            bad("popolo membership %s: no person %r" % (m.get("id"), m.get("person_id")))
        if "post_id" in m and m["post_id"] not in ids["posts"]:
            bad("popolo membership %s: no post %r" % (m.get("id"), m["post_id"]))
        if "organization_id" in m and m["organization_id"] not in ids["organizations"]:
            bad("popolo membership %s: no organization %r" % (m.get("id"), m["organization_id"]))
        if "post_id" in m and "organization_id" not in m:
            bad("popolo membership %s: a post without its organization" % m.get("id"))


# The FtM schemata we write: required properties and, for each property we
# may use, its type (from followthemoney/schema/*.yaml: Thing, LegalEntity,
# Person, Organization, Position, Interval, Occupancy).
FTM = {
    "Person": {"required": ["name"],
               "props": {"name": "name", "country": "country", "topics": "topic",
                         "wikidataId": "identifier", "sourceUrl": "url"}},
    "Organization": {"required": ["name"],
                     "props": {"name": "name", "country": "country", "topics": "topic",
                               "wikidataId": "identifier", "sourceUrl": "url"}},
    "Position": {"required": ["name"],
                 "props": {"name": "name", "country": "country", "topics": "topic",
                           "wikidataId": "identifier", "sourceUrl": "url",
                           "organization": "entity:Organization", "subnationalArea": "string"}},
    "Occupancy": {"required": ["holder", "post"],
                  "props": {"holder": "entity:Person", "post": "entity:Position",
                            "status": "string", "startDate": "date", "endDate": "date",
                            "sourceUrl": "url"}},
}
# followthemoney/types/topic.py (the values we may write are a subset)
TOPICS = {"gov", "gov.national", "gov.state", "gov.muni", "gov.soe", "gov.igo", "gov.head",
          "gov.admin", "gov.executive", "gov.legislative", "gov.judicial", "gov.security",
          "gov.financial", "role.pep", "role.rca", "role.civil", "role.diplo", "role.judge",
          "pol.party", "pol.union", "mil"}


def check_ftm(path):
    entities = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            try:
                entities.append(json.loads(line))
            except ValueError as e:
                bad("ftm line %d: not JSON: %s" % (n, e))
    schema_of = {}
    for e in entities:
        if not isinstance(e.get("id"), str) or not e["id"]:
            bad("ftm: entity without an id: %r" % e)
            continue
        if e["id"] in schema_of:
            bad("ftm: duplicate id %s" % e["id"])
        schema_of[e["id"]] = e.get("schema")
    for e in entities:
        sch = FTM.get(e.get("schema"))
        if sch is None:
            bad("ftm %s: schema %r" % (e.get("id"), e.get("schema")))
            continue
        props = e.get("properties", {})
        for r in sch["required"]:
            if not props.get(r):
                bad("ftm %s: required property %s missing" % (e["id"], r))
        for k, values in props.items():
            t = sch["props"].get(k)
            if t is None:
                bad("ftm %s: %s is not a property of %s" % (e["id"], k, e["schema"]))
                continue
            if not isinstance(values, list) or not values or \
                    not all(isinstance(v, str) and v for v in values):
                bad("ftm %s: %s must be a list of strings" % (e["id"], k))
                continue
            for v in values:
                if t == "country" and not re.match(r"^[a-z]{2}$", v):
                    bad("ftm %s: country %r" % (e["id"], v))
                elif t == "date" and not DATE.match(v):
                    bad("ftm %s: %s %r is not a date" % (e["id"], k, v))
                elif t == "url" and not URL.match(v):
                    bad("ftm %s: %s %r is not a URL" % (e["id"], k, v))
                elif t == "topic" and v not in TOPICS:
                    bad("ftm %s: topic %r" % (e["id"], v))
                elif t == "identifier" and k == "wikidataId" and not ITEM.match(v):
                    bad("ftm %s: wikidataId %r" % (e["id"], v))
                elif t.startswith("entity:") and schema_of.get(v) != t[7:]:
                    bad("ftm %s: %s %r is not a %s of the export" % (e["id"], k, v, t[7:]))
        if e["schema"] == "Occupancy":
            st = props.get("status", [None])[0]
            if st not in ("current", "ended", "unknown"):
                bad("ftm %s: status %r" % (e["id"], st))


def check_qs(path):
    created = False
    with open(path) as f:
        for n, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if cols == ["CREATE"]:
                created = True
                continue
            subject = cols[0]
            if subject == "LAST":
                if not created:
                    bad("qs line %d: LAST before any CREATE" % n)
            elif not ITEM.match(subject):
                bad("qs line %d: subject %r" % (n, subject))
            if len(cols) < 3 or len(cols) % 2 == 0:
                bad("qs line %d: expected subject, property, value and pairs" % n)
                continue
            prop, value = cols[1], cols[2]
            if prop == "P39" and not ITEM.match(value):
                bad("qs line %d: P39 value %r is not an item" % (n, value))
            if prop == "P31" and value != "Q5":
                bad("qs line %d: P31 %r" % (n, value))
            if prop.startswith("L") and not re.match(r'^[a-z]+:?".*"$|^".*"$', value):
                bad("qs line %d: label %r" % (n, value))
            for q, v in zip(cols[3::2], cols[4::2]):
                if q in ("P580", "P582", "S813") and not TIME.match(v):
                    bad("qs line %d: %s %r is not a time value" % (n, q, v))
                elif q == "S813" and not v.endswith("/11"):
                    bad("qs line %d: S813 must be a day" % n)
                elif q == "S854" and not (v.startswith('"') and v.endswith('"')
                                          and URL.match(v[1:-1])):
                    bad("qs line %d: S854 %r is not a quoted URL" % (n, v))
                elif q not in ("P580", "P582", "S854", "S813"):
                    bad("qs line %d: unexpected %s" % (n, q))


CSV_COLUMNS = ["person_id", "person", "post_id", "post", "organization", "start_after",
               "start_before", "end_after", "end_before", "first_seen", "last_seen", "status",
               "certainty", "evidence", "source_url"]


def check_csv(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != CSV_COLUMNS:
        bad("csv: header %r" % (rows[:1],))
        return
    for n, r in enumerate(rows[1:], 2):
        d = dict(zip(CSV_COLUMNS, r))
        if len(r) != len(CSV_COLUMNS):
            bad("csv line %d: %d cells" % (n, len(r)))
            continue
        for k in ("person_id", "post_id", "evidence"):
            if not d[k].isdigit():
                bad("csv line %d: %s %r" % (n, k, d[k]))
        for k in CSV_COLUMNS[5:11]:
            if d[k] and not DATE.match(d[k]):
                bad("csv line %d: %s %r" % (n, k, d[k]))
        if d["status"] not in ("current", "ended", "unknown"):
            bad("csv line %d: status %r" % (n, d["status"]))
        if d["certainty"] not in ("certain", "possible", "undated"):
            bad("csv line %d: certainty %r" % (n, d["certainty"]))
        if d["source_url"] and not URL.match(d["source_url"]):
            bad("csv line %d: source_url %r" % (n, d["source_url"]))


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("popolo", "ftm", "qs", "csv"):
        sys.exit(__doc__)
    {"popolo": check_popolo, "ftm": check_ftm, "qs": check_qs, "csv": check_csv}[sys.argv[1]](
        sys.argv[2])
    for p in problems[:50]:
        print(p)
    if len(problems) > 50:
        print("... %d problems in all" % len(problems))
    sys.exit(1 if problems else 0)
