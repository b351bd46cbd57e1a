#!/usr/bin/env python3
"""Lists the public symbols of a module's symbol graph that have no doc
comment, and exits 1 when there are any: every public symbol of StepvizCore
is documented (issue 21), and .ci/docs keeps it so.

Not counted: what the compiler synthesizes or inherits (no source location,
or docs from elsewhere), members named `_…`, and members that implement a
requirement of a protocol their type conforms to (DocC shows the
requirement's documentation there), including the standard library's
usual ones (description, hash(into:), next(), <, ==)."""
import json
import sys

STANDARD_REQUIREMENTS = {
    "description", "debugDescription", "hashValue", "hash(into:)", "==(_:_:)", "<(_:_:)",
    "init(rawValue:)", "rawValue", "next()", "id", "makeIterator()", "errorDescription",
}


def undocumented(graph):
    symbols = {s["identifier"]["precise"]: s for s in graph["symbols"]}
    requirements, conforms, member_of = {}, {}, {}
    for r in graph["relationships"]:
        if r["kind"] in ("requirementOf", "optionalRequirementOf"):
            requirements.setdefault(r["target"], set()).add(symbols.get(r["source"], {}).get("names", {}).get("title"))
        elif r["kind"] == "conformsTo":
            conforms.setdefault(r["source"], set()).add(r["target"])
        elif r["kind"] == "memberOf":
            member_of[r["source"]] = r["target"]
        elif r["kind"] in ("defaultImplementationOf", "overrides"):
            member_of.setdefault(r["source"], None)
    implemented = set()
    for member, owner in member_of.items():
        title = symbols.get(member, {}).get("names", {}).get("title")
        if title in STANDARD_REQUIREMENTS:
            implemented.add(member)
        for protocol in conforms.get(owner, ()):
            if title in requirements.get(protocol, ()):
                implemented.add(member)
    for r in graph["relationships"]:
        if r["kind"] in ("defaultImplementationOf", "overrides"):
            implemented.add(r["source"])
    found = []
    for key, s in symbols.items():
        if s.get("accessLevel") != "public" or "docComment" in s or "sourceOrigin" in s:
            continue
        if any(p.startswith("_") for p in s["pathComponents"]) or key in implemented:
            continue
        location = s.get("location")
        if not location:
            continue
        path = location["uri"].split("/Sources/")[-1]
        found.append((path, location["position"]["line"] + 1, ".".join(s["pathComponents"])))
    return sorted(found)


def main():
    missing = []
    for path in sys.argv[1:]:
        with open(path) as f:
            missing += undocumented(json.load(f))
    for path, line, name in missing:
        print(f"Sources/{path}:{line}: public symbol without documentation: {name}")
    if missing:
        print(f"{len(missing)} public symbols without documentation", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
