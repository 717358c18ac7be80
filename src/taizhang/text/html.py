"""The main text of an HTML page, as Chinese government sites publish their documents.

A page holds the document among navigation, banners, link lists and footers. ``main_text``
drops ``script``/``style``/``nav``/``header``/``footer`` and the like, then takes, in order of
preference: the largest ``<article>``; the largest element whose id or class names a content
container (``TRS_Editor``, ``zoom``, ``content``, ``article`` ... as the common site systems
write them); else the element found by walking down from ``<body>`` into the child holding most
of the text that is not link text, as long as little text is left behind. The page title (the
``ArticleTitle`` meta tag, ``<h1>`` or ``<title>``) is put first when it is outside that element.

Block elements end a line; table cells in a row are separated by a tab; runs of white space in
the HTML collapse to one space (except in ``<pre>``); empty lines are dropped.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from taizhang.text.decode import Decoded, decode_bytes, text_codec

__all__ = ["decode_html", "main_text"]

_DROP = "script, style, noscript, template, nav, header, footer, aside, iframe, object, svg, select"
_CONTENT_NAME = re.compile(
    r"trs_editor|trs_ueditor|\bzoom\b|ucap-content|pages?_content|article|content|main-?text|"
    r"detail|\bzw\b|zhengwen|\bbody-?text|\bcontent_?text",
    re.IGNORECASE,
)
_CANDIDATE_TAGS = frozenset({"div", "section", "td", "main", "article", "span", "font", "center"})
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl",
        "dt", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
        "main", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "title", "tr", "ul",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
# A container must hold this share of the page's text to be taken as the main text.
_MIN_SHARE = 0.25
# Walking down from <body>, go into a child only while it holds this share of its parent's text,
# and only while the text left behind outside it stays under the larger of these two bounds.
_DESCEND_SHARE = 0.6
_MAX_LEFT_BEHIND = 300
_MAX_LEFT_BEHIND_SHARE = 0.15
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
# Sites declare GB2312 or GBK and use characters only GB18030 (their superset) has.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
_LEGACY_CJK = frozenset({"gb18030", "big5", "cp950", "big5hkscs"})


def decode_html(data: bytes, *, encoding: str = "auto", source: str = "<stdin>") -> Decoded:
    """Decode HTML bytes: an explicit ``encoding`` strictly; else the BOM, else the declared
    ``<meta charset>`` (used strictly, except that bytes valid as UTF-8 are UTF-8 even when a
    GB/Big5 charset is declared, a common template mistake), else ``decode_bytes`` guesses."""
    if encoding.strip().lower() != "auto":
        return decode_bytes(data, encoding=encoding, source=source)
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data, source=source)
    declared = _declared_charset(data[:4096])
    if declared is not None:
        if declared in _LEGACY_CJK and not data.isascii():
            try:
                return Decoded(data.decode("utf-8"), "utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeError, LookupError):
            pass  # the declaration is wrong; guess as for plain text
    return decode_bytes(data, source=source)


def main_text(html: str) -> str:
    """The document text of an HTML page (see the module docstring)."""
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    title = _title(tree)
    # One at a time: decomposing a node frees its descendants, which a prior css() list would hold.
    while (node := root.css_first(_DROP)) is not None:
        node.decompose()
    main = _main_element(root)
    text = _render(main)
    if title and title not in text[: len(title) + 200]:
        text = f"{title}\n{text}" if text else title
    return text


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    name = text_codec(_CHARSET_ALIASES.get(label, label))
    if name is not None and name.startswith(("utf-16", "utf-32")):
        # A page whose declaration reads as ASCII is not UTF-16 (HTML's rule): it means UTF-8.
        return "utf-8"
    return name


def _title(tree: LexborHTMLParser) -> str:
    for selector in ('meta[name="ArticleTitle"]', "h1", "title"):
        node = tree.css_first(selector)
        if node is None:
            continue
        value = node.attributes.get("content") if node.tag == "meta" else node.text(deep=True)
        value = _SPACE_RUN.sub(" ", value or "").strip()
        if value:
            return value
    return ""


def _main_element(root: LexborNode) -> LexborNode:
    lengths = _prose_lengths(root)

    def prose(node: LexborNode) -> int:
        return lengths.get(node.mem_id, 0)

    total = prose(root)
    if total == 0:
        return root
    least = total * _MIN_SHARE
    articles = [node for node in root.css("article") if prose(node) >= least]
    if articles:
        return max(articles, key=prose)
    named = [
        node
        for node in root.traverse()
        if node.tag in _CANDIDATE_TAGS and _CONTENT_NAME.search(_names(node)) and prose(node) >= least
    ]
    if named:
        return max(named, key=prose)
    # Walk down into the child holding most of the prose while it holds most of its parent's and
    # the prose left behind on the way (banners, a footer without <footer>) stays small.
    budget = max(_MAX_LEFT_BEHIND, total * _MAX_LEFT_BEHIND_SHARE)
    node = root
    while True:
        best = max((child for child in _children(node) if child.is_element_node), key=prose, default=None)
        if best is None or prose(best) < prose(node) * _DESCEND_SHARE:
            return node
        budget -= prose(node) - prose(best)
        if budget < 0:
            return node
        node = best


def _names(node: LexborNode) -> str:
    attributes = node.attributes
    return f"{attributes.get('id') or ''} {attributes.get('class') or ''}"


def _prose_lengths(root: LexborNode) -> dict[int, int]:
    """For ``root`` and every node under it (by ``mem_id``): how many non-space characters of
    text it holds outside links. One pass, bottom-up, without recursion."""
    lengths: dict[int, int] = {}
    stack: list[tuple[LexborNode, bool, bool]] = [(root, False, False)]  # node, leaving, in a link
    while stack:
        node, leaving, in_link = stack.pop()
        if leaving:
            lengths[node.mem_id] = sum(lengths.get(child.mem_id, 0) for child in _children(node))
        elif node.is_text_node:
            lengths[node.mem_id] = 0 if in_link else len("".join((node.text_content or "").split()))
        else:
            stack.append((node, True, in_link))
            inside_link = in_link or node.tag == "a"
            stack.extend((child, False, inside_link) for child in _children(node))
    return lengths


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _render(root: LexborNode) -> str:
    """Text of ``root`` with a newline after each block element and a tab between table cells.

    Iterative (an explicit stack), so deeply nested pages cannot exhaust the recursion limit.
    """
    parts: list[str] = []
    # Entries: (node, leaving: the end of an element, not its start; inside a <pre>).
    stack: list[tuple[LexborNode, bool, bool]] = [(root, False, False)]
    while stack:
        node, leaving, in_pre = stack.pop()
        tag = node.tag or ""
        if leaving:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            elif tag in _CELL_TAGS:
                parts.append("\t")
            continue
        if node.is_text_node:
            value = node.text_content or ""
            parts.append(value if in_pre else _SPACE_RUN.sub(" ", value))
            continue
        if not node.is_element_node and node is not root:
            continue  # comments, doctype
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        stack.append((node, True, in_pre))
        inner_pre = in_pre or tag == "pre"
        stack.extend((child, False, inner_pre) for child in reversed(_children(node)))
    lines = ("\t".join(cell.strip() for cell in line.split("\t")) for line in "".join(parts).split("\n"))
    return "\n".join(line.strip("\t") for line in lines if line.strip())
