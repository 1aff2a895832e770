"""Near-duplicate detection and incremental story clustering.

A *story* is the set of reports about one news event. `StoryIndex.add` takes a
batch of clean articles and assigns each one to an existing story or founds a
new one, without ever comparing all pairs and without refitting anything on
the growing corpus:

1. Near-duplicates (syndicated copies, light rewrites): MinHash over word
   3-shingles of the clean text, looked up in a datasketch `MinHashLSH`; a hit
   whose estimated Jaccard is >= `duplicate_threshold` makes the article
   `duplicate_of` the earliest copy and puts it in that copy's story.
2. Story clustering (single pass, "leader-follower"): each article becomes a
   sparse unit vector of idf-weighted terms. Body terms count (1 + log tf),
   title terms get an extra `title_weight`, named entities become extra
   features ("@donald trump") with `entity_weight`. The idf table is a plain
   document-frequency counter updated as batches arrive (no refit). A story
   keeps the (truncated) sum of its members' unit vectors as its centroid.
3. Candidate retrieval: an inverted index maps a story's top-weighted
   features to the story. A new article looks up its own top features, reads
   only the most recent `postings_scan` stories of each posting list and
   scores at most `max_candidates` stories, so the work per added article is
   bounded whatever the size of the corpus.
4. Time: an article joins a story only if its publication time is within
   `window_days` of the story's span; a similar story outside the window is
   linked as *related* to the new story the article founds instead (a
   follow-up a year later).
5. Bounded memory: a story whose last report is older than `window_days +
   archive_margin_days` (against the newest publication time seen) can never
   be joined again, so it is *archived*: its centroid, sentence pool, posted
   terms and its articles' assignments leave memory; what stays is a small
   record (id, title, summary, first/last, agencies, related ids, size) and
   its top `index_terms` features in a separate archive index, so that a
   follow-up months later is still linked as related. Archived stories list
   no article ids and `story_of` returns None for their articles: the store
   keeps articles.story_id. The index therefore cannot tell an archived
   article from a new one: callers add only articles without a story (the
   pipeline selects `story_id IS NULL`), or re-adding one founds a new story.
   The document-frequency table is pruned of its rarest terms when it passes
   `max_df_terms`. Batches should arrive roughly in publication order: an
   article older than the archive horizon cannot join its (archived) story.

All state is plain Python/numpy data; `dumps`/`loads` persist it between runs.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import pickle
import re
import sys
import time
import zlib
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field, asdict
from datetime import datetime, timezone
from typing import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsevents.models import Article

ARCHIVE_EVERY = 2000  # articles clustered between archiving passes within one batch
FORMAT_VERSION = 2  # 2: archived stories; version 1 indexes still load


@dataclass
class StoryConfig:
    # --- near duplicates ---
    duplicate_threshold: float = 0.7  # estimated Jaccard of word 3-shingles to call a copy
    shingle_size: int = 3
    num_perm: int = 128
    duplicate_window_days: float | None = 30.0  # copies older than this (vs newest seen) are forgotten
    # --- representation ---
    title_weight: float = 3.0  # added to a term's body weight when it is in the title
    entity_weight: float = 1.0  # weight of an "@entity" feature (times 1 + log count)
    max_article_terms: int = 400  # features kept per article vector (highest weights)
    max_centroid_terms: int = 500  # features kept per story centroid
    # --- clustering ---
    join_threshold: float = 0.25  # cosine(article, story centroid) to join a story
    related_threshold: float = 0.20  # cosine to link a new story as related to an old one
    window_days: float = 45.0  # max gap between an article and a story's span to join it
    time_grace_days: float = 3.0  # gap within which time does not discount the join score
    time_half_life_days: float = 7.0  # beyond the grace, the join score halves every this many days
    # --- candidate retrieval ---
    query_terms: int = 15  # top features of a new article used to look up candidates
    index_terms: int = 25  # top features of a story centroid that are posted
    postings_scan: int = 50  # most recent stories read per posting list
    max_candidates: int = 40  # stories fully scored per article
    # --- bounded memory ---
    archive_margin_days: float = 15.0  # archived when the last report is window_days + this old
    # A story joined within the last this many added articles stays live
    # whatever its age, so that slightly out-of-order batches still find it.
    archive_grace_articles: int = 2000
    archive_candidates: int = 10  # archived stories scored per article (related links only)
    max_df_terms: int = 400_000  # doc-frequency entries kept; the rarest are pruned beyond it
    # --- story description ---
    summary_sentences: int = 3
    sentence_pool: int = 40  # candidate summary sentences kept per story


@dataclass
class StoryAssignment:
    article_id: str
    story_id: str
    duplicate_of: str | None
    new_story: bool


@dataclass
class Story:
    id: str
    title: str | None
    summary: str
    article_ids: list[str]  # empty once archived (the store has articles.story_id)
    first_published: str | None
    last_published: str | None
    agencies: list[str]
    related_story_ids: list[str]

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?", re.UNICODE)
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "mr", "ms", "mrs", "dr", "just", "like", "new"}
# Capitalised word sequences ("Donald Trump", "Republican National Committee"),
# optionally joined by a lower-case connector ("Bank of England").
_PROPER = re.compile(
    r"(?:[A-Z][\w'’.&-]*[\w]|[A-Z])(?:\s+(?:(?:of|the|de|al|bin|von|van|for|and)\s+)?(?:[A-Z][\w'’.&-]*[\w]|[A-Z]))*"
)
# Sentence ends: punctuation (optionally closed by a quote) + space + capital,
# except after titles and initials ("Mr. Steele", "U.S. Army"); also a missing
# space after a full stop ("Wednesday.The report"), common in scraped text.
_SENTENCE_SPLIT = re.compile(
    r"(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)(?<!\bGen\.)(?<!\bSen\.)"
    r"(?<!\bRep\.)(?<!\bGov\.)(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“(]?[A-Z0-9])"
    r"|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"
)
_POSSESSIVE = re.compile(r"['’]s$")


def _tokens(text: str) -> list[str]:
    """Lower-case content words (stop words and one-letter words dropped)."""
    out = []
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group().lower()).replace("’", "'")
        if len(word) > 1 and word not in _STOP:
            # Interned: the same term string is then shared by the idf table,
            # every centroid and the postings (most of the index's memory).
            out.append(sys.intern(word))
    return out


def _shingle_words(text: str) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text)]


def normalise_entity(name: str) -> str | None:
    words = _POSSESSIVE.sub("", name.strip()).lower().replace("’", "'").split()
    while words and words[0] in _STOP:  # "The White House" -> "white house"
        words.pop(0)
    text = " ".join(words).strip(" .,'\"")
    if len(text) < 2 or text in _STOP:
        return None
    return text


def proper_noun_phrases(text: str) -> list[str]:
    """Cheap named-entity stand-in used when the caller gives no entities:
    capitalised word sequences, minus sentence-initial function words. This
    keeps story clustering usable without a spaCy pass (e.g. in benchmarks);
    the pipeline passes real NER output instead."""
    found = []
    for match in _PROPER.finditer(text):
        name = normalise_entity(match.group())
        if name:
            found.append(name)
    return found


def split_sentences(text: str) -> list[str]:
    sentences = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if paragraph:
            sentences.extend(s.strip() for s in _SENTENCE_SPLIT.split(paragraph) if s.strip())
    return sentences


def parse_time(value: str | None) -> float | None:
    """ISO 8601 string -> POSIX seconds (naive times are taken as UTC)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def story_id_for(article_id: str) -> str:
    """Stable story id: derived from the founding article's id only."""
    return "s-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def _unit(vector: dict[str, float], keep: int) -> dict[str, float]:
    if len(vector) > keep:
        vector = dict(heapq.nlargest(keep, vector.items(), key=lambda item: item[1]))
    norm = math.sqrt(sum(v * v for v in vector.values()))
    if norm == 0:
        return {}
    return {k: v / norm for k, v in vector.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    # Key-view intersection runs in C; only shared features are multiplied.
    return sum(a[k] * b[k] for k in a.keys() & b.keys())


def _top(vector: dict[str, float], n: int) -> list[str]:
    return [k for k, _ in heapq.nlargest(n, vector.items(), key=lambda item: item[1])]


# ---------------------------------------------------------------------------
# Index state
# ---------------------------------------------------------------------------


@dataclass
class _StoryState:
    id: str
    founder: str
    article_ids: list[str] = field(default_factory=list)
    # Sum of member unit vectors, kept to the heaviest features (with slack so
    # that truncation is rare), and its norm, updated on every attach so that
    # scoring a candidate is a single sparse dot product.
    centroid_sum: dict[str, float] = field(default_factory=dict)
    centroid_norm: float = 0.0
    first: float | None = None
    last: float | None = None
    first_iso: str | None = None
    last_iso: str | None = None
    agencies: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # first few distinct titles
    sentences: list[tuple[float, int, str]] = field(default_factory=list)  # (time, position, text)
    posted: set[str] = field(default_factory=set)  # features already in the inverted index
    description: tuple[str | None, str] | None = None  # cached (title, summary); None when stale
    touched: float | None = None  # index clock at the last attach: ages stories with no dated report
    touched_seq: int = 0  # index article count at the last attach

    def centroid(self, keep: int) -> dict[str, float]:
        return _unit(self.centroid_sum, keep)

    def cosine(self, unit_vector: dict[str, float]) -> float:
        return _dot(unit_vector, self.centroid_sum) / self.centroid_norm if self.centroid_norm else 0.0


@dataclass(slots=True)
class _ArchivedStory:
    """What an archived story keeps: its description, and its top centroid
    features (unit-normalised) to score follow-ups for related links."""

    id: str
    title: str | None
    summary: str
    first_iso: str | None
    last_iso: str | None
    agencies: tuple[str, ...]
    related: list[str]
    size: int  # number of articles
    # Parallel term tuple and float32 weights: a fifth of a dict's memory.
    terms: tuple[str, ...]
    weights: array

    def cosine(self, unit_vector: dict[str, float]) -> float:
        return sum(unit_vector.get(term, 0.0) * weight for term, weight in zip(self.terms, self.weights))


@dataclass
class _Prepared:
    article: Article
    order: int
    time: float | None
    tf: Counter
    duplicate_of: str | None = None
    raw_features: dict[str, float] | None = None


class StoryIndex:
    """Incremental near-duplicate detection and story clustering (see module doc)."""

    def __init__(self, config: StoryConfig | None = None):
        self.config = config or StoryConfig()
        self.doc_count = 0
        self.doc_freq: Counter = Counter()
        self.story_states: dict[str, _StoryState] = {}
        self.postings: dict[str, list[str]] = defaultdict(list)
        self.assignments: dict[str, StoryAssignment] = {}  # articles of live stories only
        self.archived: dict[str, _ArchivedStory] = {}
        self.archive_postings: dict[str, list[str]] = defaultdict(list)
        self.articles_added = 0
        self.newest_time: float | None = None  # the index clock: newest plausible publication time
        self._lsh = self._new_lsh()
        # article id -> (publication time, MinHash values), for copies still in the window
        self._signatures: dict[str, tuple[float | None, np.ndarray]] = {}
        self._signature_times: list[tuple[float, str]] = []  # heap for forgetting old copies
        self._duplicate_roots: dict[str, str] = {}  # copy id -> earliest copy id

    def _new_lsh(self) -> MinHashLSH:
        # The LSH threshold sits below the confirmation threshold so that
        # borderline copies are still retrieved, then checked on the estimate.
        lsh_threshold = max(0.3, self.config.duplicate_threshold - 0.1)
        return MinHashLSH(threshold=lsh_threshold, num_perm=self.config.num_perm)

    # ------------------------------------------------------------------ API

    def add(
        self, articles: list[Article], entities: dict[str, list[str]] | None = None
    ) -> list[StoryAssignment]:
        """Assign each article to a story, in input order. Articles are processed
        in publication order (undated ones last); an id seen before keeps its
        earlier assignment (unless its story was archived: see module doc)."""
        self.archive_stale()
        prepared: list[_Prepared] = []
        result: dict[str, StoryAssignment] = {}
        batch_ids: set[str] = set()
        for order, article in enumerate(articles):
            if article.id in self.assignments or article.id in batch_ids:
                continue  # re-adding an article keeps its first assignment
            batch_ids.add(article.id)
            text_terms = Counter(_tokens(article.text or ""))
            prepared.append(_Prepared(article, order, parse_time(article.published), text_terms))
        prepared.sort(key=lambda p: (p.time is None, p.time or 0.0, p.order))

        # Pass 1: near-duplicates, in time order so the earliest copy is the root.
        for item in prepared:
            self._mark_duplicate(item)
        # Pass 2: document frequencies from the new originals (copies would
        # inflate the df of syndicated wording).
        for item in prepared:
            if item.duplicate_of is None:
                self.doc_count += 1
                self.doc_freq.update(self._features(item, entities).keys())
        self._prune_doc_freq()
        # Pass 3: cluster. A publication time more than a day past the wall
        # clock is a bad date: it is clustered but does not advance the index
        # clock (which would archive every live story at once).
        latest_plausible = time.time() + 86400
        for done, item in enumerate(prepared, 1):
            if item.time is not None and item.time <= latest_plausible and (
                self.newest_time is None or item.time > self.newest_time
            ):
                self.newest_time = item.time
            root = self.assignments.get(item.duplicate_of) if item.duplicate_of else None
            if root is None or root.story_id not in self.story_states:
                item.duplicate_of = None  # only if the root's story was archived (a non-default config)
            if item.duplicate_of is not None:
                assignment = StoryAssignment(item.article.id, root.story_id, item.duplicate_of, False)
                self._attach(self.story_states[root.story_id], item, None)
            else:
                assignment = self._cluster(item, entities)
            self.assignments[item.article.id] = assignment
            result[item.article.id] = assignment
            if done % ARCHIVE_EVERY == 0:  # a large batch must not hold its whole span in memory
                self.archive_stale()
        self._forget_old_signatures()
        return [result.get(a.id) or self.assignments[a.id] for a in articles]

    def stories(self, story_ids: Iterable[str] | None = None) -> list[Story]:
        """All stories, live and archived (or just `story_ids`, e.g. those in the
        last assignments), sorted by first publication. Titles and summaries are
        recomputed only for stories that changed since they were last described;
        archived stories list no article ids."""
        if story_ids is None:
            story_ids = [*self.story_states, *self.archived]
        out = []
        for story_id in story_ids:
            state = self.story_states.get(story_id)
            if state is None:
                record = self.archived[story_id]
                title, summary, article_ids = record.title, record.summary, []
            else:
                (title, summary), article_ids = self._describe(state), list(state.article_ids)
                record = state
            out.append(
                Story(
                    id=record.id,
                    title=title,
                    summary=summary,
                    article_ids=article_ids,
                    first_published=record.first_iso,
                    last_published=record.last_iso,
                    agencies=list(record.agencies),
                    related_story_ids=list(record.related),
                )
            )
        out.sort(key=lambda s: (s.first_published is None, s.first_published or "", s.id))
        return out

    def story_of(self, article_id: str) -> str | None:
        """The story of an article of a live story; None if unknown or archived."""
        found = self.assignments.get(article_id)
        return found.story_id if found else None

    def dumps(self) -> bytes:
        """Serialise the whole index (pickle, zlib-compressed). Only load bytes
        this code wrote: pickle is not safe for untrusted input."""
        state = {
            "version": FORMAT_VERSION,
            "config": asdict(self.config),
            "doc_count": self.doc_count,
            "doc_freq": dict(self.doc_freq),
            "stories": self.story_states,
            "postings": dict(self.postings),
            "assignments": self.assignments,
            "archived": self.archived,
            "archive_postings": dict(self.archive_postings),
            "newest_time": self.newest_time,
            "articles_added": self.articles_added,
            "lsh": self._lsh,
            "signatures": self._signatures,
            "signature_times": self._signature_times,
            "duplicate_roots": self._duplicate_roots,
        }
        return zlib.compress(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL), 3)

    @classmethod
    def loads(cls, data: bytes) -> "StoryIndex":
        state = pickle.loads(zlib.decompress(data))
        if state.get("version") not in (1, FORMAT_VERSION):
            raise ValueError(f"unsupported story index format {state.get('version')!r}")
        index = cls(StoryConfig(**state["config"]))
        index.doc_count = state["doc_count"]
        index.doc_freq = Counter(state["doc_freq"])
        index.story_states = state["stories"]
        index.postings = defaultdict(list, state["postings"])
        index.assignments = state["assignments"]
        index.archived = state.get("archived", {})  # absent in version 1
        index.archive_postings = defaultdict(list, state.get("archive_postings", {}))
        index.newest_time = state["newest_time"]
        index.articles_added = state.get("articles_added", 0)
        index._lsh = state["lsh"]
        index._signatures = state["signatures"]
        index._signature_times = state["signature_times"]
        index._duplicate_roots = state["duplicate_roots"]
        return index

    # ------------------------------------------------------- near duplicates

    def _minhash(self, text: str) -> MinHash | None:
        words = _shingle_words(text)
        size = self.config.shingle_size
        if len(words) < size:
            return None
        shingles = {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}
        minhash = MinHash(num_perm=self.config.num_perm)
        minhash.update_batch(list(shingles))
        return minhash

    def _mark_duplicate(self, item: _Prepared) -> None:
        text = item.article.text or item.article.title or ""
        query = self._minhash(text)
        if query is None:
            return
        signature = query.hashvalues
        best: tuple[float, str] | None = None
        for key in self._lsh.query(query):
            similarity = float(np.mean(self._signatures[key][1] == signature))
            if similarity < self.config.duplicate_threshold:
                continue
            root = self._duplicate_roots.get(key, key)
            # The earliest copy wins; among equally early, the most similar.
            root_time = self._signatures.get(root, (None, None))[0]
            rank = (root_time if root_time is not None else math.inf, -similarity)
            if best is None or rank < best[0]:
                best = (rank, root)
        if best is not None:
            item.duplicate_of = best[1]
            self._duplicate_roots[item.article.id] = best[1]
        # Copies are indexed too, so a copy of a copy still finds the family.
        self._lsh.insert(item.article.id, query)
        self._signatures[item.article.id] = (item.time, signature)
        # Undated copies age from the newest time seen, so they are forgotten too.
        age_from = item.time if item.time is not None else self.newest_time
        if age_from is not None:
            heapq.heappush(self._signature_times, (age_from, item.article.id))

    def _forget_old_signatures(self) -> None:
        window = self.config.duplicate_window_days
        if window is None or self.newest_time is None:
            return
        horizon = self.newest_time - window * 86400
        while self._signature_times and self._signature_times[0][0] < horizon:
            _, key = heapq.heappop(self._signature_times)
            if key in self._signatures:
                self._lsh.remove(key)
                del self._signatures[key]
                self._duplicate_roots.pop(key, None)

    # ------------------------------------------------------- representation

    def _features(self, item: _Prepared, entities: dict[str, list[str]] | None) -> dict[str, float]:
        """Raw (un-idf'd) feature weights of an article, cached on the item."""
        if item.raw_features is not None:
            return item.raw_features
        cfg = self.config
        article = item.article
        weights: dict[str, float] = {t: 1.0 + math.log(c) for t, c in item.tf.items()}
        for term in set(_tokens(article.title or "")):
            weights[term] = weights.get(term, 0.0) + cfg.title_weight
        if entities is not None and article.id in entities:
            names = [n for n in (normalise_entity(e) for e in entities[article.id]) if n]
        else:
            names = proper_noun_phrases((article.title or "") + "\n" + (article.text or ""))
        for name, count in Counter(names).items():
            weights[sys.intern("@" + name)] = cfg.entity_weight * (1.0 + math.log(count))
        item.raw_features = weights
        return weights

    def _idf(self, feature: str) -> float:
        # Smoothed idf as in sklearn's TfidfTransformer, computed from the running counts.
        return math.log((1 + self.doc_count) / (1 + self.doc_freq.get(feature, 0))) + 1.0

    def _vector(self, item: _Prepared, entities: dict[str, list[str]] | None) -> dict[str, float]:
        raw = self._features(item, entities)
        return _unit({f: w * self._idf(f) for f, w in raw.items()}, self.config.max_article_terms)

    # ------------------------------------------------------------ clustering

    def _candidates(self, query: list[str], vector: dict[str, float], postings: dict, limit: int) -> list[str]:
        hits: Counter = Counter()
        for feature in query:
            posting = postings.get(feature)
            if not posting:
                continue
            weight = vector[feature]
            for story_id in posting[-self.config.postings_scan :]:
                hits[story_id] += weight
        return [story_id for story_id, _ in hits.most_common(limit)]

    def _gap_days(self, state: _StoryState, time: float | None) -> float:
        if time is None or state.first is None or state.last is None:
            return 0.0
        if state.first <= time <= state.last:
            return 0.0
        return min(abs(time - state.first), abs(time - state.last)) / 86400

    def _cluster(self, item: _Prepared, entities: dict[str, list[str]] | None) -> StoryAssignment:
        cfg = self.config
        vector = self._vector(item, entities)
        # An undated article's time is unknown: it neither helps nor hurts a
        # join (treating it as "now" would cut it off from the story it reports).
        effective_time = item.time
        best_join: tuple[float, _StoryState] | None = None
        related: list[tuple[float, str]] = []
        query = _top(vector, cfg.query_terms)
        # Archived stories are past joining: they are only scored for related links.
        for story_id in self._candidates(query, vector, self.archive_postings, cfg.archive_candidates):
            similarity = self.archived[story_id].cosine(vector)
            if similarity >= cfg.related_threshold:
                related.append((similarity, story_id))
        for story_id in self._candidates(query, vector, self.postings, cfg.max_candidates):
            state = self.story_states[story_id]
            similarity = state.cosine(vector)
            gap = self._gap_days(state, effective_time)
            if gap > cfg.window_days:
                if similarity >= cfg.related_threshold:
                    related.append((similarity, story_id))
                continue
            # Reports days apart are normal; weeks apart need more evidence.
            score = similarity * 0.5 ** (max(0.0, gap - cfg.time_grace_days) / cfg.time_half_life_days)
            if score >= cfg.join_threshold and (best_join is None or score > best_join[0]):
                best_join = (score, state)
            elif similarity >= cfg.related_threshold:
                related.append((similarity, story_id))
        if best_join is not None:
            state = best_join[1]
            self._attach(state, item, vector)
            return StoryAssignment(item.article.id, state.id, None, False)
        state = _StoryState(id=self._fresh_story_id(item.article.id), founder=item.article.id)
        self.story_states[state.id] = state
        self._attach(state, item, vector)
        for _, other_id in sorted(related, reverse=True)[:5]:
            self._link(state.id, other_id)
        return StoryAssignment(item.article.id, state.id, None, True)

    def _fresh_story_id(self, article_id: str) -> str:
        story_id = story_id_for(article_id)
        suffix = 1
        # Only on a sha1 prefix collision, or when an archived article is added again.
        while story_id in self.story_states or story_id in self.archived:
            story_id = f"{story_id_for(article_id)}-{suffix}"
            suffix += 1
        return story_id

    def _link(self, a: str, b: str) -> None:
        for one, other in ((a, b), (b, a)):
            story = self.story_states.get(one) or self.archived[one]
            if other not in story.related:
                story.related.append(other)

    def _attach(self, state: _StoryState, item: _Prepared, vector: dict[str, float] | None) -> None:
        cfg = self.config
        article = item.article
        state.article_ids.append(article.id)
        state.description = None
        state.touched = self.newest_time
        self.articles_added += 1
        state.touched_seq = self.articles_added
        if item.time is not None:
            if state.first is None or item.time < state.first:
                state.first, state.first_iso = item.time, article.published
            if state.last is None or item.time > state.last:
                state.last, state.last_iso = item.time, article.published
        for source in (article.agency, article.publisher):
            if source and source not in state.agencies:
                state.agencies.append(source)
        if vector is None:  # a copy: same words as its root, nothing new to learn
            return
        for feature, weight in vector.items():
            state.centroid_sum[feature] = state.centroid_sum.get(feature, 0.0) + weight
        if len(state.centroid_sum) > 1.25 * cfg.max_centroid_terms:
            state.centroid_sum = dict(
                heapq.nlargest(cfg.max_centroid_terms, state.centroid_sum.items(), key=lambda kv: kv[1])
            )
        state.centroid_norm = math.sqrt(sum(v * v for v in state.centroid_sum.values()))
        for feature in _top(state.centroid_sum, cfg.index_terms):
            if feature not in state.posted:
                state.posted.add(feature)
                self.postings[feature].append(state.id)
        title = (article.title or "").strip()
        if title and title not in state.titles and len(state.titles) < 20:
            state.titles.append(title)
        self._pool_sentences(state, item)

    # -------------------------------------------------------- bounded memory

    def archive_stale(self) -> int:
        """Archive the stories too old to be joined again (see module doc).
        Called by `add`; returns how many stories were archived."""
        cfg = self.config
        if self.newest_time is None:
            return 0
        horizon = self.newest_time - (cfg.window_days + cfg.archive_margin_days) * 86400
        recent = self.articles_added - cfg.archive_grace_articles
        stale = []
        for state in self.story_states.values():
            if state.last is None and state.touched is None:
                state.touched = self.newest_time  # undated story: ages from now on
            if (state.last if state.last is not None else state.touched) < horizon and state.touched_seq <= recent:
                stale.append(state)
        freed_features: set[str] = set()
        for state in stale:
            self._archive(state)
            freed_features |= state.posted
        # Drop the archived ids from the live postings in one pass per list
        # (list.remove per story would rescan long lists of common terms).
        for feature in freed_features:
            kept = [story_id for story_id in self.postings[feature] if story_id in self.story_states]
            if kept:
                self.postings[feature] = kept
            else:
                del self.postings[feature]
        return len(stale)

    def _archive(self, state: _StoryState) -> None:
        cfg = self.config
        title, summary = self._describe(state)
        top = heapq.nlargest(cfg.index_terms, state.centroid_sum.items(), key=lambda item: item[1])
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        record = _ArchivedStory(
            id=state.id,
            title=title,
            summary=summary,
            first_iso=state.first_iso,
            last_iso=state.last_iso,
            agencies=tuple(state.agencies),
            related=state.related,
            size=len(state.article_ids),
            terms=tuple(term for term, _ in top),
            weights=array("f", (w / norm for _, w in top)),
        )
        self.archived[state.id] = record
        for term in record.terms:
            self.archive_postings[term].append(state.id)
        del self.story_states[state.id]
        for article_id in state.article_ids:
            self.assignments.pop(article_id, None)

    def _prune_doc_freq(self) -> None:
        """Keep the df table bounded: past `max_df_terms` entries, drop the
        rarest (df 1, then 2, ...) until it is back to three quarters of the
        limit. A dropped term counts as unseen, so its idf rises by at most
        log(1 + df): rare terms stay rare."""
        limit = self.config.max_df_terms
        cutoff = 0
        while len(self.doc_freq) > limit * (0.75 if cutoff else 1.0):
            cutoff += 1
            self.doc_freq = Counter({term: n for term, n in self.doc_freq.items() if n > cutoff})

    # ---------------------------------------------------- story description

    def _describe(self, state: _StoryState) -> tuple[str | None, str]:
        if state.description is None:
            centroid = state.centroid(self.config.max_centroid_terms)
            state.description = (self._representative_title(state, centroid), self._summary(state, centroid))
        return state.description

    def _pool_sentences(self, state: _StoryState, item: _Prepared) -> None:
        """Keep the lead sentences of the first member articles as summary
        candidates: leads carry the who/what/when in news writing, and the
        first reports define the event. Bounded, so adding stays cheap."""
        room = self.config.sentence_pool - len(state.sentences)
        if room <= 0:
            return
        time = item.time if item.time is not None else math.inf
        leads = [s for s in split_sentences((item.article.text or "")[:3000])[:5] if 6 <= len(s.split()) <= 60]
        for position, sentence in enumerate(leads[:room]):
            state.sentences.append((time, position, sentence))

    def _sentence_vector(self, text: str) -> dict[str, float]:
        return _unit({t: self._idf(t) for t in set(_tokens(text))}, 10_000)

    def _sentence_score(self, sentence: tuple[float, int, str], centroid: dict[str, float]) -> float:
        _, position, text = sentence
        return _dot(self._sentence_vector(text), centroid) / (1.0 + 0.15 * position)

    def _summary(self, state: _StoryState, centroid: dict[str, float]) -> str:
        ranked = sorted(state.sentences, key=lambda s: -self._sentence_score(s, centroid))
        chosen: list[tuple[float, int, str]] = []
        chosen_words: list[set[str]] = []
        for sentence in ranked:
            words = set(_tokens(sentence[2]))
            # Skip sentences that repeat one already chosen (other outlets' leads).
            if any(len(words & other) / max(1, len(words | other)) > 0.4 for other in chosen_words):
                continue
            chosen.append(sentence)
            chosen_words.append(words)
            if len(chosen) == self.config.summary_sentences:
                break
        chosen.sort(key=lambda s: (s[0], s[1]))
        return " ".join(s[2] for s in chosen)

    def _representative_title(self, state: _StoryState, centroid: dict[str, float]) -> str | None:
        if not state.titles:
            return state.sentences[0][2] if state.sentences else None
        return max(state.titles, key=lambda t: _dot(self._sentence_vector(t), centroid))
