#!/usr/bin/env python3
"""Lays out invented Chinese pages and writes their truth (h11zh, issue 11).

Every page is written by hand below as a list of items (headline lines, dateline, paragraphs, crossheads, signature,
bylines) plus adverts and page furniture; this script only sets the text in narrow columns (a fixed number of
characters per line, so sentences break anywhere, and a wire dateline at the start of an item may break over two
lines) and writes PAGE.txt with PAGE.truth.json in the schema of shared/eval/README.md. Adverts and furniture are
not articles of the truth. The truth is what the items are, not what any rule makes of the page.

    python3 layout.py            # rewrites every page of PAGES in this directory
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDSP = "\u3000"


class X(str):
    """A crosshead inside the body: a line of its own between blank lines, a paragraph of the truth."""


class B(str):
    """A paragraph with a blank line before it (a sub-item of a round-up set apart)."""


class Sub(str):
    """A sub-head of a round-up on a line of its own, directly above its text (no blank line)."""


NO_LINE_START = "，。、；：！？）》”’"


def wrap(text, w, kinsoku=False):
    """Fixed-width lines; with kinsoku (today's typesetting) punctuation never starts a line, it hangs at the end."""
    out, i = [], 0
    while i < len(text):
        j = i + w
        while kinsoku and j < len(text) and text[j] in NO_LINE_START:
            j += 1
        out.append(text[i:j])
        i = j
    return out or [""]


class Page:
    def __init__(self, name, width, source, kinsoku=False):
        self.name, self.width, self.source, self.kinsoku = name, width, source, kinsoku
        self.lines, self.truth = [], []

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def furn(self, *lines):
        self.blank()
        self.lines.extend(lines)
        self.blank()

    def advert(self, *lines):
        self.blank()
        self.lines.extend(lines)
        self.blank()

    def art(self, head=(), paras=(), dl=None, dl_truth=None, sig=None, sig_inline=False, gap=True, w=None,
            colbreak=(), lone=False, byline=None, byline_after=False, reporters=(), correspondents=(),
            photographers=(), indent=False, jump_to=None, jump_from=None, kicker=None, sub=None, sig_name=None, photo=False,
            after=()):
        """after: lines printed below the item (a credit line), not part of its text."""
        """dl: the dateline as printed before the text; dl_truth: what the truth's dateline field holds."""
        w = w or self.width
        self.blank()
        if jump_from:
            self.lines.append(jump_from)
        if kicker:
            self.lines.append(kicker)
        self.lines.extend(head)
        if sub:
            self.lines.append(sub)
        if byline and not byline_after:
            if gap:
                self.blank()
            self.lines.append(byline)
        if head and gap:
            self.blank()
        body, truth_paras = [], []
        for k, p in enumerate(paras):
            if isinstance(p, X):
                body.append(("blank",))
                body.append(("line", str(p)))
                body.append(("blank",))
                truth_paras.append(str(p))
                continue
            if isinstance(p, Sub):
                body.append(("line", str(p)))
                truth_paras.append(str(p))
                continue
            if isinstance(p, B):
                body.append(("blank",))
            text = str(p)
            truth_paras.append(str(p))
            if k == 0 and dl:
                text = dl + text
            if k == len(paras) - 1 and sig and sig_inline:
                text = text + "（" + sig + "）"
            if indent:
                text = IDSP + IDSP + text
            for piece in wrap(text, w, self.kinsoku):
                body.append(("line", piece))
        lines = [b[1] for b in body if b[0] == "line"]
        out, n = [], 0
        for b in body:
            if b[0] == "blank":
                out.append("")
                continue
            n += 1
            out.append(b[1])
            if n in colbreak:
                out.append("")
        if lone:
            # the closing 。 pushed to the top of the next column
            last = out[-1]
            assert last.endswith("。") and len(last) > 1, (self.name, last)
            out[-1] = last[:-1]
            if lone == "blank":
                out.append("")
            out.append("。")
        self.lines.extend(out)
        if sig and not sig_inline:
            self.lines.append("（" + sig + "）")
        if byline and byline_after:
            self.lines.append(byline)
        if jump_to:
            self.lines.append(jump_to)
        self.lines.extend(after)
        for line in lines:
            assert not line.startswith(IDSP * 3) and not line.endswith(IDSP), (self.name, line)
        art = {"id": str(len(self.truth) + 1)}
        if kicker:
            art["kicker"] = kicker
        art["headline"] = IDSP.join(head) if head else None
        if sub:
            art["subheadline"] = sub
        art["dateline"] = dl_truth
        art["paragraphs"] = [] if photo else truth_paras
        if photo:
            art["caption"] = "".join(truth_paras)
        reps = list(reporters) + ([sig_name or sig] if sig else [])
        art["reporters"] = reps
        art["correspondents"] = list(correspondents)
        art["photographers"] = list(photographers)
        self.truth.append(art)

    def write(self):
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        with open(os.path.join(HERE, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")
        with open(os.path.join(HERE, self.name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump({"source": self.name + ".txt (" + self.source + ")", "articles": self.truth}, f,
                      ensure_ascii=False, indent=1)
            f.write("\n")


PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    import layout
    import pages  # noqa: F401  (the pages register themselves with layout.page)
    only = sys.argv[1:]
    for fn in layout.PAGES:
        p = fn()
        if not only or p.name in only:
            p.write()
