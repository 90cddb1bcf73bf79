"""A starting word list, for staff to edit: spam that is never welcome (block), threats
and dehumanising words a moderator should see first (hold), insults worth a look but
often fair comment (flag), and strong words shown masked (mask). Deliberately short:
the toxicity scorer and readers' reports carry most of the load."""

from django.db import migrations

DEFAULT_WORDS = {
    "block": [
        "viagra", "cialis", "casino bonus", "crypto giveaway", "buy followers",
        "payday loan*", "earn from home", "work from home and earn", "click my profile",
    ],
    "hold": [
        "kill you", "kill yourself", "kys", "i know where you live", "you deserve to die",
        "hope you die", "should be shot", "should be hanged", "put a bullet",
        "go back to your country", "subhuman*", "vermin", "cockroach*", "slut*", "whore*",
        "retard*",
    ],
    "flag": ["idiot*", "moron*", "scum", "traitor*", "liar*"],
    "mask": ["fuck*", "shit", "shitty", "bullshit", "motherfucker*"],
}  # fmt: skip


def add_defaults(apps, schema_editor):
    WordListEntry = apps.get_model("moderation", "WordListEntry")
    for action, phrases in DEFAULT_WORDS.items():
        for phrase in phrases:
            WordListEntry.objects.get_or_create(phrase=phrase, defaults={"action": action})


class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial")]
    operations = [migrations.RunPython(add_defaults, migrations.RunPython.noop)]
