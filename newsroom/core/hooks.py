"""Where apps add to pages they do not own: every hook a template names, and who fills it."""

# A template names a hook with {% hook "name" %} (core's site_shell tags); the hook
# renders the templates listed here for it, in this order, with the page's context.
# This is the one place that says what each page shows from apps that its own app does
# not import: core is the site shell and articles sits under comments, moderation and
# podcasts, so neither may include their templates directly. Core imports none of the
# apps named here; a filler is a template name, found when the page renders, and
# core/tests/test_page_hooks.py checks that each one exists and that every hook a
# template names is declared. Fillers live in `<app>/templates/<app>/hooks/`.
PAGE_HOOKS: dict[str, tuple[str, ...]] = {
    # core/base.html, every page: just above the footer. The page cache keeps it, so
    # nothing here may depend on who is looking.
    "before_footer": ("newsletters/hooks/footer_signup.html",),
    # core/base.html, every page: the end of the header, under the sections. The page
    # cache keeps it, as before_footer.
    "masthead_end": ("schedule/hooks/channel_bar.html",),
    # core/base.html, every page: scripts, after the footer.
    "end_of_body": ("comments/hooks/comment_counts_script.html",),
    # articles/home_page.html: the front page, after the section blocks.
    "home_after_sections": ("podcasts/hooks/latest_episode.html",),
    # articles/includes/card.html: each article card's meta line, after the date
    # (`article` is the card's article).
    "card_meta": ("comments/hooks/card_comment_count.html",),
    # articles/article_page.html: the lead of an article with a ready lead video, in
    # place of the hero image (`page` is the article).
    "article_lead": ("video/hooks/article_lead.html",),
    # articles/article_page.html: the sidebar, under Top stories.
    "article_sidebar": ("podcasts/hooks/latest_episode.html",),
    # articles/article_page.html: under the article (`page` is the article).
    "after_article": ("comments/hooks/comment_section.html",),
    # accounts/account.html: the reader's account page, above the profile form.
    "account_notices": ("moderation/hooks/account_notices.html",),
    # accounts/account.html: the reader's account page, after the sign-in details.
    "account_more": ("api/hooks/api_tokens.html",),
}
