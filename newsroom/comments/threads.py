"""Reading a thread: top-level comments by sort, paged by keyset cursors, with their
replies nested a few levels deep, in a number of queries that does not depend on the
thread's size.

The top-level page is one query on the sort's index. Replies are fetched one level at a
time for all parents on the page together, with a window function keeping the first
few per parent, so a page costs the same whether the thread has ten comments or ten
thousand.
"""

import base64
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from newsroom.comments.models import Comment, Discussion, Vote

PAGE_SIZE = 20
# Replies shown under each parent on a page, by level: fewer the deeper the level, so a
# page of 20 threads stays readable and light; "Show N more replies" loads the rest.
REPLIES_PER_PARENT = {1: 3, 2: 2, 3: 1, 4: 1}
REPLY_PAGE_SIZE = 20
# Levels shown nested under a top-level comment; replies deeper than this show flat at
# the last level, "@name" in front, and their own replies behind "continue this thread".
NESTED_LEVELS = 3


class InvalidCursor(ValueError):
    pass


@dataclass(frozen=True)
class Sort:
    key: str
    label: StrOrPromise
    field: str
    descending: bool

    def order_by(self) -> list:
        if self.descending:
            return [F(self.field).desc(), F("id").desc()]
        return [F(self.field).asc(), F("id").asc()]

    def cursor_for(self, comment: Comment) -> str:
        value = getattr(comment, self.field)
        text = value.isoformat() if isinstance(value, datetime) else str(value)
        return base64.urlsafe_b64encode(f"{text}|{comment.pk}".encode()).decode().rstrip("=")

    def after(self, cursor: str) -> Q:
        """Everything after the cursor's comment in this sort, as a keyset condition."""
        try:
            padded = cursor + "=" * (-len(cursor) % 4)
            text, pk_text = base64.urlsafe_b64decode(padded.encode()).decode().rsplit("|", 1)
            pk = int(pk_text)
            value: datetime | int = (
                datetime.fromisoformat(text) if self.field != "score" else int(text)
            )
        except (ValueError, UnicodeDecodeError) as error:
            raise InvalidCursor(str(_("That page link is not valid."))) from error
        return self._beyond(value, pk, inclusive=False)

    def from_(self, comment: Comment) -> Q:
        """This comment and everything after it."""
        return self._beyond(getattr(comment, self.field), comment.pk, inclusive=True)

    def _beyond(self, value, pk: int, *, inclusive: bool) -> Q:
        beyond = "lt" if self.descending else "gt"
        id_lookup = f"id__{beyond}e" if inclusive else f"id__{beyond}"
        return Q(**{f"{self.field}__{beyond}": value}) | Q(**{self.field: value, id_lookup: pk})


SORTS = {
    sort.key: sort
    for sort in (
        Sort("updated", _("Recently updated"), "last_activity_at", descending=True),
        Sort("newest", _("Newest"), "created_at", descending=True),
        Sort("oldest", _("Oldest"), "created_at", descending=False),
        Sort("popular", _("Most popular"), "score", descending=True),
    )
}
DEFAULT_SORT = SORTS["updated"]
# Replies always read oldest first, whatever the sort of the top-level list.
REPLY_SORT = SORTS["oldest"]


def sort_named(name: str | None) -> Sort:
    return SORTS.get(name or "", DEFAULT_SORT)


@dataclass
class Node:
    comment: Comment
    level: int  # 0 for the page's top comments
    children: list["Node"] = field(default_factory=list)
    more_replies: int = 0  # direct replies not shown
    last_child_cursor: str = ""
    flat: bool = False  # shown at the deepest level with "@name" in front
    reply_to: str = ""
    continues: bool = False  # has replies beyond what this page shows nested
    my_vote: int = 0

    @classmethod
    def alone(cls, comment: Comment, my_vote: int = 0) -> "Node":
        """A comment shown by itself (an htmx answer), at the level its depth gives it."""
        return cls(comment=comment, level=min(comment.depth, NESTED_LEVELS), my_vote=my_vote)


@dataclass
class ThreadPage:
    nodes: list[Node]
    sort: Sort
    next_cursor: str | None
    starts_at_comment: bool = False  # a permalink page, not the start of the thread


def _replies_by_level(parent_ids, viewer, forced_ids: set[int], level: int):
    shown = (
        Comment.objects.visible_to(viewer)
        .for_display()
        .filter(parent_id__in=parent_ids)
        .annotate(
            position=Window(
                RowNumber(),
                partition_by=[F("parent_id")],
                order_by=[F("created_at").asc(), F("id").asc()],
            )
        )
        .filter(position__lte=REPLIES_PER_PARENT.get(level, 1))
    )
    replies = list(shown)
    if forced_ids:
        have = {reply.pk for reply in replies}
        extra = forced_ids - have
        if extra:
            replies += list(
                Comment.objects.visible_to(viewer)
                .for_display()
                .filter(parent_id__in=parent_ids, pk__in=extra)
            )
    return replies


def ancestor_ids(comment_id: int) -> list[int]:
    """The chain from a comment up to its top-level comment, in one query."""
    table = Comment._meta.db_table
    sql = (
        f"WITH RECURSIVE chain(id, parent_id) AS ("  # noqa: S608 - table name is ours
        f" SELECT id, parent_id FROM {table} WHERE id = %s"
        f" UNION ALL SELECT c.id, c.parent_id FROM {table} c JOIN chain ON c.id = chain.parent_id"
        f") SELECT id FROM chain"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [comment_id])
        return [row[0] for row in cursor.fetchall()]


def attach_replies(nodes: list[Node], viewer, *, forced_ids: frozenset[int] = frozenset()) -> None:
    """Fill in replies under these nodes, level by level: one query per level."""
    frontier = [node for node in nodes if node.comment.reply_count or node.comment.pk in forced_ids]
    level_limit = NESTED_LEVELS + 1
    while frontier:
        by_id = {node.comment.pk: node for node in frontier}
        level = frontier[0].level + 1 if frontier[0].level < NESTED_LEVELS else NESTED_LEVELS + 1
        replies = _replies_by_level(list(by_id), viewer, set(forced_ids), level)
        replies.sort(key=lambda reply: (reply.created_at, reply.pk))
        next_frontier = []
        for reply in replies:
            parent = by_id[reply.parent_id]
            level = parent.level + 1
            flat = level > NESTED_LEVELS
            child = Node(
                comment=reply,
                level=min(level, NESTED_LEVELS),
                flat=flat,
                reply_to=parent.comment.author_name if flat else "",
            )
            parent.children.append(child)
            if reply.reply_count or reply.pk in forced_ids:
                if level < level_limit:
                    next_frontier.append(child)
                else:
                    child.continues = True
        for node in frontier:
            node.more_replies = max(0, node.comment.reply_count - len(node.children))
            if node.children:
                node.last_child_cursor = REPLY_SORT.cursor_for(node.children[-1].comment)
        frontier = next_frontier


def _mark_votes(nodes: list[Node], viewer) -> None:
    if not viewer.is_authenticated:
        return
    everything = []
    stack = list(nodes)
    while stack:
        node = stack.pop()
        everything.append(node)
        stack.extend(node.children)
    ids = [node.comment.pk for node in everything]
    mine = dict(
        Vote.objects.filter(user=viewer, comment_id__in=ids).values_list("comment_id", "value")
    )
    for node in everything:
        node.my_vote = mine.get(node.comment.pk, 0)


# --- the shape of a page, shared by every reader -------------------------------------
#
# Which comments a page shows, nested, is the same for every reader who has no comment
# of their own waiting or rejected on the article: it is kept in the cache as ids and
# the page is rebuilt from it with one query by primary key, so card data (names,
# scores, edits) is always current. The key carries the article's thread versions
# (Discussion.shape_version / scores_version, moved by every write in its own
# transaction), so a write seen by one web process is seen by all of them, whichever
# cache each one has.

SHAPE_SECONDS = 600


@dataclass(frozen=True)
class ThreadState:
    """An article's count and thread versions, read in one query."""

    comment_count: int = 0
    shape: int = 0  # 0: no comment was ever counted here (no Discussion row)
    scores: int = 0

    @property
    def version(self) -> str:
        return f"{self.shape}.{self.scores}"


def thread_state(article_id: int) -> ThreadState:
    row = (
        Discussion.objects.filter(pk=article_id)
        .values_list("comment_count", "shape_version", "scores_version")
        .first()
    )
    return ThreadState(*row) if row else ThreadState()


def thread_state_for(article_id: int, reader) -> tuple[ThreadState, bool]:
    """The thread's state, and whether this signed-in reader has a comment of their own
    on it that is not published, in one statement: every signed-in page view asks this,
    so it is plain SQL rather than two ORM queries compiled each time."""
    discussions, comments = Discussion._meta.db_table, Comment._meta.db_table
    sql = (
        f"SELECT d.comment_count, d.shape_version, d.scores_version, EXISTS("  # noqa: S608
        f"SELECT 1 FROM {comments} c WHERE c.article_id = d.article_id"
        f" AND c.author_id = %s AND c.status <> %s) FROM {discussions} d"
        f" WHERE d.article_id = %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [reader.pk, Comment.Status.PUBLISHED.value, article_id])
        row = cursor.fetchone()
    if row is None:  # no comment was ever counted here: maybe one of theirs is waiting
        return ThreadState(), has_own_unpublished(article_id, reader)
    return ThreadState(*row[:3]), bool(row[3])


def moved_versions(*, scores_only: bool = False) -> dict:
    """The update that moves an article's thread versions, for a Discussion update()."""
    moved = {"scores_version": F("scores_version") + 1}
    if not scores_only:
        moved["shape_version"] = F("shape_version") + 1
    return moved


def thread_changed(article_id: int, *, scores_only: bool = False) -> None:
    """Move the article's thread versions: cached shapes and sections of its pages are
    no longer asked for. Call it inside the write's transaction."""
    Discussion.objects.filter(pk=article_id).update(**moved_versions(scores_only=scores_only))


def _shape_key(article_id: int, sort: Sort, cursor: str | None, state: ThreadState) -> str:
    version = state.version if sort.field == "score" else str(state.shape)
    return f"thread-shape:{article_id}:{sort.key}:{version}:{cursor or ''}"


def _shape_of(nodes: list[Node]) -> list:
    return [(node.comment.pk, _shape_of(node.children)) for node in nodes]


def _from_shape(shape: list, comments: dict[int, Comment], level: int = 0, parent=None):
    nodes = []
    for pk, children in shape:
        comment = comments.get(pk)
        if comment is None:  # gone since the shape was kept: a deleted article's thread
            continue
        flat = level > NESTED_LEVELS
        node = Node(
            comment=comment,
            level=min(level, NESTED_LEVELS),
            flat=flat,
            reply_to=parent.comment.author_name if flat and parent else "",
        )
        node.children = _from_shape(children, comments, level + 1, node)
        node.more_replies = max(0, comment.reply_count - len(node.children))
        if node.children:
            node.last_child_cursor = REPLY_SORT.cursor_for(node.children[-1].comment)
        elif level >= NESTED_LEVELS + 1 and comment.reply_count:
            node.continues = True
        nodes.append(node)
    return nodes


def _ids(shape: list) -> list[int]:
    found = []
    stack = list(shape)
    while stack:
        pk, children = stack.pop()
        found.append(pk)
        stack.extend(children)
    return found


def has_own_unpublished(article_id: int, viewer) -> bool:
    if not viewer.is_authenticated:
        return False
    return (
        Comment.objects.filter(author=viewer, article_id=article_id)
        .exclude(status=Comment.Status.PUBLISHED)
        .exists()
    )


def top_level_page(
    article_id: int,
    viewer,
    *,
    sort: Sort = DEFAULT_SORT,
    cursor: str | None = None,
    around: Comment | None = None,
    state: ThreadState | None = None,
) -> ThreadPage:
    """A page of top-level comments with their replies.

    `cursor` continues after a previous page; `around` starts the page at the thread of
    a linked comment and makes sure the chain down to it is shown. `state` is the
    article's thread state if the caller has read it already.
    """
    if around is None and not has_own_unpublished(article_id, viewer):
        key = _shape_key(article_id, sort, cursor, state or thread_state(article_id))
        kept = cache.get(key)
        if kept is None:
            page = _build_page(article_id, AnonymousUser(), sort=sort, cursor=cursor)
            kept = (_shape_of(page.nodes), page.next_cursor)
            cache.set(key, kept, SHAPE_SECONDS)
        shape, next_cursor = kept
        # Only what may be shown now, whatever the shape kept a moment ago.
        comments = Comment.objects.visible_to(viewer).for_display().in_bulk(_ids(shape))
        nodes = _from_shape(shape, comments)
        _mark_votes(nodes, viewer)
        return ThreadPage(nodes=nodes, sort=sort, next_cursor=next_cursor)
    return _build_page(article_id, viewer, sort=sort, cursor=cursor, around=around)


def _build_page(
    article_id: int,
    viewer,
    *,
    sort: Sort = DEFAULT_SORT,
    cursor: str | None = None,
    around: Comment | None = None,
) -> ThreadPage:
    roots = (
        Comment.objects.visible_to(viewer)
        .for_display()
        .filter(article_id=article_id, parent__isnull=True)
    )
    forced: frozenset[int] = frozenset()
    if around is not None:
        chain = ancestor_ids(around.pk)
        root = Comment.objects.get(pk=chain[-1])
        roots = roots.filter(sort.from_(root))
        forced = frozenset(chain)
    elif cursor:
        roots = roots.filter(sort.after(cursor))
    found = list(roots.order_by(*sort.order_by())[: PAGE_SIZE + 1])
    has_more = len(found) > PAGE_SIZE
    found = found[:PAGE_SIZE]
    nodes = [Node(comment=comment, level=0) for comment in found]
    attach_replies(nodes, viewer, forced_ids=forced)
    _mark_votes(nodes, viewer)
    return ThreadPage(
        nodes=nodes,
        sort=sort,
        next_cursor=sort.cursor_for(found[-1]) if has_more and found else None,
        starts_at_comment=around is not None,
    )


def replies_page(parent: Comment, viewer, *, level: int, cursor: str | None = None):
    """More direct replies of one comment (oldest first), each with its own replies."""
    replies = Comment.objects.visible_to(viewer).for_display().filter(parent=parent)
    if cursor:
        replies = replies.filter(REPLY_SORT.after(cursor))
    found = list(replies.order_by(*REPLY_SORT.order_by())[: REPLY_PAGE_SIZE + 1])
    has_more = len(found) > REPLY_PAGE_SIZE
    found = found[:REPLY_PAGE_SIZE]
    flat = level > NESTED_LEVELS
    nodes = [
        Node(
            comment=reply,
            level=min(level, NESTED_LEVELS),
            flat=flat,
            reply_to=parent.author_name if flat else "",
        )
        for reply in found
    ]
    if not flat:
        attach_replies(nodes, viewer)
    else:
        for node in nodes:
            node.continues = bool(node.comment.reply_count)
    _mark_votes(nodes, viewer)
    next_cursor = REPLY_SORT.cursor_for(found[-1]) if has_more and found else None
    return nodes, next_cursor
