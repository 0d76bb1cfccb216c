"""A person's name in parts (prefix, given, middle, family, suffix), and a full name split into them.

Files that structure the name (vCard `N`, the name columns of Google, Outlook and Thunderbird CSV)
are taken as they say: "Garza Treviño" in a family-name field stays two surnames. A file that has
only a full name (`FN` alone, a "Name" or "Display Name" column) is split here, conservatively:

- a title before the name (`Dr.`, `Lic.`, `Ing.`, `Sra.`, `Herr`, `Mme`...) is the prefix, a
  generational or academic suffix after it (`Jr.`, `III`, `PhD`) the suffix;
- "Family, Given" (a comma) says which part is the family name;
- otherwise the last word is the family name, with the particles before it (`de la Garza`,
  `van der Berg`, `da Silva`) and a second surname joined by `y`/`e` (`Pérez y García`); every
  word before it is given name. A bare "María Fernanda Garza Treviño" thus gives "María Fernanda
  Garza" / "Treviño": two surnames are kept only where the file says so (a family-name field, a
  comma, or `y`), never guessed.

Nothing here changes what is shown: the full name is kept beside its parts.
"""

from __future__ import annotations

from desktop_app.userdata.models import Contact, NameParts

_PREFIXES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "dra", "prof", "profa", "sr", "sra", "srta", "lic",
    "licda", "ing", "arq", "mtro", "mtra", "c.p", "herr", "frau", "mme", "mlle", "m", "dott",
    "dott.ssa", "sig", "sig.ra", "dhr", "mevr", "pan", "pani", "sir", "dame", "rev", "hon",
}
_PREFIX_CONTINUATIONS = {"med", "rer", "nat", "h.c", "ing"}  # "Dr. med.", "Dr. rer. nat."
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "ph.d", "md", "m.d", "esq", "mba", "dds",
             "cpa", "msc", "bsc"}
_PARTICLES = {"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la",
              "las", "le", "los", "van", "von", "zu", "ten", "ter", "st.", "bin", "ibn"}
_JOINERS = {"y", "e", "i"}  # Spanish, Portuguese and Catalan "and" between two surnames


def _bare(word: str) -> str:
    return word.casefold().rstrip(".")


def _is_prefix(word: str) -> bool:
    return _bare(word) in _PREFIXES and (word.endswith(".") or len(_bare(word)) > 1)


def _is_suffix(word: str) -> bool:
    return _bare(word) in _SUFFIXES


def split_full_name(full_name: str) -> NameParts:
    """The parts of a full name as written in a file that gives nothing else (see above)."""
    text = " ".join((full_name or "").split())
    if not text or "@" in text or not any(ch.isalpha() for ch in text):
        return NameParts()
    suffix = ""
    if "," in text:
        head, _, tail = (p.strip() for p in text.partition(","))
        if tail and all(_is_suffix(w) for w in tail.split()):
            text, suffix = head, tail
        elif head and tail:
            given_side = _split_words(tail.split())
            given = " ".join(p for p in (given_side.given, given_side.family) if p)
            return NameParts(given_side.prefix, given, "", head, given_side.suffix)
    parts = _split_words(text.split())
    return NameParts(parts.prefix, parts.given, "", parts.family,
                     " ".join(p for p in (parts.suffix, suffix) if p))


def _split_words(words: list[str]) -> NameParts:
    prefix: list[str] = []
    while len(words) > 1 and (_is_prefix(words[0]) or (
            prefix and _bare(words[0]) in _PREFIX_CONTINUATIONS)):
        prefix.append(words.pop(0))
    suffix: list[str] = []
    while len(words) > 1 and _is_suffix(words[-1]):
        suffix.insert(0, words.pop())
    if len(words) == 1:
        return NameParts(" ".join(prefix), words[0], "", "", " ".join(suffix))
    start = len(words) - 1
    while start > 1:
        before = words[start - 1]
        if before.casefold() in _PARTICLES:
            start -= 1
        elif before.casefold() in _JOINERS and start > 2:
            start -= 2
        else:
            break
    return NameParts(" ".join(prefix), " ".join(words[:start]), "", " ".join(words[start:]),
                     " ".join(suffix))


def stored_parts(contact: Contact) -> NameParts:
    return NameParts(contact.name_prefix, contact.given_name, contact.middle_name,
                     contact.family_name, contact.name_suffix)


def name_parts(contact: Contact) -> NameParts:
    """The contact's name in parts: those stored, else split from its full name (for writing
    vCard `N` and the CSV name columns of a contact entered with one name field)."""
    parts = stored_parts(contact)
    if parts.is_empty() and contact.full_name.strip():
        return split_full_name(contact.full_name)
    return parts


def with_parts(contact: Contact, parts: NameParts) -> None:
    """Store `parts` on the contact (in place)."""
    contact.name_prefix, contact.given_name, contact.middle_name = (
        parts.prefix, parts.given, parts.middle)
    contact.family_name, contact.name_suffix = parts.family, parts.suffix
