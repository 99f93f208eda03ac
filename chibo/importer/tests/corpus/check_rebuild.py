"""Check that a change to the corpus code leaves every development plan's file as committed.

Usage (from the repository root):
    .venv/bin/python -m chibo.importer.tests.corpus.check_rebuild [--base REV] [--blocks-only] [ID ...]

An ID is a plan's whole id or its number (``100`` for ``100_mam_non_cam_dinh_2020``); one that names
no development plan is an error, so that a mistyped list never passes by checking nothing.

Two checks, on the development half only (the test half's folder is never read: this script loads
the corpus code from copies that leave it out, so the test plans are neither built nor compared):

1. **Blocks.** Every development plan's blocks (the text and structure each file is rendered from,
   scans and photos included) are computed with the working tree's code and with the code at
   ``--base`` (default ``main``) and must be equal. A plan only one side has is listed. A
   ``("docx", function, …)`` block (the Word mechanics of ``dev/layouts_e.py`` and ``layouts_f.py``)
   holds a function, which equals only itself: such blocks are compared without their functions,
   and the plan's blocks are then rendered to a ``.docx`` with each tree's renderer and compared as
   the files are below (what the functions draw is all they do).
2. **Files.** Every development plan is rebuilt into a scratch folder with the working tree's code
   and compared with the file in ``dev/``:
   - ``.json``, ``.txt``, ``.doc`` and the photo's ``.jpg``: byte for byte;
   - ``.docx`` and ``.odt``: the same zip members in the same order, each member's content equal
     (the zip headers' times are not compared). In an ``.odt`` LibreOffice draws two things at
     random on every run, so they are set aside on both sides first: the ``Rsid``/``RsidRoot``
     numbers in ``settings.xml``, and the ``xml:id`` of Word-numbered lists in ``content.xml``
     (renumbered in order, so that a ``text:continue-list`` must still name the same list);
   - scans (``.pdf``): their page images (``pdfimages -all``) byte for byte; the PDF around them
     carries its own creation time.
   These are exactly the parts found to differ between two builds of an unchanged tree. A file that
   differs from the committed one is also built with the ``--base`` code: when that build gives
   the same result, the committed file was already older than the code ("stale before"), which the
   change did not cause; it is listed, and counted apart.

Takes a few minutes (LibreOffice converts the .odt/.doc/scan plans), so it is a script rather than
a test. Exit status 0 when everything is equal.
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGE_PATH = "chibo/importer/tests/corpus"
LEFT_OUT = {"test", "__pycache__"}  # the test half is never copied, read or built

# The only parts found to differ between two builds of an unchanged tree (LibreOffice's random ids).
RSID = re.compile(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+')
LIST_ID = re.compile(rb'(xml:id|text:continue-list)="(list\d+)"')


# ---------------------------------------------------------------------------------- the two trees
def _copy_tree(dest: Path, rev: str | None) -> None:
    """The corpus code (no test half, no built files needed) at ``rev``, or as in the working tree."""
    dest.mkdir(parents=True)
    if rev is None:
        for entry in sorted(HERE.iterdir()):
            if entry.name in LEFT_OUT:
                continue
            files = sorted(entry.glob("*.py")) if entry.is_dir() else [entry]
            for src in (f for f in files if f.suffix == ".py"):
                rel = src.relative_to(HERE)
                (dest / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(src, dest / rel)
        return
    root = _git("rev-parse", "--show-toplevel").strip()
    folders = [PACKAGE_PATH]  # one level at a time, so that the test half is never even listed
    while folders:
        folder = folders.pop()
        for row in _git("ls-tree", rev, f"{folder}/", cwd=root).splitlines():
            kind, name = row.split()[1], row.split("\t", 1)[1]
            rel = Path(name).relative_to(PACKAGE_PATH)
            if Path(name).name in LEFT_OUT:
                continue
            if kind == "tree":
                folders.append(name)
            elif rel.suffix == ".py":
                (dest / rel).parent.mkdir(parents=True, exist_ok=True)
                shown = subprocess.run(
                    ["git", "show", f"{rev}:{name}"], cwd=root, check=True, capture_output=True
                )
                (dest / rel).write_bytes(shown.stdout)


def _git(*args: str, cwd: Path | str = HERE) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout


def _load(root: Path, name: str, rev: str | None) -> Any:
    """build.py of one tree, imported as the top-level package ``name`` from a copy under root."""
    _copy_tree(root / name, rev)
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module(f"{name}.build")


def _wanted(p: dict[str, Any], wanted: set[str]) -> bool:
    """Every plan when none is named; else a plan named by its whole id or by its number."""
    return not wanted or bool({p["id"], p["id"].split("_", 1)[0]} & wanted)


def _dev_plans(build: Any, wanted: set[str]) -> dict[str, dict[str, Any]]:
    return {p["id"]: p for p in build.PLANS if p["half"] == "dev" and _wanted(p, wanted)}


def _unknown(wanted: set[str], *sides: dict[str, dict[str, Any]]) -> list[str]:
    """The IDs asked for that name no development plan on either side."""
    known = {key for side in sides for pid in side for key in (pid, pid.split("_", 1)[0])}
    return sorted(wanted - known)


def _without_hooks(blocks: list[Any]) -> list[Any]:
    """The blocks with each function (a ``docx`` block's drawing hook) replaced by a marker."""
    return [tuple("<hook>" if callable(part) else part for part in b) for b in blocks]


def _same_blocks(
    now: Any, base: Any, p_now: dict[str, Any], p_base: dict[str, Any], work: Path
) -> str:
    """ "" when a plan's blocks are the same with both trees' code, else what differs."""
    b_now, b_base = now.LAYOUTS[p_now["layout"]](p_now), base.LAYOUTS[p_base["layout"]](p_base)
    if _without_hooks(b_now) != _without_hooks(b_base):
        return "DIFFER"
    if not any(callable(part) for b in b_now + b_base for part in b):
        return ""
    work.mkdir(parents=True, exist_ok=True)  # the hooks: compare what they draw into Word
    now.to_docx(b_now, work / "now.docx")
    base.to_docx(b_base, work / "base.docx")
    diff = _same_zip((work / "now.docx").read_bytes(), (work / "base.docx").read_bytes())
    return f"DIFFER (drawn into Word: {diff})" if diff else ""


# ------------------------------------------------------------------------------------- comparing
def _zip_parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        out = []
        for info in z.infolist():
            body = z.read(info.filename)
            if info.filename == "settings.xml":
                body = RSID.sub(rb"\1#", body)
            elif info.filename == "content.xml":
                seen: dict[bytes, bytes] = {}

                def renumber(m: re.Match[bytes], seen: dict[bytes, bytes] = seen) -> bytes:
                    new = seen.setdefault(m[2], b"list#%d" % len(seen))
                    return m[1] + b'="' + new + b'"'

                body = LIST_ID.sub(renumber, body)
            out.append((info.filename, body))
        return out


def _same_zip(a: bytes, b: bytes) -> str:
    pa, pb = _zip_parts(a), _zip_parts(b)
    if [n for n, _ in pa] != [n for n, _ in pb]:
        return "zip members differ"
    bad = [n for (n, x), (_, y) in zip(pa, pb, strict=True) if x != y]
    return f"members differ: {', '.join(bad)}" if bad else ""


def _pdf_images(pdf: Path, workdir: Path) -> list[bytes]:
    workdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdfimages", "-all", str(pdf), str(workdir / "img")], check=True)
    return [p.read_bytes() for p in sorted(workdir.glob("img*"))]


def compare(built: Path, committed: Path, work: Path) -> tuple[str, str]:
    """(method, difference or "") for one built file against the committed one."""
    if not committed.exists():
        return "missing", "no committed file"
    a, b = built.read_bytes(), committed.read_bytes()
    ext = built.suffix
    if ext in (".json", ".txt", ".doc", ".jpg"):
        return "bytes", "" if a == b else "bytes differ"
    if ext in (".docx", ".odt"):
        return "zip parts", _same_zip(a, b)
    if ext == ".pdf":
        same = _pdf_images(built, work / "new") == _pdf_images(committed, work / "old")
        return "page images", "" if same else "page images differ"
    raise ValueError(ext)


# ------------------------------------------------------------------------------------------ main
def main(argv: list[str]) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--base", default="main", help="git revision to compare the blocks with")
    args.add_argument("--blocks-only", action="store_true", help="skip rebuilding the files")
    args.add_argument("ids", nargs="*")
    opts = args.parse_args(argv)
    wanted = set(opts.ids)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="corpus-check-") as tmp_name:
        tmp = Path(tmp_name)
        now = _load(tmp / "trees", "corpus_now", None)
        base = _load(tmp / "trees", "corpus_base", opts.base)
        plans_now, plans_base = _dev_plans(now, wanted), _dev_plans(base, wanted)
        unknown = _unknown(wanted, plans_now, plans_base)
        if unknown:
            print(f"no development plan is named {', '.join(unknown)}")
            return 2
        for pid in sorted(plans_now.keys() | plans_base.keys()):
            if pid not in plans_now or pid not in plans_base:
                print(f"blocks  {pid}: only {'now' if pid in plans_now else opts.base}")
                continue
            diff = _same_blocks(now, base, plans_now[pid], plans_base[pid], tmp / "blocks" / pid)
            failures += bool(diff)
            print(f"blocks  {pid}: {diff or 'same'}")
        if opts.blocks_only:
            print(f"{failures} difference(s)")
            return 1 if failures else 0

        now.HERE = tmp / "now"  # build() writes to HERE/<half>/; the committed dev/ is untouched
        base.HERE = tmp / "base"
        now.HERE.mkdir()
        base.HERE.mkdir()
        stale = 0
        for pid, p in sorted(plans_now.items()):
            target = now.build(p)
            for built in (target, target.with_suffix(".json")):
                committed = HERE / "dev" / built.name
                method, diff = compare(built, committed, tmp / "cmp" / built.name)
                if diff and method != "missing" and pid in plans_base:
                    base_target = base.build(plans_base[pid])
                    base_built = base_target.with_suffix(built.suffix)
                    if not compare(built, base_built, tmp / "cmp-base" / built.name)[1]:
                        stale += 1
                        diff = f"stale before: {diff}, as with {opts.base}'s code"
                        print(f"file    {built.name} ({method}): {diff}")
                        continue
                failures += bool(diff)
                print(f"file    {built.name} ({method}): {diff or 'same'}")
    print(f"{failures} difference(s); {stale} committed file(s) already older than the code")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
