"""Keep the gettext catalogues: extract the sentences, update fr/en, fill English, compile.

    python scripts/messages.py          # extract + update + fill English + compile + check

The sentences live in ``core/texts.py`` (English msgids, marked with ``N_``/``Nn_``);
translators edit ``resources/locale/fr/LC_MESSAGES/guichet.po``. The English catalogue
repeats each msgid as its msgstr (as GNU ``msgen`` does), so both catalogues are complete
and English wording can be adjusted without touching the code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
POT = LOCALE / "guichet.pot"
LANGUAGES = ("fr", "en")


def pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "guichet.po"


def extract() -> None:
    pybabel(
        "extract",
        "--no-location",
        "--sort-output",
        "--omit-header",
        "-k", "N_",
        "-k", "Nn_:1,2",
        "-o", str(POT),
        "core",
    )  # fmt: skip


def update() -> None:
    for language in LANGUAGES:
        command = "update" if po_path(language).exists() else "init"
        extra = ["--no-fuzzy-matching", "--ignore-obsolete"] if command == "update" else []
        pybabel(command, "-D", "guichet", "-i", str(POT), "-d", str(LOCALE), "-l", language, *extra)


def fill_english() -> None:
    path = po_path("en")
    with path.open("rb") as f:
        catalog = read_po(f, locale="en")
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            if not all(message.string or ()):
                message.string = tuple(message.id)
        elif not message.string:
            message.string = message.id
        message.flags.discard("fuzzy")
    with path.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False)


def compile_all() -> None:
    pybabel("compile", "-D", "guichet", "-d", str(LOCALE), "--statistics")


def missing(language: str) -> list[str]:
    """Entries with no text or marked fuzzy: a catalogue with any is not finished."""
    with po_path(language).open("rb") as f:
        catalog = read_po(f, locale=language)
    bad = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if message.fuzzy or not all(strings):
            bad.append(str(message.id))
    return bad


def main() -> int:
    extract()
    update()
    fill_english()
    compile_all()
    problems = {lang: missing(lang) for lang in LANGUAGES}
    for lang, ids in problems.items():
        for msgid in ids:
            print(f"{lang}: untranslated or fuzzy: {msgid!r}", file=sys.stderr)
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
