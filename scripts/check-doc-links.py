#!/usr/bin/env python3
"""Checks that every relative link in README.md and docs/**/*.md names a file or folder in the repository and,
when it has a #fragment, a heading of that file (GitHub's anchor rules). Run from anywhere:
    python3 scripts/check-doc-links.py
Prints each broken link and exits 1 when there is one. Nothing calls it; run it after moving documentation."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^\s*```")


def prose(path):
    """The file's lines outside fenced code blocks, with inline code removed."""
    inside = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE.match(line):
            inside = not inside
            continue
        if not inside:
            yield number, re.sub(r"`[^`]*`", "", line)


def anchors(path):
    """GitHub's anchors for the headings of a markdown file."""
    found, seen = set(), {}
    for _, line in prose(path):
        heading = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not heading:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def main():
    files = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    broken = []
    for source in files:
        for number, line in prose(source):
            for target in LINK.findall(line):
                if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#") and not target[1:]:
                    continue  # an address elsewhere (https:, mailto:)
                path_part, _, fragment = target.partition("#")
                resolved = (source.parent / path_part).resolve() if path_part else source
                where = f"{source.relative_to(ROOT)}:{number}: {target}"
                if not resolved.exists():
                    broken.append(f"{where} (no such file)")
                elif fragment and resolved.suffix == ".md" and fragment not in anchors(resolved):
                    broken.append(f"{where} (no heading #{fragment})")
    for line in broken:
        print(line)
    print(f"{len(files)} files checked, {len(broken)} broken links")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
