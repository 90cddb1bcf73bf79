"""Files made to hurt: external entities (XXE), entity expansion (billion laughs),
references to the network, 50,000 levels of nesting, reply cycles. None reads a local
file, reaches the network, recurses or grows memory without bound."""

import socket
import threading
import tracemalloc

import pytest

from newsroom.comments.models import Comment
from newsroom.imports.tests.builders import DISQUS_HEAD, Post, WpComment, WpItem, disqus, wxr
from newsroom.imports.tests.builders import disqus_thread as thread
from newsroom.imports.tests.conftest import path_of

pytestmark = pytest.mark.django_db


def _thread(story) -> str:
    return thread("7", "https://old.example" + path_of(story))


@pytest.fixture
def listener():
    """A loopback TCP port that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    connections = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _address = server.accept()
            except TimeoutError:
                continue
            connections.append(connection)
            connection.close()

    watcher = threading.Thread(target=accept, daemon=True)
    watcher.start()
    yield server.getsockname()[1], connections
    stop.set()
    watcher.join()
    server.close()


def test_an_external_entity_never_reads_a_local_file(story, importer, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    head = DISQUS_HEAD.replace(
        "<disqus ", f'<!DOCTYPE disqus [<!ENTITY xxe SYSTEM "file://{secret}">]>\n<disqus ', 1
    )
    run = importer("disqus", disqus([_thread(story)], [Post("1", "7", message="&xxe;")],
                                    head=head).replace(b"<![CDATA[&xxe;]]>", b"&xxe;"))  # fmt: skip
    assert not Comment.objects.filter(body__contains="TOP-SECRET").exists()
    assert Comment.objects.count() == 0
    [problem] = run.errors
    assert problem == {"line": 2, "message": "the file contains a document type declaration"
                       " (<!DOCTYPE>), which is refused for safety; reading stopped"}  # fmt: skip


def test_entity_expansion_is_refused_at_once(story, importer):
    laughs = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    head = DISQUS_HEAD.replace("<disqus ", f"<!DOCTYPE disqus [{''.join(laughs)}]>\n<disqus ", 1)
    data = disqus([_thread(story)], [Post("1", "7")], head=head).replace(
        b"<![CDATA[<p>A comment.</p>]]>", b"&lol9;"
    )
    tracemalloc.start()
    run = importer("disqus", data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000  # a billion "lol"s would be 3 GB
    assert Comment.objects.count() == 0
    assert "refused for safety" in run.errors[0]["message"]


def test_references_to_the_network_are_never_followed(story, importer, listener):
    port, connections = listener
    url = f"http://127.0.0.1:{port}/evil"
    for head in (
        DISQUS_HEAD.replace("<disqus ", f'<!DOCTYPE disqus SYSTEM "{url}.dtd">\n<disqus ', 1),
        DISQUS_HEAD.replace(
            "<disqus ",
            f'<!DOCTYPE disqus [<!ENTITY % remote SYSTEM "{url}"> %remote;]>\n<disqus ',
            1,
        ),  # fmt: skip
    ):
        run = importer("disqus", disqus([_thread(story)], [Post("1", "7")], head=head))
        assert "refused for safety" in run.errors[0]["message"]
    data = disqus([_thread(story)], [Post("1", "7")]).replace(
        b"<disqus ", b'<disqus xmlns:xi="http://www.w3.org/2001/XInclude" ', 1
    ).replace(b"<id />", f'<id><xi:include href="{url}" /></id>'.encode(), 1)  # fmt: skip
    importer("disqus", data)
    assert connections == []


def _nested(depth: int) -> str:
    return "<x>" * depth + "deep" + "</x>" * depth


def test_fifty_thousand_levels_inside_a_record_skip_only_that_record(story, importer):
    posts = [Post("1", "7", message="<p>Before</p>"),
             Post("2", "7", message="<p>Deep</p>", extra=_nested(50_000)),
             Post("3", "7", message="<p>After</p>")]  # fmt: skip
    data = disqus([_thread(story)], posts)
    tracemalloc.start()
    run = importer("disqus", data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert set(Comment.objects.values_list("body", flat=True)) == {"Before", "After"}
    line = data[: data.index(b'dsq:id="2"')].count(b"\n") + 1
    assert run.errors == [{"line": line, "message": "skipped a <post> with elements nested"
                           " deeper than 16 levels"}]  # fmt: skip
    assert peak < 50_000_000


def test_fifty_thousand_levels_between_records_are_stepped_over(story, importer):
    data = disqus([_thread(story)], [Post("1", "7", message="<p>Before</p>")])
    data = data.replace(b"</disqus>", _nested(50_000).encode() + Post(
        "2", "7", message="<p>After</p>").xml().encode() + b"</disqus>")  # fmt: skip
    importer("disqus", data)
    assert set(Comment.objects.values_list("body", flat=True)) == {"Before", "After"}


def test_nesting_past_any_export_stops_reading_there(story, importer, monkeypatch):
    from newsroom.imports import xmlstream

    monkeypatch.setattr(xmlstream, "MAX_DEPTH", 1_000)
    data = disqus([_thread(story)], [Post("1", "7", message="<p>Before</p>")])
    run = importer("disqus", data.replace(b"</disqus>", _nested(5_000).encode() + b"</disqus>"))
    assert set(Comment.objects.values_list("body", flat=True)) == {"Before"}
    assert run.errors[0]["message"] == (
        "the file has elements nested deeper than 1000 levels; reading stopped"
    )


def test_a_reply_chain_fifty_thousand_long_is_kept_without_recursion(story, importer):
    length = 50_000
    chain = [Post(str(n), "7", message=f"<p>{n}</p>", created="2019-05-01T10:00:00Z",
                  parent=str(n - 1) if n > 1 else "", email=f"r{n % 50}@example.com")
             for n in range(1, length + 1)]  # fmt: skip
    run = importer("disqus", disqus([_thread(story)], chain[::-1]))
    assert run.counts["replies_linked"] == length - 1
    last = Comment.objects.get(body=str(length))
    assert last.parent.body == str(length - 1) and last.root.body == "1"
    # The counter's ceiling is 32,767; the parent links go all the way.
    assert last.depth == min(length - 1, 32767)
    assert Comment.objects.get(body="2000").depth == 1_999


def test_a_reply_cycle_is_broken_to_the_top_level(story, importer):
    posts = [Post("1", "7", message="<p>One</p>", parent="2"),
             Post("2", "7", message="<p>Two</p>", parent="1"),
             Post("3", "7", message="<p>Self</p>", parent="3"),
             Post("4", "7", message="<p>Under one</p>", parent="1")]  # fmt: skip
    run = importer("disqus", disqus([_thread(story)], posts))
    top = set(Comment.objects.filter(parent=None).values_list("body", flat=True))
    assert {"One", "Two", "Self"} <= top
    assert all(c.depth == (1 if c.parent_id else 0) for c in Comment.objects.all())
    assert run.counts["cycles_broken"] >= 2


def test_a_parent_in_another_thread_is_not_followed(editions, importer):
    from newsroom.articles.tests.factories import make_article

    first, second = make_article(with_image=False), make_article(with_image=False)
    threads = [thread("1", "https://old.example" + path_of(first)),
               thread("2", "https://old.example" + path_of(second))]  # fmt: skip
    posts = [Post("1", "1", message="<p>Here</p>"),
             Post("2", "2", message="<p>There</p>", parent="1")]  # fmt: skip
    run = importer("disqus", disqus(threads, posts))
    assert Comment.objects.get(body="There").parent is None
    assert run.counts["parents_elsewhere"] == 1


def test_too_many_element_names_is_refused(story, importer):
    names = "".join(f"<n{n} />" for n in range(6_000))
    data = disqus([_thread(story)], [Post("1", "7")])
    data = data.replace(b"</disqus>", names.encode() + b"</disqus>")
    run = importer("disqus", data)
    assert "different element names" in run.errors[-1]["message"]
    assert Comment.objects.count() == 1


def test_hostile_wordpress_files_are_refused_too(story, importer, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    data = wxr([WpItem("1", "https://old.example" + path_of(story),
                       [WpComment("1", content="x")])])  # fmt: skip
    data = data.replace(b"<rss ", f'<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]><rss '
                        .encode(), 1).replace(b"<![CDATA[x]]>", b"&x;")  # fmt: skip
    run = importer("wordpress", data)
    assert Comment.objects.count() == 0 and "refused for safety" in run.errors[0]["message"]
