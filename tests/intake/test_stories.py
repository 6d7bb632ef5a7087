import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import Engine, select

from hoinhap.db.engine import make_sessionmaker
from hoinhap.db.schema import Source
from hoinhap.intake.extract import Extraction
from hoinhap.intake.pipeline import IngestReport, ingest_paths
from hoinhap.intake.reextract import reextract
from hoinhap.intake.stories import list_stories
from tests.intake.stub_extractor import extract_stub

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "intake" / "docs"
FIGURES = (
    "Ho Ky Minh said Da Nang has ties with 60 localities and signed 120 international agreements."
)
RETOLD = "Da Nang, 60 localities: 120 international agreements were signed, said Ho Ky Minh."
OTHER = "Hai Phong signed 62 international agreements."


def ingest(engine: Engine, folder: Path, *texts: str) -> IngestReport:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, text in enumerate(texts, start=1):
        path = folder / f"{number}.txt"
        path.write_text(text + "\n", "utf-8")
        paths.append(path)
    return ingest_paths(engine, paths, actor="tester", extractor=extract_stub)


def story_ids(engine: Engine) -> list[int | None]:
    with make_sessionmaker(engine)() as session:
        query = select(Source.story_id).where(Source.content.is_not(None)).order_by(Source.id)
        return list(session.scalars(query))


def source_ids(report: IngestReport) -> list[int]:
    return [result.source_id or 0 for result in report.results]


def test_documents_telling_the_same_story_share_the_first_ones_id(
    engine: Engine, tmp_path: Path
) -> None:
    first, _, other = source_ids(ingest(engine, tmp_path, FIGURES, RETOLD, OTHER))
    assert story_ids(engine) == [first, first, other]


def test_the_ingest_result_names_the_other_documents_of_the_story(
    engine: Engine, tmp_path: Path
) -> None:
    report = ingest(engine, tmp_path, FIGURES, RETOLD)
    first = report.results[0].source_id
    assert [r.story for r in report.results] == [(), (f"#{first} {FIGURES}",)]


def test_a_document_linking_two_stories_joins_them(engine: Engine, tmp_path: Path) -> None:
    delegations = "Ho Ky Minh said Da Nang received 3,000 foreign delegations."
    both = (
        "Ho Ky Minh: Da Nang has ties with 60 localities, signed 120 international agreements "
        "and received 3,000 foreign delegations."
    )
    first, second = source_ids(ingest(engine, tmp_path / "a", FIGURES, delegations))
    assert story_ids(engine) == [first, second]
    ingest(engine, tmp_path / "b", both)
    assert story_ids(engine) == [first] * 3


def test_a_story_lists_the_figures_its_documents_disagree_on(
    engine: Engine, tmp_path: Path
) -> None:
    told = (
        "Ho Ky Minh said Da Nang has ties with 60 localities, signed {} international "
        "agreements and received 3,000 foreign delegations."
    )
    ingest(engine, tmp_path, told.format(120), told.format(126))
    with make_sessionmaker(engine)() as session:
        [story] = list_stories(session)
    [conflict] = story.conflicts
    assert (len(story.documents), conflict.metric, [f.value for f in conflict.figures]) == (
        2,
        "agreements_signed",
        [120.0, 126.0],
    )


def test_stories_can_be_kept_to_those_told_several_times(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, tmp_path, FIGURES, RETOLD, OTHER)
    with make_sessionmaker(engine)() as session:
        several = list_stories(session, min_documents=2)
        every = list_stories(session)
    assert ([len(s.documents) for s in several], len(every)) == ([2], 2)


def test_the_same_news_in_vietnamese_and_english_is_one_story(
    engine: Engine, tmp_path: Path
) -> None:
    for name in ("dong-nai-fdi-vi.txt", "dong-nai-fdi-en.txt", "can-tho-tourism-en.txt"):
        shutil.copy(DOCS / name, tmp_path)
    ingest_paths(engine, [tmp_path], actor="tester")
    with make_sessionmaker(engine)() as session:
        stories = [
            sorted((d.file_name, d.language) for d in story.documents)
            for story in list_stories(session)
        ]
    assert sorted(stories) == [
        [("can-tho-tourism-en.txt", "en")],
        [("dong-nai-fdi-en.txt", "en"), ("dong-nai-fdi-vi.txt", "vi")],
    ]


def test_a_document_read_again_leaves_a_story_it_no_longer_tells(
    engine: Engine, tmp_path: Path
) -> None:
    first, second = source_ids(ingest(engine, tmp_path, FIGURES, RETOLD))
    assert story_ids(engine) == [first, first]

    def forget_retold(
        text: str, *, doc: str, lang: str | None = None, published: dt.date | None = None
    ) -> Extraction:
        found = extract_stub(text, doc=doc, lang=lang, published=published)
        return Extraction(doc, found.lang) if text.startswith("Da Nang, 60") else found

    reextract(engine, actor="tester", extractor=forget_retold, source_ids=[second])
    assert story_ids(engine) == [first, second]
    reextract(engine, actor="tester", extractor=extract_stub, source_ids=[second])
    assert story_ids(engine) == [first, first]
