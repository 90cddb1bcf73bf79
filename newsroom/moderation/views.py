"""The moderators' workplace at /moderation/: the queue, readers, the audit log and the
dashboard. Every action is a plain form POST (redirected back, so it works without
JavaScript); the queue's script sends the same forms and gets JSON back."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from newsroom.articles.models import SectionPage
from newsroom.comments.models import Comment
from newsroom.core.numbers import whole_number
from newsroom.core.refusals import safe_back, wants_json
from newsroom.moderation import actions, dashboard, queue
from newsroom.moderation.access import (
    get_comment_for_moderation,
    get_reader_for_moderation,
    moderator_only,
)
from newsroom.moderation.checks import PIPELINE
from newsroom.moderation.forms import BanForm, BulkForm, LogFilterForm, RejectForm, SuspendForm
from newsroom.moderation.models import AuditEntry
from newsroom.moderation.roles import MODERATORS


def _done(request, message: str):
    """Answer a done action: JSON for the queue's script, else back where the moderator
    was. An action that cannot be done raises ModerationRefused, answered with the
    site's other refusals (core.refusals) in the same two forms."""
    if wants_json(request):
        return JsonResponse({"ok": True, "message": message})
    messages.success(request, message)
    return redirect(safe_back(request, request.POST.get("next")) or "/moderation/")


def _refuse_invalid(form) -> None:
    if not form.is_valid():
        raise actions.ModerationRefused(
            " ".join(str(error) for errors in form.errors.values() for error in errors)
        )


@require_GET
@moderator_only
def queue_page(request):
    filters = queue.Filters.from_query(request.GET)
    page = min(max(whole_number(request.GET.get("page", "1")) or 1, 1), queue.MAX_PAGE)
    items, has_more = queue.page_of(filters, page)
    context = {
        "filters": filters,
        "items": items,
        "page": page,
        "has_more": has_more,
        "counts": queue.tab_counts(),
        "tabs": [
            ("pending", _("Pending")),
            ("reported", _("Reported")),
            ("rejected", _("Rejected")),
            ("approved", _("Approved")),
            ("all", _("All")),
        ],
        "orders": [("priority", _("Priority")), ("newest", _("Newest")), ("oldest", _("Oldest"))],
        "editions": Locale.objects.order_by("language_code").values_list(
            "language_code", flat=True
        ),
        "section_choices": SectionPage.objects.live().select_related("locale").order_by("path"),
        "reasons": [check.__name__.removeprefix("check_") for check in PIPELINE],
        "reject_form": RejectForm(),
        "latest_id": Comment.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        "here": request.get_full_path(),
        "query": urlencode(filters.as_query()),
        "nav": "queue",
    }
    return render(request, "moderation/queue.html", context)


@require_GET
@moderator_only
def queue_updates(request):
    """For the open queue: how much is waiting, and how many comments arrived since the
    page was drawn (polled every few seconds)."""
    after = whole_number(request.GET.get("after", "0")) or 0
    filters = queue.Filters.from_query(request.GET)
    arrived = queue.comments_for(filters).filter(pk__gt=after).count()
    return JsonResponse({"counts": queue.tab_counts(), "arrived": arrived})


@require_POST
@moderator_only
def decide(request, comment_id: int, decision: str):
    comment = get_comment_for_moderation(comment_id)
    if decision == "approve":
        actions.do_approve(comment, request.user)
        return _done(request, _("Approved."))
    if decision == "reject":
        form = RejectForm(request.POST)
        if not form.is_valid():
            raise actions.ModerationRefused(_("Choose a reason for rejecting it."))
        actions.do_reject(
            comment, request.user, form.cleaned_data["reason"], form.cleaned_data["note"]
        )
        return _done(request, _("Rejected."))
    if decision in ("feature", "unfeature"):
        actions.do_feature_comment(comment, request.user, decision == "feature")
        return _done(request, _("Featured.") if decision == "feature" else _("Unfeatured."))
    raise actions.ModerationRefused(_("Unknown action."), status=404)


@require_POST
@moderator_only
def bulk(request):
    data = request.POST.copy()
    data["ids"] = ",".join(request.POST.getlist("ids"))
    form = BulkForm(data)
    _refuse_invalid(form)
    if form.cleaned_data["action"] == "reject" and not form.cleaned_data["reason"]:
        raise actions.ModerationRefused(_("Choose a reason for rejecting them."))
    comments = Comment.objects.filter(pk__in=form.cleaned_data["ids"]).select_related(
        "article__locale", "author__profile"
    )
    done = 0
    for comment in comments:
        if form.cleaned_data["action"] == "approve":
            actions.do_approve(comment, request.user)
        else:
            actions.do_reject(comment, request.user, form.cleaned_data["reason"])
        done += 1
    return _done(request, _("%(count)d comments done.") % {"count": done})


@require_GET
@moderator_only
def reader_page(request, user_id: int):
    reader = get_reader_for_moderation(user_id)
    comments = (
        Comment.objects.filter(author=reader)
        .select_related("article", "review")
        .order_by("-created_at")[:50]
    )
    context = {
        "reader": reader,
        "profile": reader.profile,
        "comments": comments,
        "history": queue.author_history([reader.pk]).get(reader.pk),
        "entries": AuditEntry.objects.filter(reader=reader).select_related("actor")[:50],
        "ban_form": BanForm(),
        "suspend_form": SuspendForm(),
        "is_staff_reader": reader.is_staff or reader.groups.filter(name=MODERATORS).exists(),
    }
    return render(request, "moderation/reader.html", context)


@require_POST
@moderator_only
def reader_action(request, user_id: int, action: str):
    reader = get_reader_for_moderation(user_id)
    if action == "ban":
        form = BanForm(request.POST)
        if not form.is_valid():
            raise actions.ModerationRefused(_("Say why: the reader is told."))
        rejected = actions.do_ban(reader, request.user, form.cleaned_data["reason"])
        return _done(
            request,
            _("Banned; %(count)d waiting comments rejected.") % {"count": rejected},
        )
    if action == "unban":
        actions.do_lift_ban(reader, request.user)
        return _done(request, _("Ban lifted."))
    if action == "suspend":
        suspend_form = SuspendForm(request.POST)
        _refuse_invalid(suspend_form)
        actions.do_suspend(
            reader,
            request.user,
            suspend_form.cleaned_data["until"],
            suspend_form.cleaned_data["message"],
        )
        return _done(request, _("Suspended."))
    if action == "unsuspend":
        actions.do_lift_suspension(reader, request.user)
        return _done(request, _("Suspension lifted."))
    if action in ("premoderate", "unpremoderate"):
        actions.do_set_premoderation(reader, request.user, action == "premoderate")
        return _done(request, _("Saved."))
    raise actions.ModerationRefused(_("Unknown action."), status=404)


@require_GET
@moderator_only
def audit_log(request):
    form = LogFilterForm(request.GET or None)
    entries = AuditEntry.objects.select_related("actor", "reader__profile", "comment")
    if form.is_valid():
        data = form.cleaned_data
        if data["action"]:
            entries = entries.filter(action=data["action"])
        if data["who"] == "people":
            entries = entries.filter(automatic="")
        elif data["who"] == "checks":
            entries = entries.exclude(automatic="")
        if data["reader"]:
            entries = entries.filter(reader_id=data["reader"])
        if data["comment"]:
            entries = entries.filter(comment_id=data["comment"])
        if data["since"]:
            entries = entries.filter(created_at__date__gte=data["since"])
    before = whole_number(request.GET.get("before", ""))
    if before is not None:
        entries = entries.filter(pk__lt=before)
    page = list(entries.order_by("-pk")[:101])
    context = {
        "form": form,
        "entries": page[:100],
        "next_before": page[99].pk if len(page) > 100 else None,
        "query": urlencode({k: v for k, v in request.GET.items() if k != "before"}),
        "nav": "log",
    }
    return render(request, "moderation/log.html", context)


@require_GET
@moderator_only
def dashboard_page(request):
    return render(
        request,
        "moderation/dashboard.html",
        {
            "charts": dashboard.charts(),
            "accuracy": dashboard.accuracy_by_language(),
            "accuracy_days": dashboard.ACCURACY_DAYS,
            "nav": "dashboard",
        },
    )
