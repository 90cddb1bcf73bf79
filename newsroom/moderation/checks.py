"""The checks of the screening pipeline, in the order they run.

Each takes a `Subject` (the comment and what is known about its author and article) and
returns a `Result`: a verdict, a score, a reason for moderators and, when it holds or
rejects, one for the author. Checks never write; pipeline.py decides and records.
"""

import re
import time
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property

from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.comments.models import Comment, text_digest
from newsroom.moderation import folding, languages, quotation, scorers, spam, threats
from newsroom.moderation.models import (
    AuthorRecord,
    ModerationSettings,
    Verdict,
    WordAction,
    WordListEntry,
)

PASS, FLAG, WARN, HOLD, REJECT = (
    Verdict.PASS,
    Verdict.FLAG,
    Verdict.WARN,
    Verdict.HOLD,
    Verdict.REJECT,
)
SEVERITY = {verdict: verdict.severity for verdict in Verdict}


@dataclass
class Result:
    check: str
    verdict: Verdict = PASS
    score: float | None = None
    reason: str = ""  # for moderators
    author_reason: str = ""  # for the author, when held or rejected
    matches: list[str] = field(default_factory=list)
    masked_body: str | None = None
    ms: float = 0.0

    def as_record(self) -> dict:
        return {
            "check": self.check,
            "verdict": self.verdict,
            "score": None if self.score is None else round(self.score, 4),
            "reason": self.reason,
            "ms": round(self.ms, 2),
        }


@dataclass
class Subject:
    comment: Comment
    is_edit: bool
    warned: bool
    rules: ModerationSettings

    @cached_property
    def profile(self):
        author = self.comment.author
        return getattr(author, "profile", None) if author is not None else None

    @cached_property
    def language(self) -> languages.Language:
        """The language the comment is screened in (see languages.identify)."""
        edition = self.comment.article.locale.language_code
        return languages.identify(self.comment.body, edition)

    def folded(self, language: str) -> folding.Folded:
        """The text folded for matching in one language, once per language."""
        memo = self.__dict__.setdefault("_folded", {})
        if language not in memo:
            memo[language] = folding.fold(self.comment.body, language)
        return memo[language]

    @cached_property
    def record(self) -> AuthorRecord:
        """The author's record (this comment left out), in one query."""
        return AuthorRecord.of(
            self.comment.author_id,
            window_days=self.rules.rejection_window_days,
            excluding=self.comment.pk,
        )


# --- language ---------------------------------------------------------------------------


def check_language(subject: Subject) -> Result:
    """Never decides; says which language the comment is screened in, and why."""
    language = subject.language
    return Result("language", score=language.confidence, reason=language.reason)


# --- word list ------------------------------------------------------------------------

_WORDS_MEMO_SECONDS = 10.0
_words_memo: tuple[float, dict[str, list[tuple[re.Pattern, WordListEntry]]]] = (0.0, {})


def word_list(language: str) -> list[tuple[re.Pattern, WordListEntry]]:
    """The entries for one language (its own and those for all languages), compiled for
    text folded in that language. Re-read at most every few seconds: an edit in the
    admin applies to every process within that time, without a query per comment."""
    global _words_memo
    loaded_at, by_language = _words_memo
    if time.monotonic() - loaded_at > _WORDS_MEMO_SECONDS:
        entries = list(WordListEntry.objects.all())
        by_language = {
            code: [
                (folding.phrase_pattern(entry.phrase, code), entry)
                for entry in entries
                if entry.language in ("", code)
            ]
            for code in languages.LANGUAGES
        }
        _words_memo = (time.monotonic(), by_language)
        _any_word.clear()
    return by_language.get(language, by_language["en"])


_any_word: dict[str, re.Pattern] = {}


def any_word(language: str) -> re.Pattern:
    """All of a language's entries in one pattern: most comments match none, and one
    search says so where a search per entry would take a hundred."""
    entries = word_list(language)
    if language not in _any_word:
        sources = "|".join(f"(?:{pattern.pattern})" for pattern, _entry in entries)
        _any_word[language] = re.compile(sources or r"(?!x)x")
    return _any_word[language]


def forget_word_list(**kwargs) -> None:
    global _words_memo
    _words_memo = (0.0, {})
    _any_word.clear()


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Each masked word keeps its first letter: "D***"."""
    chars = list(text)
    for start, end in spans:
        for index in range(start + 1, end):
            if not chars[index].isspace():
                chars[index] = "*"
    return "".join(chars)


def check_words(subject: Subject) -> Result:
    text = subject.comment.body
    result = Result("words", score=0)
    found: dict[str, list[str]] = {}
    to_mask: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    quotes = folding.quoted_spans(text)
    quoted: list[str] = []
    reported = None
    for code in subject.language.screened_in:
        folded = subject.folded(code)
        if any_word(code).search(folded.text) is None:
            continue
        for pattern, entry in word_list(code):
            for match in pattern.finditer(folded.text):
                span = folded.span(*match.span())
                if span in seen:
                    continue
                seen.add(span)
                hit = text[span[0] : span[1]]
                action = entry.action
                if action != WordAction.MASK and folding.inside(span, quotes):
                    # Quoted: reported, it is published and a moderator looks; said
                    # through the quotes, it waits for one (see quotation.py).
                    if reported is None:
                        reported = quotation.reported(text, quotes, subject.language.screened_in)
                    action = WordAction.FLAG if reported else WordAction.HOLD
                    quoted.append(hit)
                found.setdefault(action, []).append(hit)
                result.matches.append(hit)
                if action == WordAction.MASK:
                    to_mask.append(span)
    result.score = float(len(result.matches))
    if not found:
        return result
    listed = ", ".join(sorted({hit.lower() for hit in result.matches}))
    if WordAction.BLOCK in found:
        result.verdict = REJECT
        result.author_reason = _("it uses words our commenting policy does not allow")
    elif WordAction.HOLD in found:
        result.verdict = HOLD
        result.author_reason = _("it uses words a moderator checks first")
    elif WordAction.FLAG in found:
        result.verdict = FLAG
    result.reason = f"matched ({'/'.join(subject.language.screened_in)}): {listed}"
    if quoted:
        result.reason += " (in quotation marks: " + ", ".join(quoted) + ")"
    if to_mask:
        result.masked_body = _mask(text, to_mask)
    return result


# --- threats and harassment -------------------------------------------------------------


def check_threats(subject: Subject) -> Result:
    """Threats, calls to violence, dehumanising and sexual remarks, in the shapes
    threat_rules/ describes for each language: the clearest reject, the rest hold."""
    text = subject.comment.body
    findings = [
        finding
        for code in subject.language.screened_in
        for finding in threats.find(subject.folded(code), text, code)
    ]
    if not findings:
        return Result("threats", score=0.0)
    quotes = folding.quoted_spans(text)
    meant = [f for f in findings if not folding.inside(f.span, quotes)]
    described = "; ".join(
        f'{threats.FOR_MODERATORS[f.kind]} ({f.language}): "{f.excerpt[:80]}"'
        for f in (meant or findings)[:3]
    )
    if not meant:
        # Only in quotation marks: a report of what someone said or sent is published for
        # a moderator to look at; a quote nothing reports, or one the writer endorses, is
        # how a threat gets past a rule, and waits for a moderator. Never rejected.
        if quotation.reported(text, quotes, subject.language.screened_in):
            return Result(
                "threats", FLAG, float(len(findings)), f"reported in quotation marks: {described}"
            )
        return Result(
            "threats",
            HOLD,
            float(len(findings)),
            f"in quotation marks, not reported as someone else's: {described}",
            _("it quotes a threat or abuse; a moderator reads quotations like this first"),
        )
    first = min(meant, key=lambda finding: not finding.clearest)
    result = Result(
        "threats",
        REJECT if first.clearest else HOLD,
        float(len(meant)),
        described,
        str(threats.FOR_AUTHORS[first.kind]),
    )
    result.matches = [f.excerpt for f in meant]
    return result


# --- the shape of the text ------------------------------------------------------------

_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def check_links(subject: Subject) -> Result:
    count = len(_LINK.findall(subject.comment.body))
    result = Result("links", score=float(count), reason=f"{count} links")
    if count > subject.rules.max_links:
        result.verdict = HOLD
        result.author_reason = _("it has many links")
    return result


def check_shouting(subject: Subject) -> Result:
    letters = [ch for ch in subject.comment.body if ch.isalpha()]
    cased = [ch for ch in letters if ch.isupper() or ch.islower()]
    if len(cased) < 20:
        return Result("shouting", score=0.0, reason="too short to measure")
    ratio = sum(ch.isupper() for ch in cased) / len(cased)
    result = Result("shouting", score=ratio, reason=f"{ratio:.0%} capitals")
    if ratio >= subject.rules.shouting_ratio:
        result.verdict = HOLD
        result.author_reason = _("it is written mostly in capitals")
    return result


_RUN = re.compile(r"(.)\1{9,}", re.DOTALL)
_WORD = re.compile(r"\w+")
DUPLICATE_WINDOW = timedelta(hours=24)


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def check_repetition(subject: Subject) -> Result:
    comment = subject.comment
    result = Result("repetition", score=0.0)
    text = _normalised(comment.body)
    if comment.author_id is not None and len(text) >= 20:
        recent = Comment.objects.filter(
            author_id=comment.author_id,
            created_at__gte=timezone.now() - DUPLICATE_WINDOW,
            deleted_at=None,
        ).exclude(pk=comment.pk)
        # Compare normalised text in Python over the author's last few comments: exact
        # copies with different punctuation or case are still copies.
        if any(_normalised(body) == text for body in recent.values_list("body", flat=True)[:20]):
            result.verdict, result.score = REJECT, 1.0
            result.reason = "the same text as another comment of theirs today"
            result.author_reason = _("you have posted the same text already")
            return result
    words = text.split()
    if len(words) >= 10:
        top = max(words.count(word) for word in set(words))
        result.score = top / len(words)
        if result.score > 0.5:
            result.verdict = HOLD
            result.reason = f"one word is {result.score:.0%} of the text"
    if _RUN.search(comment.body):
        result.verdict, result.score = HOLD, max(result.score or 0, 1.0)
        result.reason = "a character repeated ten times or more"
    if result.verdict == HOLD:
        result.author_reason = _("it repeats itself a lot")
    return result


# --- spam -------------------------------------------------------------------------------

SPAM_WINDOW = timedelta(hours=24)


def _other_articles_with(comment: Comment, **matching: str) -> int:
    """How many other articles (up to 5) got a comment `matching` this one, from anyone,
    in the last day."""
    return (
        Comment.objects.filter(created_at__gte=timezone.now() - SPAM_WINDOW, **matching)
        .exclude(article_id=comment.article_id)
        .exclude(pk=comment.pk)
        .values("article_id")
        .distinct()[:5]
        .count()
    )


def _articles_with_link(subject: Subject, key: str) -> int:
    """Other articles where the same link was posted in the last day, by anyone."""
    return _other_articles_with(subject.comment, body__icontains=key[:200])


def _articles_with_same_text(subject: Subject) -> int:
    """Other articles where anyone posted this very text in the last day (copy-paste
    spam from several accounts; one account's repeats are check_repetition's)."""
    return _other_articles_with(subject.comment, text_digest=text_digest(subject.comment.body))


def check_spam(subject: Subject) -> Result:
    """Advertising: links with a sales pitch, shortened links, messaging handles; links
    from an account days old; the same link, or the same text, on several articles in a
    day."""
    comment = subject.comment
    found_links = spam.links(comment.body)
    pitch = sorted(
        {
            hit
            for code in subject.language.screened_in
            for hit in spam.commercial_hits(subject.folded(code).text, code)
        }
    )
    reasons = []
    if found_links and pitch:
        reasons.append(f"links ({len(found_links)}) with sales talk: {', '.join(pitch[:5])}")
    elif len(pitch) >= 3:
        reasons.append(f"sales talk: {', '.join(pitch[:5])}")
    if spam.SHORTENERS.search(comment.body):
        reasons.append("a shortened or messaging link")
    if pitch and spam.PHONE.search(comment.body):
        reasons.append("a phone number with sales talk")
    author = comment.author
    days = subject.rules.new_account_link_days
    if found_links and author is not None and days:
        joined = getattr(author, "date_joined", None)
        if joined and joined >= timezone.now() - timedelta(days=days):
            if subject.record.published < 3:
                reasons.append(f"links from an account opened less than {days} days ago")
    for link in found_links[:3]:
        elsewhere = _articles_with_link(subject, spam.link_key(link))
        if elsewhere >= 2:
            reasons.append(f"the same link was posted on {elsewhere} other articles today")
            break
    if len(comment.body.strip()) >= 40:
        copies = _articles_with_same_text(subject)
        if copies >= 2:
            reasons.append(f"the same text was posted on {copies} other articles today")
    result = Result("spam", score=float(len(reasons)), reason="; ".join(reasons))
    if reasons:
        result.verdict = HOLD
        result.author_reason = _("it looks like advertising or links a moderator checks first")
    return result


# --- who is writing, and where ---------------------------------------------------------


def check_reader_premoderation(subject: Subject) -> Result:
    if subject.profile is not None and subject.profile.premoderated:
        return Result(
            "reader_premoderation",
            HOLD,
            1.0,
            "this reader is on pre-moderation",
            _("a moderator checks your comments before they appear"),
        )
    return Result("reader_premoderation", score=0.0)


def check_article_premoderation(subject: Subject) -> Result:
    if subject.comment.article.commenting == "premoderated":
        return Result(
            "article_premoderation",
            HOLD,
            1.0,
            "this article is pre-moderated",
            _("a moderator checks every comment on this article"),
        )
    return Result("article_premoderation", score=0.0)


def check_new_reader(subject: Subject) -> Result:
    needed = subject.rules.new_reader_approvals
    published = subject.record.published
    result = Result("new_reader", score=float(published), reason=f"{published} published before")
    if published < needed:
        result.verdict = HOLD
        result.author_reason = _("a moderator reads a new reader's first comments")
    return result


def check_rejection_rate(subject: Subject) -> Result:
    record = subject.record
    decided, rate = record.recent_decided, record.recent_rejection_rate
    result = Result(
        "rejection_rate",
        score=rate,
        reason=f"{record.recent_rejected} of {decided} recent comments rejected",
    )
    if decided >= subject.rules.rejection_min_decided and rate >= subject.rules.rejection_rate:
        result.verdict = HOLD
        result.author_reason = _("several of your recent comments were removed")
    return result


# --- what the words say -----------------------------------------------------------------


def check_toxicity(subject: Subject) -> Result:
    rules = subject.rules
    try:
        score, name = scorers.score_with_deadline(subject.comment.body, subject.language.code)
    except scorers.ScorerUnavailable as missing:
        return Result(
            "toxicity",
            HOLD,
            None,
            str(missing),
            _("our automatic check could not read it, so a moderator will"),
        )
    result = Result("toxicity", score=score, reason=f"{name}: {score:.2f}")
    if score >= rules.toxicity_reject:
        result.verdict = REJECT
        result.author_reason = _("it reads as abusive")
    elif score >= rules.toxicity_hold:
        if subject.warned or subject.is_edit:
            result.verdict = HOLD
            result.author_reason = _("it may break our commenting policy")
        else:
            result.verdict = WARN
    return result


PIPELINE = [
    check_language,
    check_reader_premoderation,
    check_article_premoderation,
    check_words,
    check_threats,
    check_links,
    check_spam,
    check_shouting,
    check_repetition,
    check_new_reader,
    check_rejection_rate,
    check_toxicity,
]
