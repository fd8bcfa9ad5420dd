#!/usr/bin/env python3
"""Generate a synthetic corpus of N copies of one news story, with known mutations.

usage: gen.py OUTDIR [--copies N] [--words W] [--seed S] [--seeds-dir DIR]
              [--base FILE] [--rates name=2,number=1.5,...] [--truncate P]

copy_000.txt is the unmutated base text.  Every other copy gets mutations at
known rates (expected events per 1000 words of the copy; the realised count is
floor(x) plus one with probability frac(x), so it is deterministic per --seed):

  name        vowel swapped in a proper name (Chey -> Choy)              NAME
  number      digits or number words changed (31 -> 13, hundreds ->
              several hundred, two-day -> three-day)                     NUMBER
  quote       one word replaced by a synonym inside quotation marks      QUOTE
  drop        one paragraph dropped                                      OMISSION
  add         one paragraph added, taken from a seed paragraph that
              the base never uses                                        ADDITION
  move        one paragraph moved at least two places                    STYLE
  case        case-only change (NATO -> Nato, President -> president)    STYLE
  hyphen      hyphenation change (non-lethal -> nonlethal,
              nonproliferation -> non-proliferation)                     STYLE
  quotestyle  curly <-> straight quotes/apostrophes in one word          STYLE
  --truncate  probability per copy of a bottom truncation (the last
              5-20 % of the words, whole paragraphs)                     OMISSION

A moved paragraph changes no fact, so it is STYLE (a tool should rank it low,
not report it as an omission plus an addition).

gold.json lists every mutation as {"id","kind","change","copy","note","keys"};
keys[0] is in the mutated copy, keys[1] in copy_000.txt.  Key texts are the
shortest substring around the change that is unique in its file (grown word
by word inside the paragraph); each key also carries "at", the offset of the
intended occurrence (Python str index = Java String index here: the seeds are
all in the BMP).  For paragraph-level changes (drop, add, move, truncation)
the key on the side that has the text is the whole paragraph (the truncated
tail for a truncation) and the key on the side that lacks it is the shortest
unique text around the gap (it includes the "\\n\\n" or the final "\\n").
When W exceeds what the seeds hold, the base repeats paragraphs, so some keys
cannot be unique; gold.json counts them ("nonunique_keys").

The script re-reads every file it wrote and checks that every key text occurs
in its file at "at"; it exits 1 if not.
"""
import argparse
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEEDS = os.path.normpath(os.path.join(HERE, "..", "..", "samples"))
DEFAULT_BASE_NAME = "001_5bb9de7cd0ca5521.txt"
SEP = "\n\n"

DEFAULT_RATES = {
    "name": 2.0, "number": 1.5, "quote": 1.5,
    "drop": 0.5, "add": 0.5, "move": 0.5,
    "case": 1.5, "hyphen": 1.0, "quotestyle": 1.0,
}
DEFAULT_TRUNCATE = 0.3
KIND = {"name": "NAME", "number": "NUMBER", "quote": "QUOTE", "drop": "OMISSION",
        "truncate": "OMISSION", "add": "ADDITION", "move": "STYLE", "case": "STYLE",
        "hyphen": "STYLE", "quotestyle": "STYLE"}

# ----------------------------------------------------------------- reading


def read_paras(path):
    with open(path, encoding="utf-8") as f:
        t = f.read()
    if t.startswith("\ufeff"):
        t = t[1:]
    return [ln.strip() for ln in t.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]


def wc(p):
    return len(p.split())


def dedupe(seq):
    seen, out = set(), []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def build_base(seeds_dir, base_path, words, rng):
    """Return (base paragraphs, reserve paragraphs used only for additions)."""
    start = dedupe(read_paras(base_path))
    seed_files = sorted(glob.glob(os.path.join(seeds_dir, "*.txt")))
    seed_paras = dedupe(p for f in seed_files for p in read_paras(f))
    start_set = set(start)
    others = [p for p in seed_paras if p not in start_set and wc(p) >= 12]
    rng.shuffle(others)
    n_res = min(6, len(others) // 4)
    reserve = others[:n_res]
    res_set = set(reserve)
    pool = [p for p in dedupe(start + seed_paras) if p not in res_set and wc(p) >= 6]
    paras, total = [], 0
    for p in start:
        if total >= words:
            break
        paras.append(p)
        total += wc(p)
    first_round = True
    while total < words and pool:
        # the first round uses only paragraphs not used yet; later rounds repeat the whole pool
        order = [p for p in pool if p not in start_set] if first_round else pool[:]
        first_round = False
        rng.shuffle(order)
        for p in order:
            if total >= words:
                break
            paras.append(p)
            total += wc(p)
    return paras, reserve


# ------------------------------------------------------ candidate finders
# Each candidate: (para_index, start, end, maker) where maker(rng) -> new text
# (different from the old one) for the span [start, end) of the paragraph.

MONTHS_DAYS = set("January February March April May June July August September October November December "
                  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
NOT_NAMES = MONTHS_DAYS | set("The A An I He She It They We You In On At For But And Or If As By To Of This That "
                              "These Those His Her Its Their Our Both Since Although Mr Mrs Ms Dr "
                              "Secretary General President Prime Minister Chief Director Defense Foreign "
                              "Ministry Republic State Agency News Central Trust Principles".split())
VOWELS = "aeiou"
NAME_RE = re.compile(r"(?<![\w’'])[A-Z][a-z]{2,}(?!\w)")
SENT_END = re.compile(r"(^|[.!?:;(\[\-–—]|[.!?:]\s*[“\"‘'])\s*[“\"‘']?\s*$")


def sentence_initial(text, pos):
    return bool(SENT_END.search(text[max(0, pos - 6):pos])) or pos == 0


def titleish(para):
    ws = re.findall(r"[A-Za-z]+", para)
    if not ws:
        return True
    caps = sum(1 for w in ws if w[0].isupper())
    return caps / len(ws) > 0.5 or not re.search(r"[.!?”\"]\s*$", para)


def swap_vowel(word):
    def mk(rng):
        pos = [i for i, ch in enumerate(word) if ch.lower() in VOWELS]
        i = rng.choice(pos)
        ch = word[i]
        new = rng.choice([v for v in VOWELS if v != ch.lower()])
        new = new.upper() if ch.isupper() else new
        return word[:i] + new + word[i + 1:]
    return mk


def find_names(paras, fulltext):
    lower_words = set(re.findall(r"\b[a-z]+\b", fulltext))
    out = []
    for pi, p in enumerate(paras):
        if titleish(p):
            continue
        for m in NAME_RE.finditer(p):
            w = m.group(0)
            if w in NOT_NAMES or w.lower() in lower_words or sentence_initial(p, m.start()):
                continue
            if not any(ch in VOWELS for ch in w.lower()):
                continue
            out.append((pi, m.start(), m.end(), swap_vowel(w)))
    return out


NUMWORDS = {"two": "three", "three": "four", "four": "five", "five": "six", "six": "seven",
            "seven": "eight", "eight": "nine", "nine": "ten", "ten": "twelve", "twelve": "ten",
            "hundreds of": "several hundred", "hundreds": "several hundred", "several hundred": "hundreds of",
            "thousands of": "several thousand", "thousands": "several thousand", "several thousand": "thousands of",
            "dozens": "scores", "first": "second", "second": "third", "third": "fourth",
            "half": "a third", "million": "billion", "billion": "million", "twice": "three times"}
NUMWORD_RE = re.compile(r"\b(" + "|".join(sorted(NUMWORDS, key=len, reverse=True)) + r")\b", re.I)
DIGIT_RE = re.compile(r"(?<![\w.,])\d+(?![\w]|[.,]\d)")


def change_digits(s):
    def mk(rng):
        v = int(s)
        if len(s) == 2 and s[0] != s[1] and s[1] != "0":
            return s[::-1]                       # 31 -> 13
        if len(s) == 4 and 1900 <= v <= 2100:
            return str(v + rng.choice([-2, -1, 1, 2]))
        for _ in range(20):
            nv = v + rng.choice([-1, 1]) * rng.randint(1, 9)
            if nv >= 0 and nv != v and (len(str(nv)) == len(s) or len(s) == 1):
                return str(nv)
        return str(v + 10)
    return mk


def keep_case(old, new):
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def find_numbers(paras):
    out = []
    for pi, p in enumerate(paras):
        for m in DIGIT_RE.finditer(p):
            out.append((pi, m.start(), m.end(), change_digits(m.group(0))))
        for m in NUMWORD_RE.finditer(p):
            w = m.group(0)
            out.append((pi, m.start(), m.end(), (lambda w: lambda rng: keep_case(w, NUMWORDS[w.lower()]))(w)))
    return out


SYN = {
    "urgent": "pressing", "need": "requirement", "needs": "wants", "special": "military",
    "operation": "mission", "urge": "encourage", "continue": "carry on", "step": "move",
    "specific": "particular", "issue": "question", "military": "defence", "support": "assistance",
    "assistance": "support", "end": "close", "day": "week", "decision": "choice", "make": "take",
    "say": "note", "several": "some", "allies": "partners", "policy": "rule", "never": "not",
    "export": "sell", "weapons": "arms", "countries": "nations", "conflict": "war",
    "changed": "revised", "believe": "think", "freedom": "liberty", "democracy": "liberty",
    "want": "wish", "autocracy": "dictatorship", "autocracies": "dictatorships", "win": "prevail",
    "prevail": "win", "extremely": "very", "important": "crucial", "much": "far",
    "higher": "greater", "engage": "cooperate", "cooperate": "engage", "issues": "matters",
    "arms": "weapons", "clear": "certain", "poses": "presents", "challenge": "threat",
    "threat": "challenge", "values": "principles", "interests": "concerns", "security": "safety",
    "prelude": "precursor", "confrontation": "conflict", "war": "conflict", "brings": "spreads",
    "dark": "black", "clouds": "shadows", "cloud": "shadow", "region": "area",
    "interconnected": "linked", "undesirable": "unwelcome", "outcome": "result",
    "rumour": "story", "scratch": "nothing", "stupid": "foolish", "attempt": "effort",
    "justify": "excuse", "overly": "too", "dependent": "reliant", "authoritarian": "autocratic",
    "powers": "states", "adversary": "enemy", "dangerous": "risky", "message": "signal",
    "force": "violence", "leaders": "rulers", "people": "citizens", "fulfill": "play",
    "possible": "available", "roles": "parts", "cooperation": "partnership",
    "international": "global", "community": "world", "help": "assist", "hope": "trust",
    "abandon": "drop", "mentality": "mindset", "concept": "idea", "rivalry": "competition",
    "stability": "peace", "reality": "truth", "dictatorship": "autocracy", "tyranny": "oppression",
    "guns": "weapons", "urgently": "badly", "ammunition": "shells", "really": "truly",
    "unleashes": "spreads", "totalitarian": "dictatorial", "totalitarianism": "dictatorship",
    "using": "applying", "way": "method", "world": "globe", "part": "corner", "continued": "went on",
    "spread": "repeat", "created": "made", "deliver": "send",
}
QUOTE_RE = re.compile(r"“[^”\n]{2,}?”|\"[^\"\n]{2,}?\"")
WORD_RE = re.compile(r"[A-Za-z]+")


def find_quote_words(paras):
    out = []
    for pi, p in enumerate(paras):
        for q in QUOTE_RE.finditer(p):
            for m in WORD_RE.finditer(p, q.start() + 1, q.end() - 1):
                w = m.group(0)
                if w.lower() in SYN:
                    out.append((pi, m.start(), m.end(), (lambda w: lambda rng: keep_case(w, SYN[w.lower()]))(w)))
    return out


TITLE_RE = re.compile(r"\b(Secretary General|Prime Minister|Foreign Ministry|Defense Secretary|President|"
                      r"Secretary|Minister|Chief|Director|secretary general|prime minister|"
                      r"defense secretary|president|chief)\b")
ACRO_RE = re.compile(r"\b[A-Z]{3,}\b")
CAPWORD_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")


def find_case(paras, fulltext):
    acronyms = set(ACRO_RE.findall(fulltext))
    out = []
    for pi, p in enumerate(paras):
        for m in ACRO_RE.finditer(p):
            w = m.group(0)
            out.append((pi, m.start(), m.end(), (lambda w: lambda rng: w[0] + w[1:].lower())(w)))
        for m in CAPWORD_RE.finditer(p):
            if m.group(0).upper() in acronyms:
                out.append((pi, m.start(), m.end(), (lambda w: lambda rng: w.upper())(m.group(0))))
        if titleish(p):
            continue
        for m in TITLE_RE.finditer(p):
            w = m.group(0)
            if w[0].isupper():
                if sentence_initial(p, m.start()):
                    continue
                new = w.lower()
            else:
                new = " ".join(x[:1].upper() + x[1:] for x in w.split())
            out.append((pi, m.start(), m.end(), (lambda new: lambda rng: new)(new)))
    return out


HYPH_RE = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
PREFIX_RE = re.compile(r"\b(non|counter)([a-z]{5,})\b")
PREFIX_SKIP = {"nonetheless", "counterpart", "counterparts", "counters"}
EXPLICIT_HYPH = {"cooperation": "co-operation", "cooperate": "co-operate", "coordinate": "co-ordinate",
                 "cyber defense": "cyber-defense", "high level": "high-level", "worldwide": "world-wide"}
EXPLICIT_RE = re.compile(r"\b(" + "|".join(EXPLICIT_HYPH) + r")\b")


def unhyphen(w):
    def mk(rng):
        parts = w.split("-")
        if all(x.islower() for x in parts) and rng.random() < 0.5:
            return "".join(parts)
        return " ".join(parts)
    return mk


def find_hyphen(paras):
    out = []
    for pi, p in enumerate(paras):
        for m in HYPH_RE.finditer(p):
            out.append((pi, m.start(), m.end(), unhyphen(m.group(0))))
        for m in PREFIX_RE.finditer(p):
            if m.group(0) not in PREFIX_SKIP:
                out.append((pi, m.start(), m.end(), (lambda a, b: lambda rng: a + "-" + b)(m.group(1), m.group(2))))
        for m in EXPLICIT_RE.finditer(p):
            out.append((pi, m.start(), m.end(), (lambda w: lambda rng: EXPLICIT_HYPH[w])(m.group(0))))
    return out


def restyle_quotes(tok):
    def mk(rng):
        if any(c in tok for c in "“”‘’"):
            return tok.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
        out = []
        for i, c in enumerate(tok):
            if c == '"':
                out.append("“" if i == 0 or not tok[i - 1].isalnum() and tok[i - 1] not in ".,!?" else "”")
            elif c == "'":
                prev_alnum = i > 0 and tok[i - 1].isalnum()
                out.append("’" if prev_alnum or i > 0 else "‘")
            else:
                out.append(c)
        return "".join(out)
    return mk


def find_quotestyle(paras):
    out = []
    for pi, p in enumerate(paras):
        for m in re.finditer(r"\S+", p):
            t = m.group(0)
            if any(c in t for c in "“”‘’\"'"):
                out.append((pi, m.start(), m.end(), restyle_quotes(t)))
    return out


# ----------------------------------------------------------------- keys

def next_word_end(text, pos, hi):
    while pos < hi and text[pos].isspace():
        pos += 1
    while pos < hi and not text[pos].isspace():
        pos += 1
    return pos


def prev_word_start(text, pos, lo):
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    while pos > lo and not text[pos - 1].isspace():
        pos -= 1
    return pos


def is_unique(text, k):
    i = text.find(k)
    return i >= 0 and text.find(k, i + 1) < 0


def grow_key(text, s, e, lo, hi, ctx=2):
    """Shortest substring containing [s, e), grown word by word inside [lo, hi), unique in text.
    Returns (start, end, unique)."""
    cs, ce = s, e
    if ce > cs and not text[cs:ce].isspace() and is_unique(text, text[cs:ce]):
        return cs, ce, True
    right = True
    while cs > lo or ce < hi:
        if (right and ce < hi) or cs <= lo:
            ce = next_word_end(text, ce, hi)
        else:
            cs = prev_word_start(text, cs, lo)
        right = not right
        if is_unique(text, text[cs:ce]):
            return cs, ce, True
    # not unique even at the bounds: fall back to the core plus a little context
    cs, ce = s, e
    for _ in range(ctx):
        cs, ce = prev_word_start(text, cs, lo), next_word_end(text, ce, hi)
    return cs, ce, False


# ----------------------------------------------------------------- copies

def n_events(rng, rate, words):
    x = rate * words / 1000.0
    n = int(x)
    if rng.random() < x - n:
        n += 1
    return n


def render(items):
    """items: dicts with 'text' (None for gap markers). Returns (text, offsets list)."""
    parts, offs, pos = [], [], 0
    for it in items:
        if it["text"] is None:
            offs.append(None)
            continue
        if parts:
            parts.append(SEP)
            pos += len(SEP)
        offs.append(pos)
        parts.append(it["text"])
        pos += len(it["text"])
    parts.append("\n")
    return "".join(parts), offs


def gap_span(items, offs, idx, text):
    """Separator span around gap marker idx in the rendered text (bounds for a key)."""
    prev = next((j for j in range(idx - 1, -1, -1) if offs[j] is not None), None)
    nxt = next((j for j in range(idx + 1, len(items)) if offs[j] is not None), None)
    if prev is None:
        return 0, 0, 0, (offs[nxt] + len(items[nxt]["text"])) if nxt is not None else len(text)
    pe = offs[prev] + len(items[prev]["text"])
    if nxt is None:
        return pe, len(text), offs[prev], len(text)
    return pe, offs[nxt], offs[prev], offs[nxt] + len(items[nxt]["text"])


def gap_key(text, s, e, lo, hi):
    """Key around a gap [s, e) (a separator, or empty at a file edge)."""
    cs = prev_word_start(text, s, lo) if s > lo else s
    ce = next_word_end(text, e, hi) if e < hi else e
    if ce == len(text) - 1 and text.endswith("\n"):
        ce = len(text)
    if is_unique(text, text[cs:ce]):
        return cs, ce, True
    return grow_key(text, cs, ce, lo, hi)


def make_copy(ci, base_paras, base_text, base_offs, reserve, cands, rates, p_trunc, seed):
    rng = random.Random(f"{seed}:copy:{ci}")
    P = len(base_paras)
    words = sum(wc(p) for p in base_paras)
    items = [{"kind": "base", "idx": i, "text": base_paras[i]} for i in range(P)]
    events = []   # structural events, keys computed after rendering
    touched = set()

    # 1. bottom truncation
    if p_trunc > 0 and rng.random() < p_trunc and P >= 6:
        target = words * rng.uniform(0.05, 0.20)
        removed, k = 0, 0
        while k < P // 2 and (removed < target or k == 0):
            k += 1
            removed += wc(base_paras[P - k])
        cut = items[P - k:]
        del items[P - k:]
        marker = {"kind": "gap", "text": None}
        items.append(marker)
        events.append({"change": "truncate", "marker": marker, "base_from": P - k,
                       "note": f"bottom truncation: last {k} paragraph(s), {removed} words"})
        touched.update(it["idx"] for it in cut)

    def live_positions(exclude_edges=True):
        pos = [j for j, it in enumerate(items) if it["kind"] == "base" and it["idx"] not in touched]
        if exclude_edges:
            real = [j for j, it in enumerate(items) if it["text"] is not None]
            if real:
                pos = [j for j in pos if j not in (real[0], real[-1])]
        return pos

    def tail_limit():
        """Insert positions stay before a bottom-truncation marker."""
        return len(items) - 1 if items and items[-1]["kind"] == "gap" and truncated else len(items)

    def next_to_gap(t):
        """Inserting at t would touch a gap marker (keeps omission keys clean)."""
        return (t > 0 and items[t - 1]["kind"] == "gap") or (t < len(items) and items[t]["kind"] == "gap")

    truncated = any(ev["change"] == "truncate" for ev in events)

    # 2. dropped paragraphs
    for _ in range(n_events(rng, rates["drop"], words)):
        pos = live_positions()
        if len([it for it in items if it["text"] is not None]) < 4 or not pos:
            break
        j = rng.choice(pos)
        it = items[j]
        marker = {"kind": "gap", "text": None}
        items[j] = marker
        touched.add(it["idx"])
        for nb in (j - 1, j + 1):
            if 0 <= nb < len(items) and items[nb]["kind"] == "base":
                touched.add(items[nb]["idx"])
        events.append({"change": "drop", "marker": marker, "base_idx": it["idx"],
                       "note": f"paragraph {it['idx']} dropped"})

    # 3. moved paragraphs
    for _ in range(n_events(rng, rates["move"], words)):
        pos = live_positions()
        if len(items) < 5 or not pos:
            break
        j = rng.choice(pos)
        it = items.pop(j)
        targets = [t for t in range(0, tail_limit() + 1) if abs(t - j) >= 2 and not next_to_gap(t)]
        if not targets:
            items.insert(j, it)
            break
        t = rng.choice(targets)
        items.insert(t, it)
        it["kind"] = "moved"
        touched.add(it["idx"])
        events.append({"change": "move", "item": it, "base_idx": it["idx"],
                       "note": f"paragraph {it['idx']} moved from position {j} to {t}"})

    # 4. added paragraphs
    for _ in range(n_events(rng, rates["add"], words)):
        if not reserve:
            break
        txt = rng.choice(reserve)
        spots = [t for t in range(1, tail_limit() + 1) if not next_to_gap(t)]
        if not spots:
            break
        t = rng.choice(spots)
        it = {"kind": "added", "text": txt}
        items.insert(t, it)
        events.append({"change": "add", "item": it, "note": "paragraph added from another seed"})

    # 5. token-level mutations on untouched base paragraphs
    eligible = {it["idx"] for it in items if it["kind"] == "base"}
    edits = {}      # base para idx -> list of (start, end, new, change)
    claimed = {}    # base para idx -> list of (start, end) claimed token ranges

    def token_range(p, s, e):
        ts = prev_word_start(p, s, 0) if s > 0 and not p[s - 1].isspace() else s
        te = next_word_end(p, e, len(p)) if e < len(p) and not p[e].isspace() else e
        return ts, te

    for change in ("name", "number", "quote", "case", "hyphen", "quotestyle"):
        n = n_events(rng, rates[change], words)
        if n == 0:
            continue
        cl = [c for c in cands[change] if c[0] in eligible]
        rng.shuffle(cl)
        done = 0
        for (pi, s, e, mk) in cl:
            if done >= n:
                break
            p = base_paras[pi]
            ts, te = token_range(p, s, e)
            if any(ts < ce and cs < te for cs, ce in claimed.get(pi, ())):
                continue
            new = mk(rng)
            if new == p[s:e]:
                continue
            claimed.setdefault(pi, []).append((ts, te))
            edits.setdefault(pi, []).append((s, e, new, change))
            done += 1

    # apply edits per paragraph; remember new spans
    token_events = []
    for it in items:
        if it["kind"] != "base" or it["idx"] not in edits:
            continue
        pi = it["idx"]
        p = base_paras[pi]
        out, last, delta = [], 0, 0
        for (s, e, new, change) in sorted(edits[pi]):
            out.append(p[last:s])
            out.append(new)
            token_events.append({"change": change, "item": it, "base_idx": pi, "bs": s, "be": e,
                                 "cs": s + delta, "ce": s + delta + len(new),
                                 "note": f"{p[s:e]!r} -> {new!r}"})
            delta += len(new) - (e - s)
            last = e
        out.append(p[last:])
        it["text"] = "".join(out)

    text, offs = render(items)
    pos_of = {id(it): offs[j] for j, it in enumerate(items)}
    index_of = {id(it): j for j, it in enumerate(items)}
    entries = []

    def base_para_span(i):
        return base_offs[i], base_offs[i] + len(base_paras[i])

    for ev in token_events:
        po = pos_of[id(ev["item"])]
        plen = len(ev["item"]["text"])
        cs, ce, cu = grow_key(text, po + ev["cs"], po + ev["ce"], po, po + plen)
        bo, bend = base_para_span(ev["base_idx"])
        bs, be, bu = grow_key(base_text, bo + ev["bs"], bo + ev["be"], bo, bend)
        entries.append((ev["change"], ev["note"], (cs, ce, cu), (bs, be, bu)))

    for ev in events:
        ch = ev["change"]
        if ch in ("drop", "truncate"):
            j = index_of[id(ev["marker"])]
            s, e, lo, hi = gap_span(items, offs, j, text)
            cs, ce, cu = gap_key(text, s, e, lo, hi)
            if ch == "drop":
                bs, be = base_para_span(ev["base_idx"])
            else:
                bs, be = base_offs[ev["base_from"]], len(base_text)
            bu = is_unique(base_text, base_text[bs:be])
            entries.append((ch, ev["note"], (cs, ce, cu), (bs, be, bu)))
        elif ch == "move":
            po = pos_of[id(ev["item"])]
            cs, ce = po, po + len(ev["item"]["text"])
            bs, be = base_para_span(ev["base_idx"])
            entries.append((ch, ev["note"], (cs, ce, is_unique(text, text[cs:ce])),
                            (bs, be, is_unique(base_text, base_text[bs:be]))))
        elif ch == "add":
            j = index_of[id(ev["item"])]
            po = offs[j]
            cs, ce = po, po + len(ev["item"]["text"])
            # insertion point in the base: after the nearest preceding unmoved base paragraph
            prev = next((items[k]["idx"] for k in range(j - 1, -1, -1) if items[k]["kind"] == "base"), None)
            if prev is None:
                s = e = 0
                lo, hi = 0, base_offs[0] + len(base_paras[0])
            else:
                s = base_offs[prev] + len(base_paras[prev])
                if prev + 1 < P:
                    e, lo, hi = base_offs[prev + 1], base_offs[prev], base_offs[prev + 1] + len(base_paras[prev + 1])
                else:
                    e, lo, hi = len(base_text), base_offs[prev], len(base_text)
            bs, be, bu = gap_key(base_text, s, e, lo, hi)
            entries.append((ch, ev["note"], (cs, ce, is_unique(text, text[cs:ce])), (bs, be, bu)))
    return text, entries


# ----------------------------------------------------------------- main

def parse_rates(s):
    rates = dict(DEFAULT_RATES)
    if s:
        for part in s.split(","):
            k, v = part.split("=")
            k = k.strip().lower()
            if k not in rates:
                sys.exit(f"unknown rate {k!r}; known: {', '.join(rates)}")
            rates[k] = float(v)
    return rates


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--copies", "-n", type=int, default=20, help="N, copies including copy_000 (default 20)")
    ap.add_argument("--words", "-w", type=int, default=2000, help="W, words in the base text (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds-dir", default=DEFAULT_SEEDS)
    ap.add_argument("--base", default=None, help="starting text (default: SEEDS_DIR/" + DEFAULT_BASE_NAME + ")")
    ap.add_argument("--rates", default="", help="per-1000-word rates, e.g. name=2,drop=0.5 (defaults: "
                    + ",".join(f"{k}={v}" for k, v in DEFAULT_RATES.items()) + ")")
    ap.add_argument("--truncate", type=float, default=DEFAULT_TRUNCATE, help="bottom-truncation probability per copy")
    a = ap.parse_args()
    if a.copies < 2:
        sys.exit("--copies must be >= 2")
    rates = parse_rates(a.rates)
    base_path = a.base or os.path.join(a.seeds_dir, DEFAULT_BASE_NAME)

    rng = random.Random(f"{a.seed}:base")
    base_paras, reserve = build_base(a.seeds_dir, base_path, a.words, rng)
    base_text, base_offs = render([{"text": p} for p in base_paras])
    cands = {
        "name": find_names(base_paras, base_text),
        "number": find_numbers(base_paras),
        "quote": find_quote_words(base_paras),
        "case": find_case(base_paras, base_text),
        "hyphen": find_hyphen(base_paras),
        "quotestyle": find_quotestyle(base_paras),
    }

    os.makedirs(a.outdir, exist_ok=True)
    for old in glob.glob(os.path.join(a.outdir, "copy_*.txt")):
        os.remove(old)
    width = max(3, len(str(a.copies - 1)))
    names = [f"copy_{i:0{width}d}.txt" for i in range(a.copies)]
    texts = {names[0]: base_text}
    entries, nonunique = [], []
    for ci in range(1, a.copies):
        text, ents = make_copy(ci, base_paras, base_text, base_offs, reserve, cands, rates, a.truncate, a.seed)
        texts[names[ci]] = text
        for (change, note, (cs, ce, cu), (bs, be, bu)) in ents:
            gid = f"g{len(entries) + 1}"
            entries.append({"id": gid, "kind": KIND[change], "change": change, "copy": names[ci], "note": note,
                            "keys": [{"file": names[ci], "text": text[cs:ce], "at": cs},
                                     {"file": names[0], "text": base_text[bs:be], "at": bs}]})
            if not (cu and bu):
                nonunique.append(gid)
    for n, t in texts.items():
        with open(os.path.join(a.outdir, n), "w", encoding="utf-8", newline="") as f:
            f.write(t)

    # verify: re-read the files; every key occurs in its file at "at"
    back = {}
    for n in names:
        with open(os.path.join(a.outdir, n), encoding="utf-8", newline="") as f:
            back[n] = f.read()
    bad = []
    if back[names[0]] != base_text:
        bad.append("copy_000 differs from the base")
    for e in entries:
        for k in e["keys"]:
            t = back[k["file"]]
            if not k["text"] or k["text"] not in t or t[k["at"]:k["at"] + len(k["text"])] != k["text"]:
                bad.append(f"{e['id']}: key {k['text'][:40]!r} not at {k['at']} in {k['file']}")
        if e["keys"][0]["text"] == e["keys"][1]["text"] and e["change"] not in ("move",):
            if back[e["keys"][0]["file"]] == back[e["keys"][1]["file"]]:
                bad.append(f"{e['id']}: copy equals base")
    by_change = {}
    for e in entries:
        by_change[e["change"]] = by_change.get(e["change"], 0) + 1
    gold = {
        "about": "Synthetic corpus from gen.py. keys[0] is in the mutated copy, keys[1] in copy_000.txt (the unmutated "
                 "base). A moved paragraph is STYLE (no fact changes). 'at' is the offset of the intended occurrence.",
        "params": {"seed": a.seed, "copies": a.copies, "words": a.words, "base_words": wc(base_text),
                   "base": os.path.basename(base_path), "rates_per_1000_words": rates, "truncate": a.truncate,
                   "base_paragraphs": len(base_paras), "reserve_paragraphs": len(reserve)},
        "files": names,
        "counts": dict(sorted(by_change.items())),
        "nonunique_keys": len(nonunique),
        "nonunique_ids": nonunique,
        "entries": entries,
    }
    with open(os.path.join(a.outdir, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    tw = sum(wc(t) for t in texts.values())
    print(f"{a.outdir}: {a.copies} copies, base {wc(base_text)} words, total {tw} words, "
          f"{len(entries)} gold entries {gold['counts']}, non-unique keys {len(nonunique)}", file=sys.stderr)
    if bad:
        print("VERIFY FAILED:\n  " + "\n  ".join(bad[:20]), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
