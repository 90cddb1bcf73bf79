"""What advertising looks like in each language, and where links lead: the signals the
spam check weighs (links with a sales pitch, link shorteners, messaging handles)."""

import re
from functools import cache

from newsroom.moderation.folding import fold_pattern_source

# Sales talk, over folded text (lower case, no accents, Serbian in Latin letters).
_COMMERCIAL = {
    "en": [
        r"cheap(?:est)?", r"discounts?", r"\d+\s*%\s*off", r"buy\s+(?:now|today|here|online)",
        r"order\s+(?:now|today|online)", r"free\s+(?:shipping|delivery|trial|bonus|spins)",
        r"promo(?:tion)?\s+codes?", r"coupons?", r"(?:limited|special|exclusive)\s+offers?",
        r"click\s+(?:here|the\s+link|my\s+link)", r"visit\s+(?:my|our)\s+(?:site|website|profile|page|shop)",
        r"check\s+out\s+my\s+(?:site|website|profile|page|channel|shop)", r"(?:message|dm|pm|text)\s+me",
        r"whatsapp", r"telegram", r"earn\s+(?:\$|£|€)?\s*\d+", r"make\s+money", r"(?:work|earn)\s+from\s+home",
        r"crypto(?:currency)?", r"bitcoin", r"forex", r"casino", r"betting\s+tips", r"loans?\s+(?:approved|today|now|fast)",
        r"followers", r"seo\s+services", r"best\s+prices?", r"lowest\s+prices?", r"(?:hot|great)\s+deals?",
        r"for\s+sale", r"sign\s+up\s+(?:now|today|here)", r"passive\s+income", r"investment\s+opportunity",
    ],
    "fr": [
        r"pas\s+chers?", r"bon\s+marche", r"promos?", r"reductions?", r"codes?\s+promo",
        r"cliquez\s+ici", r"gagnez", r"argent\s+facile", r"travail\s+a\s+domicile", r"crypto\w*",
        r"bitcoin", r"casino", r"offres?\s+speciales?", r"livraison\s+gratuite", r"whatsapp",
        r"telegram", r"contactez[- ]moi", r"visitez\s+(?:mon|notre)\s+(?:site|profil|page)",
        r"revenus?\s+passifs?", r"meilleurs?\s+prix", r"a\s+vendre",
    ],
    "de": [
        r"billig\w*", r"gunstig\w*", r"rabatt\w*", r"gutschein\w*", r"jetzt\s+(?:kaufen|bestellen)",
        r"hier\s+klicken", r"klicken\s+sie\s+hier", r"geld\s+verdienen", r"von\s+zuhause",
        r"krypto\w*", r"bitcoin", r"casino", r"sonderangebot\w*", r"gratis\s+versand",
        r"kostenloser?\s+versand", r"whatsapp", r"telegram", r"schreib\s+mir", r"besuchen\s+sie\s+"
        r"(?:meine|unsere)\s+(?:seite|webseite|profil)", r"passives\s+einkommen", r"bestpreis\w*",
        r"zu\s+verkaufen",
    ],
    "es": [
        r"baratos?", r"baratas?", r"descuentos?", r"ofertas?", r"compra\s+(?:ya|ahora|aqui)",
        r"haz\s+clic", r"pincha\s+aqui", r"gana\s+dinero", r"desde\s+casa", r"cripto\w*", r"bitcoin",
        r"casino", r"envio\s+gratis", r"codigo\s+promocional", r"whatsapp", r"telegram",
        r"escribeme", r"visita\s+mi\s+(?:perfil|pagina|web)", r"ingresos\s+pasivos",
        r"mejores\s+precios", r"se\s+vende",
    ],
    "ru": [
        r"дешево", r"дешевые", r"дешевых", r"скидк\w+", r"акци[яи]", r"купить", r"купите",
        r"заработ\w+", r"без\s+вложений", r"казино", r"крипт\w+", r"биткоин\w*",
        r"перейди(?:те)?\s+по\s+ссылке", r"пиши(?:те)?\s+в\s+личку", r"телеграм\w*", r"ватсап\w*",
        r"whatsapp", r"telegram", r"промокод\w*", r"пассивный\s+доход", r"продам", r"распродаж\w+",
    ],
    "ar": [
        r"رخيص\w*", r"خصم", r"خصومات", r"عرض\s+خاص", r"عروض", r"اشتري\s+الان", r"اطلب\s+الان",
        r"اضغط\s+هنا", r"اربح", r"ربح\s+سريع", r"من\s+المنزل", r"كازينو", r"عملات\s+رقميه",
        r"بيتكوين", r"واتساب", r"واتس\s+اب", r"تيليجرام", r"تلغرام", r"whatsapp", r"telegram",
        r"كود\s+خصم", r"دخل\s+اضافي", r"للبيع", r"توصيل\s+مجاني",
    ],
    "sr": [
        r"jeftin\w*", r"popust\w*", r"akcij[ae]", r"kupite", r"kliknite", r"zarad[ai]\w*",
        r"od\s+kuce", r"kazino", r"kripto\w*", r"bitkoin\w*", r"besplatna\s+dostava",
        r"promo\s+kod", r"pisite\s+mi", r"javite\s+se\s+na", r"whatsapp", r"viber", r"telegram",
        r"pasivni\s+prihod", r"najbolje\s+cene", r"prodajem",
    ],
}  # fmt: skip

SHORTENERS = re.compile(
    r"(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|cutt\.ly|t\.me|wa\.me|"
    r"rebrand\.ly|shorturl\.at)/",
    re.IGNORECASE,
)
LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
# A bare address such as "fly.example/deals" counts as a link for spam, not for "many links".
BARE_DOMAIN = re.compile(
    r"(?<![\w@./])[a-z0-9][a-z0-9-]{1,62}\.(?:com|net|org|info|biz|xyz|top|shop|store|online|"
    r"site|club|io|ly|me|ru|su|win|bet|vip|example)(?:/\S*)?(?![\w.])",
    re.IGNORECASE,
)
PHONE = re.compile(r"(?:\+|00)\d[\d\s().-]{8,}\d")


@cache
def _commercial(language: str) -> re.Pattern:
    sources = _COMMERCIAL.get(language, _COMMERCIAL["en"])
    body = "|".join(fold_pattern_source(source, language) for source in sources)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def commercial_hits(folded_text: str, language: str) -> list[str]:
    """The distinct bits of sales talk, in folded form."""
    return sorted({m.group(0) for m in _commercial(language).finditer(folded_text)})


def links(text: str) -> list[str]:
    found = LINK.findall(text)
    without_full = LINK.sub(" ", text)
    return found + BARE_DOMAIN.findall(without_full)


def link_key(link: str) -> str:
    """A link without its scheme and trailing punctuation, to find it again in others."""
    key = re.sub(r"^(?:https?://)?(?:www\.)?", "", link.lower())
    return key.rstrip(".,;:!?")
