"""Article metadata a page declares about itself: JSON-LD, <meta> tags, canonical link, lang.

Publishers state title, date, authors and site name for search engines and social cards far
more reliably than any heuristic can read them from the layout, so these declarations come
first and trafilatura's own guesses fill the gaps (see html.py). Every reader here is
defensive: a page's JSON-LD is often broken, nested in @graph, or lists several objects.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
    "socialmediaposting", "webpage", "scholarlyarticle", "techarticle", "medicalwebpage",
}
# Meta tags by what they declare, best first.
TITLE_TAGS = ("twitter:title", "dc.title", "sailthru.title", "parsely-title", "citation_title")
DATE_TAGS = ("article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date",
             "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date", "citation_publication_date",
             "publish-date", "pubdate", "publishdate", "date", "article.published", "og:published_time",
             "cxenseparse:recs:publishtime", "article_date_original", "originalpublicationdate")
AUTHOR_TAGS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "citation_author", "byl", "twitter:creator", "cxenseparse:author")
# Where the site filed the piece (OpenGraph's article:section, Parse.ly's section): the voice
# stage reads an opinion section (stages/voice/scoring.py).
SECTION_TAGS = ("article:section", "og:article:section", "parsely-section", "section")
SITE_TAGS = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
# Sites whose JSON-LD headline is a search-engine variant while the headline they show
# readers is the social-card one (og:title): checked by hand on their pages.
OG_TITLE_SITES = ("thenation.com", "businessinsider.com", "latimes.com", "dailymail.co.uk",
                  "euronews.com", "express.co.uk", "mirror.co.uk", "standard.co.uk",
                  "telegraph.co.uk")
_SPACE = re.compile(r"\s+")
_SUFFIX = re.compile(r"^(.{12,}?)\s+[|\-\u2013\u2014:\u00b7]\s+([^|\-\u2013\u2014:]{2,40})$")
_BY = re.compile(r"^\s*(?:by|von|par|por)\s*:?\s+", re.I)


@dataclass
class PageMeta:
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    canonical: str | None = None
    language: str | None = None
    description: str | None = None
    section: str | None = None


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", html.unescape(value)).strip()
    return value or None


def _site_key(site: str | None) -> str:
    """A site name or host as bare lowercase letters: 'The Nation', 'thenation.com' -> 'thenation'."""
    site = site or ""
    if "." in site and " " not in site:  # a host name: drop the top-level domain
        site = site.rsplit(".", 1)[0]
    return re.sub(r"\W+", "", site).lower()


def strip_site_suffix(title: str | None, site_names: list[str | None]) -> str | None:
    """'Headline | The Nation' -> 'Headline' when the tail is the site's name."""
    if not title:
        return title
    m = _SUFFIX.match(title)
    if not m:
        return title
    tail = re.sub(r"\W+", "", m.group(2)).lower()
    for site in site_names:
        key = _site_key(site)
        if key and tail and (tail in key or key in tail):
            return m.group(1).strip()
    return title


def _walk_jsonld(node, out: list[dict]) -> None:
    """Every dict with an @type in a JSON-LD blob (lists, @graph, mainEntity)."""
    if isinstance(node, list):
        for item in node:
            _walk_jsonld(item, out)
    elif isinstance(node, dict):
        if "@type" in node:
            out.append(node)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(node.get(key), (list, dict)):
                _walk_jsonld(node[key], out)


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def jsonld_objects(tree) -> list[dict]:
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # trailing commas and stray control characters are common
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", re.sub(r"[\x00-\x1f]", " ", raw)))
            except ValueError:
                continue
        _walk_jsonld(data, objects)
    return objects


def _names(value) -> list[str]:
    """Person names from a JSON-LD author value (a string, a Person, a list of either)."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        if "organization" in _types(value) and value.get("name"):
            return [_clean(value["name"])] if _clean(value["name"]) else []
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in (_clean(x) for x in name) if n]
        if not name and (value.get("givenName") or value.get("familyName")):
            name = f"{value.get('givenName', '')} {value.get('familyName', '')}"
        return split_authors(name) if isinstance(name, str) else []
    if isinstance(value, str):
        return split_authors(value)
    return []


def split_authors(value: str) -> list[str]:
    """'By Jane Doe and John Roe' / 'Jane Doe, John Roe' / 'Jane Doe; John Roe' to names."""
    value = _BY.sub("", _clean(value) or "")
    if not value or value.startswith(("http://", "https://", "@")):
        return []
    parts = re.split(r"\s*(?:;|\||,|\band\b|&)\s*", value)
    return [p for p in (_clean(x) for x in parts) if p and len(p) > 1]


def _article_object(objects: list[dict]) -> dict | None:
    best, best_rank = None, 99
    for obj in objects:
        kinds = _types(obj)
        if not kinds & ARTICLE_TYPES:
            continue
        rank = 2 if kinds <= {"webpage", "medicalwebpage"} else (0 if obj.get("headline") else 1)
        if rank < best_rank:
            best, best_rank = obj, rank
    return best


def _meta_tags(tree) -> dict[str, str]:
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = _clean(el.get("content"))
        if key and content and key not in tags:
            tags[key] = content
    return tags


def _first(tags: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        if tags.get(name):
            return tags[name]
    return None


def _from_jsonld(page: PageMeta, art: dict) -> None:
    page.title = _clean(art.get("headline")) or _clean(art.get("name"))
    page.published = _clean(art.get("datePublished")) or _clean(art.get("dateCreated"))
    page.authors = _names(art.get("author") or art.get("creator"))
    publisher = art.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    page.publisher = _clean(publisher.get("name")) if isinstance(publisher, dict) else _clean(publisher)
    page.description = _clean(art.get("description"))
    section = art.get("articleSection")
    page.section = _clean(section[0] if isinstance(section, list) and section else section)
    if isinstance(art.get("inLanguage"), str):
        page.language = _clean(art["inLanguage"])


def _host(tree, tags: dict[str, str]) -> str | None:
    url = tags.get("og:url") or next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None)
    m = re.match(r"https?://(?:www\.)?([^/:]+)", url or "")
    return m.group(1).lower() if m else None


def page_metadata(tree) -> PageMeta:
    """What the page declares, JSON-LD first, then <meta> tags, then <link>/<html> attributes."""
    page = PageMeta()
    art = _article_object(jsonld_objects(tree))
    if art is not None:
        _from_jsonld(page, art)
    tags = _meta_tags(tree)
    page.title = page.title or _first(tags, ("og:title",) + TITLE_TAGS)
    page.published = page.published or _first(tags, DATE_TAGS)
    if not page.authors:
        for name in AUTHOR_TAGS:
            if tags.get(name):
                page.authors = split_authors(tags[name])
                if page.authors:
                    break
    page.publisher = page.publisher or _first(tags, SITE_TAGS)
    host = _host(tree, tags)
    if tags.get("og:title") and any(host == s or host.endswith("." + s) for s in OG_TITLE_SITES if host):
        page.title = tags["og:title"]
    page.title = strip_site_suffix(page.title, [page.publisher, tags.get("og:site_name"), host])
    page.description = page.description or _first(tags, ("description", "og:description"))
    page.section = page.section or _first(tags, SECTION_TAGS)
    for link in tree.xpath('//link[@rel="canonical"][@href]'):
        href = link.get("href", "").strip()
        if href.startswith(("http://", "https://")):
            page.canonical = href
            break
    if not page.canonical and (tags.get("og:url") or "").startswith(("http://", "https://")):
        page.canonical = tags["og:url"]
    root_lang = tree.getroottree().getroot().get("lang") if hasattr(tree, "getroottree") else None
    page.language = page.language or _clean(root_lang) or _first(tags, ("og:locale", "content-language", "language"))
    return page


# The section words a site's URL path files an opinion piece under ("/opinion/", "/commentary/").
OPINION_PATH = re.compile(r"/(opinions?|op-?eds?|editorials?|commentary|comment|columns?|"
                          r"columnists?|letters)/", re.I)


def section_in_url(url: str | None) -> str | None:
    """ "Opinion" when the URL's path files the page under an opinion section
    (https://www.example.com/opinion/2020/...), else None. Only opinion paths are read: other
    path words ("/world/", "/news/") say nothing the voice stage uses."""
    path = re.sub(r"^https?://[^/]+", "", url or "")
    return "Opinion" if OPINION_PATH.search(path) else None
