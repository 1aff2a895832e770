"""newsevents: political events, quotes and stories from raw news articles.

The Python API mirrors the command line:

    from newsevents import ingest, Store
    report = ingest(["articles/"], db="newsevents.db", jobs=2)
    for article in Store("newsevents.db").iter_articles():
        ...
"""

__version__ = "0.1.0"

from .models import Article, ActorRef, ArticleResult, Event, Location, Quote, Rejected, Speaker  # noqa: E402
from .pipeline import IngestReport, ingest  # noqa: E402
from .store import Store  # noqa: E402
from .clean import clean_document  # noqa: E402
from .ingest import read_inputs  # noqa: E402

__all__ = [
    "Article", "ActorRef", "ArticleResult", "Event", "IngestReport", "Location", "Quote", "Rejected",
    "Speaker", "Store", "clean_document", "ingest", "read_inputs", "__version__",
]
