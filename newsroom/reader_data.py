"""Everything we hold about a reader, downloaded from their account page: each app's part,
listed here by name, and every field that points at a reader but is left out, and why."""

# This module is where the apps are put together, as urls.py is: accounts sits below
# comments (which reads profiles and signs reply-email links with it), so the list of
# every app's part cannot live in accounts without it importing the apps above it.
# newsroom/tests/test_reader_data.py walks every model and fails when a field that
# holds a reader or their email address is in neither list below.

import json
from collections.abc import Callable
from typing import NamedTuple, cast

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from newsroom.accounts.export import reader_account
from newsroom.api.export import reader_api_tokens
from newsroom.comments.export import reader_comments
from newsroom.moderation.export import reader_moderation
from newsroom.newsletters.export import reader_newsletters


class Part(NamedTuple):
    export: Callable[[User], tuple[str, dict]]
    # The fields ("app_label.Model.field") through which this part finds the reader's rows.
    reads: tuple[str, ...]


PARTS: tuple[Part, ...] = (
    Part(
        reader_account,
        reads=(
            "auth.User.email",
            "accounts.Profile.user",
            "account.EmailAddress.user",
            "account.EmailAddress.email",
        ),
    ),
    Part(
        reader_comments,
        reads=("comments.Comment.author", "comments.Vote.user", "comments.Report.reporter"),
    ),
    Part(reader_moderation, reads=("moderation.Notice.reader", "moderation.AuditEntry.reader")),
    Part(reader_api_tokens, reads=("api.PersonalToken.user",)),
    # By the addresses the reader has confirmed: a subscription has no account.
    Part(reader_newsletters, reads=("newsletters.Subscriber.email", "newsletters.Delivery.email")),
)

_STAFF_WORK = (
    "the work of the newsroom's staff in Wagtail's admin (editors, reporters, "
    "moderators); readers never sign in there"
)

# Fields that point at a user or hold an email address, but are not in the download.
NOT_IN_DOWNLOAD: dict[str, str] = {
    "moderation.Review.decided_by": "the moderator who decided, a staff work record; "
    "the decision itself is in the reader's moderation part",
    "moderation.AuditEntry.actor": "the moderator who acted, a staff work record; the "
    "entries about the reader are in their moderation part, without it",
    "imports.ImportedAuthor.user": "which old-system author an account stands for; once a "
    "reader claims it, the comments themselves are in their comments part and the address "
    "in their account part",
    "imports.ImportRun.created_by": "the staff member who started an import: " + _STAFF_WORK,
    "accounts.FailedSignIn.email": "a security log of failed sign-ins by the address "
    "typed, kept 30 days for staff: anyone can type any address, so an entry is not proof "
    "that it was the reader, and the log is not theirs to download",
    "podcasts.ShowPage.owner_email": "the podcast's published contact address, set by "
    "editors for the feed; not a reader's",
    "admin.LogEntry.user": "Django admin's change log: " + _STAFF_WORK,
    "wagtailcore.Page.owner": _STAFF_WORK,
    "wagtailcore.Page.locked_by": _STAFF_WORK,
    "wagtailcore.Revision.user": _STAFF_WORK,
    "wagtailcore.PageLogEntry.user": _STAFF_WORK,
    "wagtailcore.ModelLogEntry.user": _STAFF_WORK,
    "wagtailcore.WorkflowState.requested_by": _STAFF_WORK,
    "wagtailcore.TaskState.finished_by": _STAFF_WORK,
    "wagtailcore.Comment.user": "editors' comments on drafts: " + _STAFF_WORK,
    "wagtailcore.Comment.resolved_by": _STAFF_WORK,
    "wagtailcore.CommentReply.user": _STAFF_WORK,
    "wagtailcore.PageSubscription.user": _STAFF_WORK,
    "wagtailcore.UploadedFile.uploaded_by_user": _STAFF_WORK,
    "wagtailcore.APIToken.user": _STAFF_WORK,
    "wagtailadmin.EditingSession.user": _STAFF_WORK,
    "wagtailadmin.FormState.user": _STAFF_WORK,
    "wagtailimages.Image.uploaded_by_user": _STAFF_WORK,
    "wagtaildocs.Document.uploaded_by_user": _STAFF_WORK,
    "wagtailusers.UserProfile.user": "Wagtail admin preferences: " + _STAFF_WORK,
}


def export_reader_data(user: User) -> dict:
    """Everything we hold about a reader, as one JSON-ready dict: one key per part."""
    data: dict = {"exported_at": timezone.now().isoformat()}
    for part in PARTS:
        name, content = part.export(user)
        data[name] = content
    return data


@login_required
@require_GET
def download(request: HttpRequest) -> HttpResponse:
    reader = cast(User, request.user)  # login_required lets only a signed-in reader in
    body = json.dumps(export_reader_data(reader), indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="meridian-news-my-data.json"'
    return response
