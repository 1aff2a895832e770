"""Read inputs (files, directories, stdin) into RawDocuments.

Formats are detected from content as well as extension: crawled plain text,
HTML, JSON / JSON Lines (one article per object) and WARC archives. Every input
that cannot be read becomes a `Rejected` naming the file and the reason; the
caller stores the good ones and reports the bad ones.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .models import RawDocument, Rejected

TEXT_EXTENSIONS = {".txt", ".text", ""}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
JSON_EXTENSIONS = {".json", ".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
# Files we never try to read as articles when walking a directory: they are
# almost always images, archives or office documents sitting next to crawls.
SKIP_EXTENSIONS = {
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".zip", ".tar", ".gz", ".bz2",
    ".xz", ".7z", ".exe", ".so", ".dll", ".mp3", ".mp4", ".doc", ".docx", ".xls", ".xlsx",
    ".db", ".sqlite", ".pyc",
}
MAX_BYTES = 50_000_000  # a single input above this is almost certainly not one news file


def iter_input_paths(paths: Iterable[str]) -> Iterator[str | Rejected]:
    """Expand the user's paths: files as given, directories recursively in a
    stable (sorted) order, '-' for stdin. Missing paths become Rejected."""
    for given in paths:
        if given == "-":
            yield "-"
            continue
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    yield os.path.join(root, name)
        elif path.is_file():
            yield given
        elif path.exists():
            yield Rejected(given, "not a regular file")
        else:
            yield Rejected(given, "no such file or directory")


def read_inputs(paths: Iterable[str], stdin: io.BufferedReader | None = None) -> Iterator[RawDocument | Rejected]:
    """Yield a RawDocument for every article found in `paths` (a JSONL or WARC
    file yields several), or a Rejected for every unreadable input."""
    for item in iter_input_paths(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        if item == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from read_bytes("-", data)
            continue
        lower = item.lower()
        if Path(lower).suffix in SKIP_EXTENSIONS and not lower.endswith(WARC_SUFFIXES):
            yield Rejected(item, f"unsupported file type '{Path(lower).suffix}'")
            continue
        try:
            size = os.path.getsize(item)
            if size > MAX_BYTES:
                yield Rejected(item, f"file too large ({size} bytes > {MAX_BYTES})")
                continue
            with open(item, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            yield Rejected(item, f"cannot read: {exc.strerror or exc}")
            continue
        yield from read_bytes(item, data)


def read_bytes(source_path: str, data: bytes) -> Iterator[RawDocument | Rejected]:
    """Detect the format of one input's bytes and split it into documents."""
    if not data.strip():
        yield Rejected(source_path, "empty input")
        return
    fmt = detect_format(source_path, data)
    if fmt == "warc":
        yield from _read_warc(source_path, data)
        return
    if fmt == "binary":
        yield Rejected(source_path, "binary content, not text")
        return
    text = decode_text(data)
    if fmt == "json":
        yield from _read_json(source_path, text)
    elif fmt == "html":
        yield RawDocument(source_path=source_path, format="html", content=text)
    else:
        yield RawDocument(source_path=source_path, format="txt", content=text)


def detect_format(source_path: str, data: bytes) -> str:
    """'warc' | 'json' | 'html' | 'txt' | 'binary', by content first, then name."""
    lower = source_path.lower()
    if data[:2] == b"\x1f\x8b":
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(data)).read(16)
        except (OSError, EOFError):
            return "binary"
        return "warc" if head.startswith(b"WARC/") else "binary"
    if data[:5] == b"WARC/":
        return "warc"
    if _looks_binary(data):
        return "binary"
    head = data.lstrip()[:2048]
    head_lower = head.lower()
    if head[:1] in (b"{", b"[") and (lower.endswith(tuple(JSON_EXTENSIONS)) or _json_parses(data)):
        return "json"
    if head_lower.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head_lower[:512]:
        return "html"
    suffix = Path(lower).suffix
    if suffix in HTML_EXTENSIONS and (b"<" in head):
        return "html"
    if suffix in JSON_EXTENSIONS:
        return "json"
    return "txt"


def _json_parses(data: bytes) -> bool:
    first_line = data.lstrip().split(b"\n", 1)[0]
    try:
        json.loads(first_line)
        return True
    except ValueError:
        try:
            json.loads(data)
            return True
        except ValueError:
            return False


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text with a byte-order mark
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """Decode bytes that may be UTF-8, UTF-16, cp1252/latin-1, or a mix of
    them line by line (crawls concatenated from several sources are)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mixed or legacy encodings: decode line by line, UTF-8 where it is valid,
    # else Windows-1252 (a superset of latin-1's printable range, and what
    # "latin-1" web pages really use), else latin-1 which never fails.
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                lines.append(line.decode("latin-1"))
    return "\n".join(lines)


def _read_json(source_path: str, text: str) -> Iterator[RawDocument | Rejected]:
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except ValueError as exc:
            yield Rejected(source_path, f"invalid JSON array: {exc.msg} at line {exc.lineno}")
            return
        for number, obj in enumerate(items, start=1):
            yield _json_object(source_path, obj, number)
        return
    if "\n" not in stripped:
        try:
            obj = json.loads(stripped)
        except ValueError as exc:
            yield Rejected(source_path, f"invalid JSON: {exc.msg}")
            return
        yield _json_object(source_path, obj, None)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield Rejected(source_path, f"invalid JSON line: {exc.msg}", record=number)
            continue
        yield _json_object(source_path, obj, number)


def _json_object(source_path: str, obj, number: int | None) -> RawDocument | Rejected:
    if not isinstance(obj, dict):
        return Rejected(source_path, "JSON value is not an object", record=number)
    body = obj.get("text") or obj.get("body") or obj.get("content")
    html = obj.get("html")
    if not isinstance(body, str) or not body.strip():
        if isinstance(html, str) and html.strip():
            return RawDocument(source_path, "html", html, fields=obj, record=number)
        return Rejected(source_path, "JSON object has no 'text'", record=number)
    return RawDocument(source_path, "json", body, fields=obj, record=number)


def _read_warc(source_path: str, data: bytes) -> Iterator[RawDocument | Rejected]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            number += 1
            headers = record.http_headers
            ctype = (headers.get_header("Content-Type") if headers else "") or ""
            if "html" not in ctype.lower():
                continue
            payload = record.content_stream().read()
            if not payload.strip():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            fields = {"url": url, "crawled": record.rec_headers.get_header("WARC-Date")}
            found += 1
            yield RawDocument(source_path, "html", decode_text(payload), fields=fields, record=number)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Rejected(source_path, f"broken WARC archive: {exc}", record=number or None)
        return
    if not found:
        yield Rejected(source_path, "WARC archive holds no HTML responses")
