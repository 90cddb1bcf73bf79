"""StreamField blocks for an article body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "articles/blocks/quote.html"


class ReadMoreBlock(blocks.StructBlock):
    """An inline "Read more: <headline>" link to another article."""

    article = blocks.PageChooserBlock(page_type="articles.ArticlePage", label=_("Article"))

    class Meta:
        icon = "link"
        template = "articles/blocks/read_more.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    credit = blocks.CharBlock(
        required=False, label=_("Credit"), help_text="© Agency / Photographer"
    )

    class Meta:
        icon = "image"
        template = "articles/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    """A video from the library (newsroom/video), played in place; its template is the
    video app's, found when the page renders, so this app imports nothing of it."""

    video = SnippetChooserBlock("video.Video", label=_("Video"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "media"
        template = "video/blocks/video.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "h2", "h3"],
        template="articles/blocks/paragraph.html",
        label=_("Paragraph"),
    )
    quote = QuoteBlock(label=_("Block quote"))
    read_more = ReadMoreBlock(label=_("Read more link"))
    image = CaptionedImageBlock(label=_("Image with caption"))
    embed = EmbedBlock(label=_("Embed"), template="articles/blocks/embed.html")
    video = VideoBlock(label=_("Video"))
