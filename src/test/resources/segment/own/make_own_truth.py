#!/usr/bin/env python3
"""Writes the hand-made truth of six English development pages (kept to show how it was made).

A librarian's clipping, decided by reading each page (not copied from the silver truth beside the pages): a section
heading with its briefs is one article; an article whose column the OCR's block order cut apart is one article over
several line ranges; runs of advertisements and paid notices (sales, coaches, assurance offices, books, election
addresses) are `adverts`, neither claimed nor counted. Headline lines go to `headline`, not to the text.

The text is built from the lines mechanically, and only approximately as an editor would type it: rule debris and
lines without letters are left out, a line ending in a hyphen before a lower-case letter is joined without it, and a
paragraph ends after a short line ending a sentence. The OCR errors are kept. So the CER measured against this truth
is a trend; the line ranges (which articles exist, and what belongs to each) are the hand-made part.
"""
import json
import re

PAGES = {
    # Liverpool Standard, 23 Nov 1832, front page: masthead, then nothing but advertisements and paid notices
    # (theatre, concerts, shops, foundries, an election address signed by merchants, assurance offices).
    "0002088_18321123_0001": dict(articles=[], adverts=[[28, 834]], furniture=[[16, 26]]),
    # Liverpool Standard, 23 Nov 1832, page 4: ships and steam packets for freight or passage, sales by auction and
    # by private contract, remedies, printing ink, estates: advertisements from top to foot.
    "0002088_18321123_0004": dict(articles=[], adverts=[[1, 900]], furniture=[]),
    # Liverpool Standard, 23 Nov 1832, page 5: timber sales, legal notices, assurance societies, lectures, banks,
    # new books: advertisements throughout (the paper's name over the legal notices is furniture).
    "0002088_18321123_0005": dict(articles=[], adverts=[[1, 356], [360, 972]], furniture=[[358, 358]]),
    # The Statesman, 17 Feb 1824, page 4: law reports, police, markets, marriages and deaths. The OCR's block order
    # cuts two reports in two: the Middlesex Sessions (576-619 then 18-43) and the King's Bench trial (275-435,
    # whose long middle is 45-273, then its verdict 501-504).
    "0002647_18240217_0004": dict(articles=[
        ("A", "MIDDLESEX SESSIONS, Monday, Feb. 16.", None, [[578, 619], [18, 43]]),
        ("B", "COURT OF KING'S BENCH.—MoNDAT.", "BYRNE V. TAMES.", [[278, 278], [280, 435], [45, 273], [501, 504]]),
        ("C", "POLICE.", None, [[439, 464]]),
        ("D", "LONDON MARKETS.", "CORN &NUANCE. MAIL LANE.", [[468, 499]]),
        ("E", "LONDON SESSIONS.—MoNDAY.", None, [[506, 541]]),
        ("F", "SEEDS, &c.", None, [[544, 574]]),
        ("G", "SMITHFIELD, MONDAY, FEB. 16.", None, [[622, 643]]),
        ("H", "MARRI SD.", None, [[645, 669]]),
    ], adverts=[], furniture=[[16, 16], [670, 671]]),
    # Manchester Mercury, 7 Jan 1800, page 2: two columns of posts (each a run of London and Paris news under one
    # heading), the bankrupts' list, then advertisements (estates, coaches, meetings) to the foot of the page.
    "0000239_18000107_0002": dict(articles=[
        ("A", "Wednesday’s & Thursday’s Ports.", "From the Evening Pcßs and Daily Papers, Dec - 31.", [[3, 188]]),
        ("B", "Friday’s and Saturday’s Posts.", "From It: Evening Pojls and Daily Papers, Jan. 2.", [[191, 328]]),
        ("C", "BANKRUPTS.", None, [[330, 512]]),
    ], adverts=[[514, 842]], furniture=[]),
    # South Staffordshire Examiner, 2 May 1874, page 8: a page of the miners' strike. The top columns are OCR'd
    # side by side into one garbled run (3-363, ended by 432-529 and a signature at 1315-1319); the others are
    # reports under their own headlines, several cut apart by the block order; two section headings (SOUTH
    # STAFFORDSHIRE MINERS, MOVEMENTS OF MINERS) hold reports of meetings and briefs opened by a run-in name.
    "0002599_18740502_0008": dict(articles=[
        ("A", None, None, [[3, 363], [432, 529], [1315, 1319]]),
        ("B", "MASS MEETINGS OF MINERS IN SHROPSHIRE.", None, [[372, 430]]),
        ("C", "THE THREATENED STRIKE IN DEAN FOREST.", None, [[533, 546]]),
        ("D", "TBOtTHSTAFmRE MINERS.", None, [[548, 576], [593, 634], [723, 723], [727, 824]]),
        ("E", "THE TIN PLATE, WORKERS STRUGGLE.", None, [[580, 590], [636, 662], [690, 721], [979, 999]]),
        ("F", "RISE IN THE WAGES OF THE BIRMINGHAM PLASTERERS.", None, [[666, 688]]),
        ("G", "MINERS MEETING AT MADELEY.", None, [[826, 966]]),
        ("H", "COLLIERS' WAGES IN BLACKBURN DISTRICT.", None, [[969, 977]]),
        ("I", "CORRESPONDENCE.", None, [[1002, 1012]]),
        ("J", "MR. W. BROWN ON THE MINERS STRIKE IN SOUTH STAFFORDSHIRE.", None, [[1016, 1095]]),
        ("K", "THE MINERS' STRIKE.-CANNOCK CHASE DISTRICT.", None, [[1100, 1123]]),
        ("L", "THE MONMOUTHSHIHE.:A_ND 4;LOI,,:,TI.ESHIP", None, [[1126, 1171]]),
        ("M", "MOVEMENTS OF MINERS.", None, [[1176, 1195], [1246, 1258], [1286, 1304]]),
        ("N", "THE ANTHRACITE O.PAL TRADE 11 SOI WALES.", None, [[1199, 1244]]),
        ("O", None, None, [[1260, 1284]]),
    ], adverts=[], furniture=[[1, 1], [365, 365], [1306, 1313]]),
}

STROKES = re.compile(r"^[Il|1!¦.,:;'`\-—_•\s]{1,6}$")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")


def keep(line):
    s = line.strip()
    return bool(s) and any(c.isalnum() for c in s) and not STROKES.match(s)


def paragraphs(lines, ranges, width):
    paras, cur = [], ""
    for a, b in ranges:
        for n in range(a, b + 1):
            s = lines[n - 1].strip()
            if not keep(s):
                continue
            if not cur:
                cur = s
            elif cur.endswith("-") and s[:1].islower():
                cur = cur[:-1] + s
            else:
                cur += " " + s
            if SENTENCE_END.search(s) and len(s) * 10 < width * 8:
                paras.append(cur)
                cur = ""
    if cur:
        paras.append(cur)
    return paras


def main():
    for name, spec in PAGES.items():
        lines = open(name + ".txt", encoding="utf-8").read().split("\n")
        widths = sorted(len(l.strip()) for l in lines if len(l.strip()) > 10)
        width = widths[len(widths) // 2]
        arts = [{"id": i, "kind": "news", "kicker": None, "headline": h, "subheadline": sub,
                 "reporters": [], "correspondents": [], "photographers": [], "dateline": None,
                 "paragraphs": paragraphs(lines, r, width), "continued": False, "lines": r}
                for i, h, sub, r in spec["articles"]]
        adverts = [{"text": " ".join(paragraphs(lines, [r], width)), "lines": [r]} for r in spec["adverts"]]
        truth = {"source": name + ".txt", "language": "en", "articles": arts, "adverts": adverts,
                 "page_furniture": [" ".join(lines[n - 1].strip() for n in range(a, b + 1))
                                    for a, b in spec["furniture"]]}
        with open(name + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
