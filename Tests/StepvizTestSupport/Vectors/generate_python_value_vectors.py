#!/usr/bin/env python3
"""Generates the PythonValue test vectors from CPython itself.

    python3 Tests/StepvizTestSupport/Vectors/generate_python_value_vectors.py

writes python_value_vectors.json next to this script. The Swift tests
(Tests/StepvizCoreTests/Values/) rebuild every value with
PythonValue(literal:) and demand what CPython gave:

- pairs: `a < b`, `b < a` (True, False or the exact TypeError line),
  `a == b` and `len({a, b})`; mixed int/float/bool at the 2**53 and 2**63
  edges, -0.0, inf, strings by code point (astral, é precomposed and
  decomposed), tuples decided early, prefixes, undecidable tuples, None.
- reprs: a value written as a literal that is not its repr (floats as
  %.17e, strings with every non-ASCII character escaped) and `repr(value)`;
  plus the code points str.isprintable() refuses, as ranges (Unicode 14.0
  in CPython 3.11), which decide repr's escapes.
- literals: texts and the repr of `ast.literal_eval(text)`; bad texts with
  the PythonLiteralError problem stepviz gives and what CPython did with
  them (a SyntaxError, or a value stepviz cannot hold); whitespace-separated
  sequences as PythonValue.literals(in:) reads them.
- heap: seeded heappush/heappop/heappushpop/heapreplace/heapify scripts on a
  list with CPython's C heapq, over mostly comparable values with the odd
  str, None or mismatched tuple; after every op the result or the exact
  error line and repr(heap) (a raising `<` leaves the list as the C sifts
  had it: they swap, so the held item sits where the sift stopped).
- lru: get/put scripts on the OrderedDict recipe over mixed keys and values,
  1, 1.0 and True among them (an update keeps the FIRST key object);
  repr(list(od.items())) and the counters after every op.
- deque: append/appendleft/pop/popleft/extend/extendleft/rotate/clear/index
  scripts on collections.deque with mixed values and maxlen; repr(d) after
  every op.

Every value is in stepviz's grammar (64-bit ints, no NaN: no literal makes
one). Deterministic: random.Random(seed) only, no set or dict iteration of
strings (hash randomization); same Python, same bytes. Rerun after changing
it and commit the script with the regenerated file.
"""

import ast
import heapq
import json
import math
import os
import random
import re
import struct
import sys
import unicodedata
import warnings
from collections import OrderedDict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

assert heapq.heappush.__module__ == "_heapq", "the vectors must come from CPython's C heapq"
assert sys.version_info[:2] == (3, 11), "printability (Unicode 14.0) is CPython 3.11's"

# Characters strings are made of: ASCII with every escape repr knows,
# controls, Latin-1's unprintables, combining marks (é two ways), astral
# (printable and not), Unicode 14 vs 15 (U+1FAE0 is 14.0, U+1FAE8 is 15.0:
# unassigned, so unprintable, to CPython 3.11), separators and formats.
ALPHABET = [
    "a", "b", "c", "z", "A", "Z", "0", "9", " ", "_", "'", '"', "\\", "\n", "\t", "\r",
    "\x00", "\x07", "\x1b", "\x1f", "\x7f", "\x80", "\x9f", "\xa0", "\xad", "\xe9", "\xff",
    "e\u0301", "\u0301", "\xdf", "\u03a9", "\u4e2d", "\u2028", "\u2029", "\u200b", "\u3000",
    "\ufeff", "\ue000", "\uffff", "\u061c", "\u0378", "\U0001f600", "\U0001fae0", "\U0001fae8",
    "\U0001d11e", "\U000e0001", "\U0010ffff", "\U000f0000", "\U00020000",
]
SPECIAL_FLOATS = [
    0.0, -0.0, 0.1, 0.5, 1.0, -1.0, 1.5, 2.5, 1e16, 1e-05, 1e-4, 1e15, 1e17, 1e22, 1e308,
    -1e308, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 123456789012345678.0,
    9007199254740992.0, 9007199254740994.0, 9223372036854775808.0, -9223372036854775808.0,
    9999999999999998.0, 0.30000000000000004, 1 / 3, math.inf, -math.inf, 100.0, 1234.5,
]
SPECIAL_INTS = [
    0, 1, -1, 2, 7, 255, 2**31, 2**53, 2**53 + 1, -(2**53) - 1, INT64_MAX, INT64_MIN,
    INT64_MAX - 1, 10**18,
]


# MARK: - Values and their literals


def random_int(rng):
    roll = rng.random()
    if roll < 0.6:
        return rng.randint(-9, 20)
    if roll < 0.8:
        return rng.randint(-1000, 1000)
    if roll < 0.9:
        return rng.choice(SPECIAL_INTS)
    return rng.randint(INT64_MIN, INT64_MAX)


def random_float(rng):
    roll = rng.random()
    if roll < 0.35:
        return rng.randint(-40, 40) / 4
    if roll < 0.55:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if roll < 0.75:
        return rng.choice(SPECIAL_FLOATS)
    while True:  # any finite double, by its bits
        value = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(value):
            return value


def random_str(rng, short=False):
    length = rng.choice([0, 1, 1, 2, 3] if short else [0, 1, 2, 3, 4, 6])
    if rng.random() < 0.4:
        return "".join(rng.choice("abcde") for _ in range(length))
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def random_value(rng, depth=0):
    roll = rng.random()
    if roll < 0.3:
        return random_int(rng)
    if roll < 0.5:
        return random_float(rng)
    if roll < 0.7:
        return random_str(rng)
    if roll < 0.77:
        return None
    if roll < 0.85:
        return rng.random() < 0.5
    if depth >= 2:
        return random_int(rng)
    return tuple(random_value(rng, depth + 1) for _ in range(rng.choice([0, 1, 2, 2, 3, 4])))


def check_in_grammar(value):
    """Every value must be one stepviz can hold."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        if isinstance(value, str):
            assert not any(0xD800 <= ord(c) <= 0xDFFF for c in value)
        return
    if isinstance(value, int):
        assert INT64_MIN <= value <= INT64_MAX, value
    elif isinstance(value, float):
        assert not math.isnan(value)
    elif isinstance(value, tuple):
        for item in value:
            check_in_grammar(item)
    else:
        raise AssertionError(repr(value))


def lit(value):
    """The literal the Swift side parses: repr, which is a literal for every
    value here (inf is not: 1e999 reads as inf)."""
    check_in_grammar(value)
    if isinstance(value, float) and math.isinf(value):
        return "1e999" if value > 0 else "-1e999"
    if isinstance(value, tuple):
        if len(value) == 1:
            return "(" + lit(value[0]) + ",)"
        return "(" + ", ".join(lit(item) for item in value) + ")"
    text = repr(value)
    assert same(ast.literal_eval(text), value), text
    return text


def escaped_lit(value):
    """A literal that is not repr's text, to check repr against: floats as
    %.17e (exact), strings with every character outside printable ASCII
    as \\x, \\u or \\U, always in double quotes."""
    check_in_grammar(value)
    if isinstance(value, float):
        if math.isinf(value):
            return "1e999" if value > 0 else "-1e999"
        return "%.17e" % value
    if isinstance(value, str):
        out = []
        for c in value:
            code = ord(c)
            if c in "\\\"":
                out.append("\\" + c)
            elif 0x20 <= code < 0x7F:
                out.append(c)
            elif code <= 0xFF:
                out.append("\\x%02x" % code)
            elif code <= 0xFFFF:
                out.append("\\u%04x" % code)
            else:
                out.append("\\U%08x" % code)
        return '"' + "".join(out) + '"'
    if isinstance(value, tuple):
        if len(value) == 1:
            return "(" + escaped_lit(value[0]) + ",)"
        return "(" + ", ".join(escaped_lit(item) for item in value) + ")"
    return lit(value)


def same(a, b):
    """The same Python value, type included, all the way down (-0.0 is not 0.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float):
        return math.copysign(1, a) == math.copysign(1, b) and a == b
    return a == b


def error_line(exc):
    return "%s: %s" % (type(exc).__name__, exc)


def less(a, b):
    try:
        return "True" if a < b else "False"
    except TypeError as exc:
        return error_line(exc)


# MARK: - Pairs: ordering, equality, hashing


def variant(rng, value):
    """A value equal or nearly equal to `value`, often of another type."""
    if isinstance(value, bool):
        return rng.choice([int(value), float(value), not value])
    if isinstance(value, int):
        # float(value) is the nearest double, unequal to it beyond 2**53.
        choices = [value + rng.choice([-1, 1]) if INT64_MIN < value < INT64_MAX else value, bool(value), float(value)]
        if value in (0, 1):
            choices.append(value == 1)
        return rng.choice(choices)
    if isinstance(value, float):
        choices = [math.nextafter(value, math.inf), -value]
        if math.isfinite(value) and value == int(value) and INT64_MIN <= int(value) <= INT64_MAX:
            choices += [int(value), int(value)]
        return rng.choice(choices)
    if isinstance(value, str):
        choices = [value + rng.choice(ALPHABET), value[:-1], value[::-1], value]
        if "\xe9" in value:
            choices.append(value.replace("\xe9", "e\u0301"))
        return rng.choice(choices)
    if isinstance(value, tuple):
        if not value:
            return rng.choice([(), (0,), (None,)])
        items = list(value)
        roll = rng.random()
        if roll < 0.3:
            return tuple(items[:-1])
        if roll < 0.5:
            return tuple(items + [random_value(rng, 2)])
        index = rng.randrange(len(items))
        items[index] = variant(rng, items[index]) if rng.random() < 0.7 else random_value(rng, 2)
        return tuple(items)
    return rng.choice([None, 0, False, ()])


HAND_PAIRS = [
    (1, 1.0), (1, True), (1.0, True), (0, False), (0, -0.0), (0.0, -0.0), (False, -0.0),
    (2**53 + 1, 9007199254740992.0), (2**53 + 1, 9007199254740994.0), (2**53, 9007199254740992.0),
    (INT64_MAX, 9223372036854775808.0), (INT64_MIN, -9223372036854775808.0), (INT64_MIN, -1e308),
    (INT64_MAX, math.inf), (INT64_MIN, -math.inf), (INT64_MIN, math.nextafter(-(2.0**63), -math.inf)),
    (1e308, math.inf), (1e308, 10**18), (5e-324, 0),
    (5e-324, -0.0), (True, 2), (False, True), (True, 1.5), (-1, False), (0.5, True),
    ("\xe9", "e\u0301"), ("e\u0301", "f"), ("\xe9", "f"), ("\U0001f600", "\uffff"), ("\ue000", "\U00010000"),
    ("a", "ab"), ("", "a"), ("B", "a"), ("Z", "\xe9"), ("\x00", ""), ("abc", "abd"),
    ((1, "b"), (1, 2)), ((0, "b"), (1, 2)), ((1, 2), (1, 2, 3)), ((1, 2), (1,)), ((), ()), ((), (None,)),
    ((1, (2, "x")), (1, (2, 3))), ((1, (2, "x")), (1, (3, 3))), ((None,), (None,)), ((None, 1), (None, 2)),
    ((1, None), (1, 0)), ((1.0, "a"), (1, "a")), ((True, "a"), (1, "b")), ((1,), 1),
    ("1", 1), (None, None), (None, 0), (0, None), (None, ()), ("a", None), ((1, 2), "x"), (True, "a"),
    (-0.0, ()), ((2**53 + 1,), (9007199254740992.0,)), ((-0.0, "a"), (0, "a")), (math.inf, -math.inf),
    (((1,),), ((1.0,),)), (((1,),), (((1,),),)), (("a", 1), ("a", "1")), (("a", "b"), ("a",)),
]


def near_pairs(rng):
    """An int against the doubles around it, where rounding the int to a
    double first would get it wrong: beyond 2**53 and at the 2**63 edges."""
    records = []
    for _ in range(60):
        a = rng.choice([rng.randint(2**53, INT64_MAX), -rng.randint(2**53, 2**63), rng.choice(SPECIAL_INTS)])
        b = float(a)
        for _ in range(rng.randint(0, 2)):
            b = math.nextafter(b, rng.choice([math.inf, -math.inf]))
        records.append(pair_record(a, b) if rng.random() < 0.5 else pair_record(b, a))
    return records


def pair_record(a, b):
    return {"a": lit(a), "b": lit(b), "lt": less(a, b), "gt": less(b, a), "eq": a == b, "distinct": len({a, b})}


def same_kind(rng, kind):
    if kind == "number":
        make = rng.choice([random_int, random_float, lambda r: r.random() < 0.5])
        return make(rng)
    if kind == "str":
        return random_str(rng, short=True)
    return tuple(rng.choice([random_int(rng), random_str(rng, True), None]) for _ in range(rng.randint(0, 3)))


def pairs(rng):
    records = [pair_record(a, b) for a, b in HAND_PAIRS] + near_pairs(rng)
    for number in range(520):
        style = number % 4
        if style == 0:  # anything against anything
            a, b = random_value(rng), random_value(rng)
        elif style == 1:  # one against a near copy
            a = random_value(rng)
            b = variant(rng, a)
        elif style == 2:  # the same kind
            kind = rng.choice(["number", "number", "str", "tuple"])
            a, b = same_kind(rng, kind), same_kind(rng, kind)
        else:  # tuples with a common prefix, decided (or not) at one element
            prefix = [random_value(rng, 2) for _ in range(rng.randint(0, 2))]
            a = tuple(prefix + [random_value(rng, 2) for _ in range(rng.randint(0, 2))])
            b = tuple(prefix + [random_value(rng, 2) for _ in range(rng.randint(0, 2))])
        if rng.random() < 0.5:
            a, b = b, a
        records.append(pair_record(a, b))
    return records


# MARK: - repr


HAND_REPRS = [
    0.1, 1e16, 1e-05, 1e16, -0.0, 0.0, math.inf, -math.inf, 123456789012345678.0, 5e-324, 1e22, 1e-4,
    0.001, 9999999999999998.0, 1e15, 123456789012345.6, 1.7976931348623157e308, 2.2250738585072014e-308,
    1.0, 100.0, 1e100, -1.5e-7, 0.30000000000000004, 1 / 3, 2.0**63, 2.0**53 + 2, 4.35, 1e23,
    "", "it's", 'say "hi"', "it's \"both\"", "'", '"', "\\", "a\\b", "\n", "\t", "\r", "\x00", "\x7f",
    "\x80", "\xa0", "\xad", "\xff", "\u200b", "\u2028", "\ufeff", "\ue000", "\U0001f600", "\U0001fae0",
    "\U0001fae8", "\U000e0001", "\U0010ffff", "\xe9", "e\u0301", "\u0301", "\x1b[0m", "tab\there",
    "\u0378", "\u3000", "\u061c", "\U00020000", "\U000f0000",
    (1,), (), ((),), (1, 2), ((1, 2), "a"), (1, (2, (3,))), ("it's",), (None, True, False), (-0.0, 1e16),
    None, True, False, 0, -1, INT64_MAX, INT64_MIN, ((1, "read"), 1.5, None, True, "it's"),
]


def reprs(rng):
    values = list(HAND_REPRS)
    values += [random_float(rng) for _ in range(300)]
    values += [random_str(rng) for _ in range(150)]
    values += [random_value(rng) for _ in range(150)]
    return [{"literal": escaped_lit(v), "repr": repr(v)} for v in values]


def unprintable_ranges():
    ranges = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF or chr(code).isprintable():
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ranges


# MARK: - Literal parsing


GOOD_LITERALS = [
    "0x1F", "0X1f", "0o17", "0b101", "0x_ff", "1_000", "1_000.000_1", ".5", "5.", "1e3", "1E3", "1e-3",
    "1.5e+3", "00", "0_0", "00.5", "1e999", "-1e999", "1e-999", "-0.0", "+3", "-3", "- 3", "+0.5",
    "9223372036854775807", "-9223372036854775808", "0x7fffffffffffffff", "-0x8000000000000000",
    "0.1000000000000000055511151231257827", "123456789012345678.0",
    "r'a\\b'", "R'a\\b'", "r'\\''", "'''x'''", '"""a"b"""', "'''a''b'''", "''''a'''", "\"it's\"", "'it\\'s'",
    "u'x'", "U'x'", "''", '""', "'a\\\nb'", "'''two\nlines'''", "'\\a\\b\\f\\n\\r\\t\\v'", "'\\0'", "'\\101'",
    "'\\7777'", "'\\x41'", "'\\u00e9'", "'\\U0001F600'", "'e\\u0301'", "'\\\\'", "'\\\"'", '"\\\'"', "'é'",
    "'\U0001f600'", "'\\x00\\x7f'",
    "(1)", "(1,)", "((1, 2), 'a')", "()", "( )", "(1, 2,)", "( 1 , 2 )", "((1))", "(((1,),),)", "((),)",
    "(1,(2,(3,)))", "('a', None, True, False)", "None", "True", "False", " 1 ", "\t(1,\n2)\n",
    "(-0.0, +1e16, 0x10)", "(1e999, -1e999)",
    # Universal newlines: CPython reads \r\n and \r as \n, inside strings too.
    "'''a\r\nb'''", "'''a\rb'''", "'a\\\r\nb'", "r'''x\r\ny'''", "(1,\r\n2)",
]

# Text stepviz refuses, with the problem its PythonLiteralError names.
BAD_LITERALS = [
    ("'abc", "unterminated string"),
    ('"abc', "unterminated string"),
    ("'''abc''", "unterminated string"),
    ("'a\nb'", "unterminated string"),
    ("'a\rb'", "unterminated string"),
    ("r'a\\'", "unterminated string"),
    (")", "unmatched ')'"),
    ("1)", "unmatched ')'"),
    ("]", "unmatched ']'"),
    ("(1, 2", "unclosed '('"),
    ("(", "unclosed '('"),
    ("(1 2)", "expected ',' or ')' in tuple"),
    ("(,)", "not a value"),
    ("(1,,)", "not a value"),
    ("9223372036854775808", "integer out of the 64-bit range"),
    ("-9223372036854775809", "integer out of the 64-bit range"),
    ("0x10000000000000000", "integer out of the 64-bit range"),
    ("0x8000000000000000", "integer out of the 64-bit range"),
    ("99999999999999999999", "integer out of the 64-bit range"),
    ("'\\q'", "unknown escape \\q in string"),
    ("'\\8'", "unknown escape \\8 in string"),
    ("'\\x4'", "truncated \\x escape in string"),
    ("'\\u12'", "truncated \\u escape in string"),
    ("'\\U0011ffff'", "illegal Unicode character in string"),
    ("'\\ud800'", "a lone surrogate cannot be held in a string"),
    ("'\\N{BULLET}'", "named escapes are not supported"),
    ("[1]", "not a value"),
    ("{1: 2}", "not a value"),
    ("b'x'", "bytes are not supported"),
    ("f'x'", "f-strings are not supported"),
    ("1j", "complex numbers are not supported"),
    ("1_", "not a number"),
    ("1__0", "not a number"),
    ("0b102", "not a number"),
    ("1e", "not a number"),
    ("1.5.2", "not a number"),
    ("0x", "not a number"),
    ("inf", "not a value"),
    ("nan", "not a value"),
    ("none", "not a value"),
    ("-", "a sign must be followed by a number"),
    ("--1", "a sign must be followed by a number"),
    ("", "expected a value"),
    ("   ", "expected a value"),
    ("1 2", "not a value"),
    ("'a' 'b'", "not a value"),
]

# Whitespace-separated arguments, as an operation's are typed.
SEQUENCES = [
    ("1 'a b' (2, 3)", ["1", "'a b'", "(2, 3)"]),
    ("'alice' (3, 4.5)", ["'alice'", "(3, 4.5)"]),
    ("", []),
    ("  None\tTrue\nFalse ", ["None", "True", "False"]),
    ("-1 - 2 +3", ["-1", "- 2", "+3"]),
    ("(1,) (1) ()", ["(1,)", "(1)", "()"]),
]


def python_verdict(text):
    """What CPython makes of a text stepviz refuses: the error, or the value
    and why stepviz cannot hold it."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = ast.literal_eval(text)
        except (SyntaxError, ValueError, TypeError) as exc:
            # "malformed node ... <ast.Name object at 0x7f...>": no address, same bytes.
            message = re.sub(r" object at 0x[0-9a-f]+", " object", str(exc).splitlines()[0])
            return "%s: %s" % (type(exc).__name__, message)
    note = "%r (%s)" % (value, type(value).__name__)
    if caught:
        note += " with %s: %s" % (caught[0].category.__name__, caught[0].message)
    return note


def literals():
    good = []
    for text in GOOD_LITERALS:
        value = ast.literal_eval(text)
        check_in_grammar(value)
        good.append({"text": text, "repr": repr(value)})
    bad = []
    for text, problem in BAD_LITERALS:
        verdict = python_verdict(text)
        try:
            value = ast.literal_eval(text)
        except Exception:
            pass
        else:
            out_of_grammar = False
            try:
                check_in_grammar(value)
            except AssertionError:
                out_of_grammar = True
            # Python reads it, but as something stepviz cannot hold, or only
            # with a warning (unknown escapes), or as two literals run together.
            assert out_of_grammar or "Warning" in verdict or text in ("'a' 'b'", "'\\N{BULLET}'"), text
        bad.append({"text": text, "problem": problem, "python": verdict})
    sequences = [{"text": text, "reprs": [repr(ast.literal_eval(part)) for part in parts]} for text, parts in SEQUENCES]
    return {"good": good, "bad": bad, "sequences": sequences}


# MARK: - heapq


def heap_value(rng, theme):
    """Mostly values of the case's theme, which order among themselves, with
    the odd one that does not."""
    if rng.random() < 0.07:
        return rng.choice([None, "x", (1, "a"), (1, 2), 3, 2.5, True, ("a",), ()])
    if theme == "numbers":
        return rng.choice([rng.randint(-5, 30), rng.randint(-5, 30) / 2, rng.random() < 0.5,
                           rng.choice(SPECIAL_FLOATS + SPECIAL_INTS)])
    if theme == "strings":
        return random_str(rng, short=True)
    if theme == "tasks":  # (priority, name): ties fall to the name
        return (rng.choice([rng.randint(0, 5), rng.randint(0, 10) / 2]), random_str(rng, short=True))
    # Counted entries as the heapq docs advise, sometimes without the counter.
    if rng.random() < 0.85:
        return (rng.randint(0, 4), rng.randint(0, 99), random_str(rng, short=True))
    return (rng.randint(0, 4), random_str(rng, short=True))


def heap_case(seed):
    rng = random.Random(30_000 + seed)
    theme = ["numbers", "strings", "tasks", "entries"][seed % 4]
    cap = rng.choice([1, 3, 6, 10, 14])
    heap = []
    steps = []
    for _ in range(rng.randint(10, 30)):
        size = len(heap)
        ops = ["push"] * (5 if size < cap else 1) + ["pop"] * (4 if size > cap else 1)
        ops += ["pushpop", "pushpop", "replace", "replace", "heapify"]
        op = rng.choice(ops)
        args = []
        if op in ("push", "pushpop", "replace"):
            args = [heap_value(rng, theme)]
        elif op == "heapify":
            args = [heap_value(rng, theme) for _ in range(rng.choice([0, 1, 3, 8]))]
        steps.append(heap_step(heap, op, args))
    return {"seed": seed, "theme": theme, "steps": steps}


def heap_step(heap, op, args):
    result, error = None, None
    try:
        if op == "push":
            heapq.heappush(heap, args[0])
        elif op == "pop":
            result = repr(heapq.heappop(heap))
        elif op == "pushpop":
            result = repr(heapq.heappushpop(heap, args[0]))
        elif op == "replace":
            result = repr(heapq.heapreplace(heap, args[0]))
        else:
            heap.extend(args)
            heapq.heapify(heap)
    except (TypeError, IndexError) as exc:
        error = error_line(exc)
    return {"op": op, "args": [lit(a) for a in args], "result": result, "error": error, "heap": repr(heap)}


def big_heapify_cases():
    """heapify past 2500 items, where CPython switches to its cache-friendly
    order: an unorderable item stops it at a different point than the plain
    order would."""
    cases = []
    for seed, (size, bad_at) in enumerate([(2600, 1400), (3000, 700), (2501, 1249)]):
        rng = random.Random(40_000 + seed)
        items = [rng.randint(0, 9) for _ in range(size)]
        items[bad_at] = "x"
        heap = []
        steps = [heap_step(heap, "heapify", items), heap_step(heap, "pop", [])]
        cases.append({"seed": 1000 + seed, "theme": "big heapify", "steps": steps})
    return cases


# MARK: - OrderedDict LRU


class LRU:
    """The study notes' OrderedDict recipe, counting as lru_cache does."""

    def __init__(self, capacity):
        self.od = OrderedDict()
        self.capacity = capacity
        self.hits = self.misses = self.evictions = 0

    def get(self, key):
        if key in self.od:
            self.hits += 1
            self.od.move_to_end(key)
            return True, self.od[key]
        self.misses += 1
        return False, None

    def put(self, key, value):
        if key in self.od:
            self.od.move_to_end(key)
        self.od[key] = value
        if len(self.od) > self.capacity:
            self.od.popitem(last=False)
            self.evictions += 1


LRU_KEYS = [1, 1.0, True, 0, False, 0.0, -0.0, 2, 2.5, "a", "b", "\xe9", "e\u0301", None, (), (1, "a"),
            (1.0, "a"), (True, "a"), (1,), "1", 2**53 + 1, 9007199254740992.0]


def lru_case(seed):
    rng = random.Random(50_000 + seed)
    capacity = 0 if seed % 15 == 0 else rng.randint(1, 5)
    keys = rng.sample(LRU_KEYS, rng.randint(3, 10))
    cache = LRU(capacity)
    steps = []
    for _ in range(rng.randint(10, 30)):
        key = rng.choice(keys)
        if rng.random() < 0.45:
            found, value = cache.get(key)
            step = {"op": "get", "key": lit(key), "result": repr(value) if found else None}
        else:
            value = random_value(rng, 1) if rng.random() < 0.6 else rng.choice([None, 0, "v"])
            cache.put(key, value)
            step = {"op": "put", "key": lit(key), "value": lit(value)}
        step.update({"items": repr(list(cache.od.items())), "hits": cache.hits, "misses": cache.misses,
                     "evictions": cache.evictions})
        steps.append(step)
    return {"seed": seed, "capacity": capacity, "steps": steps}


# MARK: - collections.deque


DEQUE_OPS = ["append", "appendleft", "pop", "popleft", "extend", "extendleft", "rotate", "clear", "index"]
DEQUE_WEIGHTS = [2, 2, 1, 1, 1, 1, 1, 0.1, 0.4]


def deque_case(seed):
    rng = random.Random(60_000 + seed)
    maxlen = None if seed % 3 == 0 else rng.randint(0, 4) if seed % 3 == 1 else rng.randint(5, 12)
    d = deque(maxlen=maxlen)
    steps = []
    for _ in range(rng.randint(10, 30)):
        op = rng.choices(DEQUE_OPS, DEQUE_WEIGHTS)[0]
        args, result, error = [], None, None
        if op in ("append", "appendleft"):
            args = [random_value(rng, 1)]
        elif op in ("extend", "extendleft"):
            args = [random_value(rng, 1) for _ in range(rng.choice([0, 1, 2, 5]))]
        elif op == "rotate":
            args = [rng.choice([rng.randint(-3, 3), rng.randint(-30, 30)])]
        elif op == "index":
            args = [rng.randint(-len(d) - 1, len(d))]
        try:
            if op == "append":
                d.append(args[0])
            elif op == "appendleft":
                d.appendleft(args[0])
            elif op == "pop":
                result = repr(d.pop())
            elif op == "popleft":
                result = repr(d.popleft())
            elif op == "extend":
                d.extend(args)
            elif op == "extendleft":
                d.extendleft(args)
            elif op == "rotate":
                d.rotate(args[0])
            elif op == "clear":
                d.clear()
            else:
                result = repr(d[args[0]])
        except IndexError as exc:
            error = error_line(exc)
        steps.append({"op": op, "args": [lit(a) for a in args], "result": result, "error": error,
                      "repr": repr(d)})
    return {"seed": seed, "maxlen": maxlen, "steps": steps}


# MARK: - Output


def write(path, sections):
    """One record a line, so a regeneration's diff reads."""
    lines = ["{", '"generator": "generate_python_value_vectors.py",',
             '"python": "%s",' % ".".join(map(str, sys.version_info[:3])),
             '"unicode": "%s",' % unicodedata.unidata_version]
    for number, (name, value) in enumerate(sections):
        comma = "," if number < len(sections) - 1 else ""
        if isinstance(value, list):
            body = ",\n".join(json.dumps(item, separators=(",", ":")) for item in value)
            lines.append('"%s": [\n%s\n]%s' % (name, body, comma))
        else:
            inner = []
            for key, items in value.items():
                inner.append('"%s": [\n%s\n]' % (key, ",\n".join(json.dumps(i, separators=(",", ":")) for i in items)))
            lines.append('"%s": {\n%s\n}%s' % (name, ",\n".join(inner), comma))
    lines.append("}")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def main():
    sections = [
        ("pairs", pairs(random.Random(1))),
        ("reprs", reprs(random.Random(2))),
        ("unprintable", unprintable_ranges()),
        ("literals", literals()),
        ("heap", [heap_case(seed) for seed in range(48)] + big_heapify_cases()),
        ("lru", [lru_case(seed) for seed in range(45)]),
        ("deque", [deque_case(seed) for seed in range(45)]),
    ]
    write(os.path.join(HERE, "python_value_vectors.json"), sections)


if __name__ == "__main__":
    main()
