"""Run pylupdate on the .ts files and keep what it loses; `make translations` calls this.

- pylupdate5 knows no plural rules for Central Kurdish (ckb): it reads its plural translations as
  empty and writes them back empty. The forms are kept here and put back.
- English needs a translation only for texts with a count ("1 incident"): lupdate's -pluralonly,
  which pylupdate5 lacks; the English file keeps only those messages.
The files are edited as text, so they stay as pylupdate writes them.

Usage: update_translations.py TS_FILE... -- PYLUPDATE_COMMAND..."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html import unescape
from xml.sax.saxutils import escape

ENGLISH = "incident_atlas_en.ts"
MESSAGE = re.compile(r"[ \t]*<message( numerus=\"yes\")?>\n.*?</message>\n", re.DOTALL)
EMPTY_FORM = re.compile(r"<numerusform(></numerusform>| ?/>)")


def plural_forms(path: str) -> dict[str, list[str]]:
    kept = {}
    for message in ET.parse(path).getroot().iter("message"):  # nosec B314: the project's own .ts files
        forms = [form.text or "" for form in message.iter("numerusform")]
        if message.get("numerus") == "yes" and all(forms):
            kept[message.findtext("source")] = forms
    return kept


def restored(block: str, kept: dict[str, list[str]]) -> str:
    source = unescape(re.search(r"<source>(.*?)</source>", block, re.DOTALL).group(1))
    forms = iter(kept.get(source, ()))
    texts = [escape(text, {"'": "&apos;", '"': "&quot;"}) for text in forms]
    if len(texts) != len(EMPTY_FORM.findall(block)):
        return block
    texts.reverse()
    return EMPTY_FORM.sub(lambda _: f"<numerusform>{texts.pop()}</numerusform>", block)


def rewrite(path: str, kept: dict[str, list[str]]) -> None:
    with open(path, encoding="utf-8") as file:
        text = file.read()

    def edit(match: re.Match) -> str:
        block = match.group(0)
        if not match.group(1):
            return "" if path.endswith(ENGLISH) else block
        return restored(block, kept)

    with open(path, "w", encoding="utf-8") as file:
        file.write(MESSAGE.sub(edit, text))


separator = sys.argv.index("--")
ts_files, command = sys.argv[1:separator], sys.argv[separator + 1 :]
kept = {path: plural_forms(path) for path in ts_files}
subprocess.run(command, check=True)  # nosec B603: pylupdate, named by the Makefile
for path in ts_files:
    rewrite(path, kept[path])
