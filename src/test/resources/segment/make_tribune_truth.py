#!/usr/bin/env python3
"""One-off helper that wrote new-york-tribune-1903-05-01-p1.truth.json (kept to show how the truth was made).

Every decision below was made by hand, reading the page: which lines form each article, where paragraphs
start, which line-end breaks are broken words (joined) and which are word spaces. The OCR errors themselves are
kept: the truth measures segmentation and reflow, not OCR correction.
"""
import json

LINES = open("new-york-tribune-1903-05-01-p1.ocr.txt", encoding="utf-8").read().split("\n")
# line n ends in the first half of a word that line n+1 finishes (hyphen, if any, removed)
JOIN = {159, 160, 165, 167, 168, 182, 189, 194, 200, 214, 217, 267, 281, 290, 297, 309, 310, 312, 316, 318,
        319, 322, 324, 329, 332, 337, 340, 341, 6, 8, 26, 32, 34, 37, 38, 49, 52, 59, 66, 68, 69, 71, 72, 75, 84,
        88, 89, 98, 113, 115, 263, 265}
# line n ends in a real hyphen: keep it, no space
KEEP_HYPHEN = {58, 109}


def text(first, last):
    out = ""
    for n in range(first, last + 1):
        s = LINES[n - 1].strip()
        if not out:
            out = s
        elif (n - 1) in JOIN:
            out = (out[:-1] if out.endswith("-") else out) + s
        elif (n - 1) in KEEP_HYPHEN:
            out += s
        else:
            out += " " + s
    return out


def paras(first, last, starts, skip_head=0):
    starts = sorted(set(starts) | {first})
    out = []
    for i, s in enumerate(starts):
        e = starts[i + 1] - 1 if i + 1 < len(starts) else last
        p = text(s, e)
        if i == 0 and skip_head:
            p = p[skip_head:].strip()
        out.append(p)
    return out


def art(id_, headline, sub, dateline, ps, reporters=(), continued=False, lines=None):
    return {"id": id_, "kind": "news", "kicker": None, "headline": headline, "subheadline": sub,
            "reporters": list(reporters), "correspondents": [], "photographers": [], "dateline": dateline,
            "paragraphs": ps, "continued": continued, "lines": lines}


arts = [
    art("A", "CO BIG HARBOR TIEUP-", "RBI TRA TION \"ACCEPTED. " + text(4, 5), None,
        paras(6, 139, [45, 56, 63, 74, 80, 87, 108, 115, 132]), continued=True,
        lines={"title": [2, 5], "body": [6, 139]}),
    art("B", "RUSSIA IN TO STAY.", "THE FEELING IX LONDON. " + text(152, 153), "London, May.l. 1 a. m.",
        paras(156, 202, [176, 185, 192, 200], skip_head=len("London, May.l. 1 a. m.—")), reporters=["I. W. F."],
        lines={"title": [150, 153], "credit": [154, 155], "body": [156, 202], "byline": [203, 203]}),
    art("C", "RIOTOUS STUDENTS.", text(205, 206), "Havana. April 30.",
        paras(209, 227, [], skip_head=len("Havana. April 30.—")),
        lines={"title": [204, 206], "credit": [207, 208], "body": [209, 227]}),
    art("D", "FAIR BUILDINGS DEDICATED.", text(263, 264) + " " + text(265, 266), None, paras(267, 272, []),
        lines={"title": [262, 266], "body": [267, 272]}),
    art("E", "PRESIDENT'S SPEECH.", text(274, 275), "St. Louis. April 3O.",
        paras(276, 352, [278, 307, 315, 316, 336], skip_head=len("St. Louis. April 3O. —")), continued=True,
        lines={"title": [273, 275], "body": [276, 353]}),
]
truth = {"source": "new-york-tribune-1903-05-01-p1.ocr.txt", "language": "en",
         "page_furniture": [LINES[0].strip()], "articles": arts}
with open("new-york-tribune-1903-05-01-p1.truth.json", "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")
