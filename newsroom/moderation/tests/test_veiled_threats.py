"""Veiled threats, contempt and innuendo (veiled_rules.py), per language: held for a
moderator with a reason for both; the ordinary talk that shares their words is not."""

import pytest

from newsroom.articles.tests.factories import make_article, section
from newsroom.comments.models import Comment
from newsroom.moderation import checks
from newsroom.moderation.checks import HOLD, PASS, Subject
from newsroom.moderation.models import ModerationSettings

pytestmark = pytest.mark.django_db


def threats(body, author, language):
    article = make_article(section(language=language))
    comment = Comment(article=article, author=author, body=body)
    return checks.check_threats(Subject(comment, False, False, ModerationSettings.current()))


HELD = [
    # An accident that befalls people who write such things, and a warning.
    ("en", "Reporters who poke around like this often get hurt. Take care now."),
    ("es", "Los periodistas curiosos a veces tienen accidentes. Cuídate."),
    ("fr", "Des accidents arrivent vite, tu sais. Fais attention."),
    ("de", "Unfälle passieren schneller, als man denkt. Pass gut auf dich auf."),
    ("ru", "Несчастные случаи бывают с каждым. Будь осторожен."),
    ("ar", "الحوادث تقع كل يوم، انتبه لنفسك."),
    ("sr", "Nesreće se dešavaju svakome. Čuvaj se."),
    # A threat by its consequence.
    ("en", "Publish my name again and you will see what happens to your family."),
    ("es", "Publica mi nombre otra vez y verás lo que te pasa."),
    ("fr", "Publie encore mon nom et tu verras ce qui t'arrive."),
    ("de", "Schreib nur so weiter und du wirst es bereuen."),
    ("ru", "Продолжай в том же духе и пожалеешь."),
    ("ar", "وسترى ما سيحدث لك."),
    ("sr", "Nastavi tako pa ćeš zažaliti."),
    # Camps, trains, bullets or the rope as the answer to a group.
    ("en", "Send them all off to the camps, every one of them."),
    ("en", "These strikers need a few bullets."),
    ("es", "Mandadlos a todos a los campos."),
    ("fr", "Envoyez-les tous dans des camps."),
    ("de", "Steckt sie alle in Lager."),
    ("ru", "Отправить их всех в лагеря."),
    ("ar", "ارسلوهم جميعا الى المعسكرات."),
    ("sr", "Pošaljite ih sve u logore."),
    ("de", "Diese Randalierer brauchen Kugeln, keine Debatte."),
    # A group as a tumour or a cancer to cut out.
    ("en", "Those people are a tumour on this city."),
    ("fr", "Ces gens sont une gangrène pour le pays."),
    ("sr", "Oni su rak koji treba iseći."),
    # Sexual remarks made through a promotion, clothes or coffee.
    ("en", "Everyone knows how she got the anchor job, and it was not at her desk."),
    ("es", "Todos sabemos cómo consiguió el puesto, y no fue en su escritorio."),
    ("fr", "On sait comment elle a eu ce poste, et c'était pas au bureau."),
    ("de", "Die Ministerin sollte mal im Bikini auftreten."),
    ("ru", "Ведущей стоит выйти в нижнем белье."),
    ("ar", "المتدربة تقدم للمدير أكثر من تحضير القهوة."),
    ("sr", "Ona tu radi više od kafe, ako razumete."),
    ("sr", "Ministarka bi trebalo da dođe u donjem vešu."),
    # Contempt for the writer.
    ("en", "Nobody reads your drivel, mate."),
    ("es", "Nadie lee tus tonterías."),
    ("fr", "Personne ne lit tes âneries."),
    ("de", "Niemand liest deinen Schwachsinn."),
    ("ru", "Никто не читает твой бред."),
    ("ar", "لا أحد يقرأ تفاهاتك."),
    ("sr", "Niko ne čita tvoje budalaštine."),
    # A group's vote denied.
    ("en", "Migrants should not have the right to vote."),
    ("fr", "Les étrangers ne devraient pas avoir le droit de vote."),
]

PUBLISHED = [
    ("en", "Accidents on the ring road are up again; the council must act."),
    ("en", "Be careful with these figures, they leave out the suburbs."),
    ("en", "The refugee camps on the border need doctors, not speeches."),
    ("en", "The army needs more bullets and shells, the general says."),
    ("en", "Cancer screening in the north is a scandal."),
    ("en", "The minister would look silly in a bikini, but so would we all."),
    ("en", "Keep asking questions and you will see what happens to the budget."),
    ("es", "Los accidentes de tráfico han bajado este año."),
    ("fr", "Les camps de réfugiés débordent, il faut des moyens."),
    ("de", "Die Unfallzahlen sind gesunken, sagt die Polizei."),
    ("ru", "Аварий на трассе стало меньше, пишет полиция."),
    ("ar", "انخفضت حوادث السير هذا العام."),
    ("sr", "Broj saobraćajnih nesreća je pao ove godine."),
    ("en", "She got the promotion after ten years at the desk, and deserved it."),
    ("de", "Niemand liest heute noch Zeitung, leider."),
]


@pytest.mark.parametrize(("language", "body"), HELD)
def test_veiled_threats_and_innuendo_are_held_in_every_language(
    editions, reader, rules, language, body
):
    result = threats(body, reader, language)
    assert result.verdict == HOLD, body
    assert result.reason and result.author_reason and result.matches


@pytest.mark.parametrize(("language", "body"), PUBLISHED)
def test_the_everyday_talk_that_shares_their_words_passes(editions, reader, rules, language, body):
    assert threats(body, reader, language).verdict == PASS, body
