"""A Disqus export becomes the same threads under the matching articles."""

import pytest

from newsroom.comments.models import Comment, Discussion
from newsroom.imports.tests.builders import Post, disqus, disqus_thread

pytestmark = pytest.mark.django_db


def test_it_imports_threads_nested_ten_levels_whatever_the_order(story, importer):
    url = "https://old.example" + story.get_url_parts()[2]
    chain = [Post(str(100 + level), "7", message=f"<p>Level {level}</p>",
                  created=f"2019-05-01T10:{level:02d}:00Z",
                  parent=str(100 + level - 1) if level else "") for level in range(11)]  # fmt: skip
    run = importer("disqus", disqus([disqus_thread("7", url)], list(reversed(chain))))
    assert run.status == "finished", run.errors
    comments = {c.body: c for c in Comment.objects.filter(article=story)}
    assert len(comments) == 11
    deepest = comments["Level 10"]
    assert deepest.depth == 10
    assert deepest.root == comments["Level 0"]
    assert deepest.parent == comments["Level 9"]
    assert comments["Level 0"].reply_count == 1
    assert Discussion.objects.get(pk=story.pk).comment_count == 11
