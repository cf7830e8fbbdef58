#!/usr/bin/env python3
"""Checks that the words a source comment quotes stand on the lines it cites. The publications are not in this
repository (docs/references.md), so this needs the team's plain-text copies:
    python3 scripts/check-citations.py /path/to/seeds        (a folder holding 003_*.txt and 004_*.txt)
It reads the comments (// …) of the demo data (src/Governance.Host/Demo/) and the sparse histories written from the
source (tests/Governance.Domain.Tests/Health/sparse_*.cs). On a comment line that cites "004 l. N–M" (or a bare
"l. N–M", which means 004) and quotes words in "…", each quoted part (split at "…") must occur in lines N to M,
compared without case, line breaks, hyphenation or the kind of quote marks. Prints each quote it cannot find there
and exits 1 when there is one. Nothing calls it: the copies are not in the repository, so no test can; run it after
adding or moving a citation."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "src/Governance.Host/Demo").glob("*.cs")) + sorted((ROOT / "tests/Governance.Domain.Tests/Health").glob("sparse_*.cs"))
CITATION = re.compile(r"(00[34])?\s*l\.\s*(\d+)(?:\s*[–-]\s*(\d+))?")
QUOTE = re.compile(r"[\"“]([^\"”]{6,}?)[\"”]")


def normal(text):
    """Lower case, one kind of quote mark, hyphenated line ends joined, all white space one space."""
    for odd, plain in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("\u00ad", "")):
        text = text.replace(odd, plain)
    text = re.sub(r"-\s*\n\s*", "-", text)
    return re.sub(r"\s+", " ", text).lower().strip()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    seeds = pathlib.Path(sys.argv[1])
    lines = {}
    for number in ("003", "004"):
        found = sorted(seeds.glob(f"{number}_*.txt"))
        if found:
            lines[number] = found[0].read_text(encoding="utf-8").split("\n")
    if "004" not in lines:
        sys.exit(f"Geen 004_*.txt in {seeds}.")
    misses = 0
    for path in FILES:
        for row, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "//" not in line:
                continue
            comment = line[line.index("//"):]
            quotes = [q for q in QUOTE.findall(comment)]
            for citation in CITATION.finditer(comment):
                document = citation.group(1) or "004"
                if document not in lines:
                    continue
                first = int(citation.group(2))
                last = int(citation.group(3) or first)
                cited = normal("\n".join(lines[document][first - 1:last]))
                for quote in quotes:
                    parts = [p.strip(" .,'") for p in re.split(r"…|\.\.\.", normal(quote)) if len(p.strip()) > 5]
                    if parts and not all(part in cited for part in parts):
                        # A comment may cite two passages; the quote must stand in one of them.
                        others = [c for c in CITATION.finditer(comment) if c is not citation]
                        if any(all(part in normal("\n".join(lines[c.group(1) or "004"][int(c.group(2)) - 1:int(c.group(3) or c.group(2))])) for part in parts)
                               for c in others if (c.group(1) or "004") in lines):
                            continue
                        misses += 1
                        print(f"{path.relative_to(ROOT)}:{row}: \"{quote}\" staat niet in {document} l. {first}–{last}")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
