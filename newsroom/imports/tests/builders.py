"""Export files for tests, written here rather than committed: Disqus XML and
WordPress WXR with exactly the threads, posts and oddities a test needs."""

from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

DISQUS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
)


@dataclass
class Post:
    id: str
    thread: str
    message: str = "<p>A comment.</p>"
    created: str = "2019-05-01T10:00:00Z"
    parent: str = ""
    name: str = "Ann Reader"
    email: str = "ann@example.com"
    username: str = ""
    anonymous: bool = False
    deleted: bool = False
    spam: bool = False
    approved: bool | None = None
    likes: int | None = None
    dislikes: int | None = None
    extra: str = ""  # raw XML inside the post

    def xml(self) -> str:
        parts = [f"<post dsq:id={quoteattr(self.id)}>", "<id />",
                 f"<message><![CDATA[{self.message}]]></message>",
                 f"<createdAt>{self.created}</createdAt>",
                 f"<isDeleted>{str(self.deleted).lower()}</isDeleted>",
                 f"<isSpam>{str(self.spam).lower()}</isSpam>"]  # fmt: skip
        if self.approved is not None:
            parts.append(f"<isApproved>{str(self.approved).lower()}</isApproved>")
        if self.likes is not None:
            parts.append(f"<likes>{self.likes}</likes><dislikes>{self.dislikes or 0}</dislikes>")
        parts.append("<author>")
        if self.email:
            parts.append(f"<email>{escape(self.email)}</email>")
        parts.append(f"<name>{escape(self.name)}</name>")
        parts.append(f"<isAnonymous>{str(self.anonymous).lower()}</isAnonymous>")
        if self.username:
            parts.append(f"<username>{escape(self.username)}</username>")
        parts.append("</author><ipAddress>127.0.0.1</ipAddress>")
        if self.thread:
            parts.append(f"<thread dsq:id={quoteattr(self.thread)} />")
        if self.parent:
            parts.append(f"<parent dsq:id={quoteattr(self.parent)} />")
        parts.append(self.extra)
        parts.append("</post>\n")
        return "".join(parts)


def disqus_thread(dsq_id: str, link: str, title: str = "A story", own_id: str = "") -> str:
    return (
        f"<thread dsq:id={quoteattr(dsq_id)}><id>{escape(own_id)}</id><forum>oldsite</forum>"
        f'<category dsq:id="1" /><link>{escape(link)}</link><title>{escape(title)}</title>'
        "<message /><createdAt>2019-01-01T00:00:00Z</createdAt>"
        "<author><name>Old Site</name><isAnonymous>false</isAnonymous></author>"
        "<isClosed>false</isClosed><isDeleted>false</isDeleted></thread>\n"
    )


def disqus(
    threads: list[str], posts: list[Post], *, head: str = DISQUS_HEAD, tail: str = ""
) -> bytes:
    category = ('<category dsq:id="1"><forum>oldsite</forum><title>General</title>'
                "<isDefault>true</isDefault></category>\n")  # fmt: skip
    body = "".join(threads) + "".join(post.xml() for post in posts)
    return (head + category + body + "</disqus>\n" + tail).encode()


@dataclass
class WpComment:
    id: str
    content: str = "A comment."
    parent: str = "0"
    author: str = "Ann Reader"
    email: str = "ann@example.com"
    date: str = "2019-05-01 12:00:00"
    date_gmt: str | None = "2019-05-01 10:00:00"
    approved: str = "1"
    type: str = "comment"
    user_id: str = "0"
    prefix: str = "wp"

    def xml(self) -> str:
        p = self.prefix
        gmt = (
            ""
            if self.date_gmt is None
            else f"<{p}:comment_date_gmt>{self.date_gmt}</{p}:comment_date_gmt>"
        )
        return (
            f"<{p}:comment><{p}:comment_id>{self.id}</{p}:comment_id>"
            f"<{p}:comment_author><![CDATA[{self.author}]]></{p}:comment_author>"
            f"<{p}:comment_author_email>{escape(self.email)}</{p}:comment_author_email>"
            f"<{p}:comment_author_url>https://ann.example</{p}:comment_author_url>"
            f"<{p}:comment_author_IP>127.0.0.1</{p}:comment_author_IP>"
            f"<{p}:comment_date>{self.date}</{p}:comment_date>{gmt}"
            f"<{p}:comment_content><![CDATA[{self.content}]]></{p}:comment_content>"
            f"<{p}:comment_approved>{self.approved}</{p}:comment_approved>"
            f"<{p}:comment_type>{self.type}</{p}:comment_type>"
            f"<{p}:comment_parent>{self.parent}</{p}:comment_parent>"
            f"<{p}:comment_user_id>{self.user_id}</{p}:comment_user_id>"
            f"<{p}:commentmeta><{p}:meta_key>akismet_result</{p}:meta_key>"
            f"<{p}:meta_value><![CDATA[false]]></{p}:meta_value></{p}:commentmeta>"
            f"</{p}:comment>\n"
        )


@dataclass
class WpItem:
    post_id: str
    link: str
    comments: list[WpComment] = field(default_factory=list)
    title: str = "A story"
    slug: str = ""

    def xml(self, p: str = "wp") -> str:
        return (
            f"<item><title>{escape(self.title)}</title><link>{escape(self.link)}</link>"
            "<pubDate>Wed, 01 May 2019 10:00:00 +0000</pubDate>"
            f"<dc:creator><![CDATA[editor]]></dc:creator>"
            f'<guid isPermaLink="false">https://old.example/?p={self.post_id}</guid>'
            "<content:encoded><![CDATA[<p>The story.</p>]]></content:encoded>"
            f"<{p}:post_id>{self.post_id}</{p}:post_id><{p}:post_name>{self.slug}</{p}:post_name>"
            f"<{p}:status>publish</{p}:status><{p}:post_type>post</{p}:post_type>"
            + "".join(comment.xml() for comment in self.comments)
            + "</item>\n"
        )


def wxr(
    items: list[WpItem], *, namespace: str = "http://wordpress.org/export/1.2/", prefix: str = "wp"
) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n'
        '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' xmlns:{prefix}="{namespace}">\n<channel><title>Old Site</title>'
        "<link>https://old.example</link><description>Old</description>"
        f"<{prefix}:wxr_version>1.2</{prefix}:wxr_version>"
        f"<{prefix}:base_site_url>https://old.example</{prefix}:base_site_url>"
        f"<{prefix}:base_blog_url>https://old.example</{prefix}:base_blog_url>\n"
        + "".join(item.xml(prefix) for item in items)
        + "</channel></rss>\n"
    ).encode()
