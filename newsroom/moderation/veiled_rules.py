"""Veiled threats, contempt and innuendo, per language: shapes written with no strong
word at all - the accident that "happens" to people who write such things, the camps
to send a group to, the promotion won "not at her desk", the talentless writer nobody
reads. Same form and folding as threat_rules.py (whose kinds they use), kept apart so
that neither file grows past reading; threats.py runs both."""

from newsroom.moderation.threat_rules import DEHUMANISING, HARASSMENT, SEXUAL, THREAT, VIOLENCE

# fmt: off
Rule = tuple[str, str, bool]

# The accident words and the "be careful" that turns them into a threat come within one
# or two sentences of each other; either alone is ordinary talk.
_GAP = r"[^.!?]{0,60}[.!?,;:]?\s*(?:[^.!?]{0,30}?\s)?"

EN: list[Rule] = [
    (THREAT, r"(?:accidents?|falls?\s+down\s+(?:the\s+)?stairs|fell\s+down\s+(?:the\s+)?stairs|"
     r"go(?:es)?\s+missing|disappear|vanish)" + _GAP + r"(?:be\s+careful|drive\s+(?:carefully|"
     r"safely)|watch\s+(?:out|yourself|your\s+step)|take\s+care|stay\s+safe|mind\s+how\s+you\s+"
     r"go)|(?:journalists|reporters|writers|hacks|people\s+who\s+write|those\s+who\s+write|"
     r"you\s+people)\s+(?:\w+\s+){0,6}?(?:tend\s+to\s+|often\s+|sometimes\s+|usually\s+|"
     r"always\s+)?(?:have|get|meet\s+with|end\s+up\s+(?:in|with))\s+(?:an?\s+)?(?:accidents?|"
     r"hurt|in\s+hospital)", False),
    (VIOLENCE, r"(?:put|send|round|herd|load|ship|throw|lock|pack)\s+(?:\w+\s+){0,3}?(?:them|"
     r"em|'em|all|lot|one\s+of\s+them)\b(?:\s+\w+){0,4}?\s+(?:in|into|on|onto|to|off\s+to)\s+"
     r"(?:the\s+)?(?:\w+\s+)?(?:camps|trains\s+to\s+the\s+camps|cattle\s+(?:cars|trucks)|"
     r"gas\s+chambers?|ovens)|round\s+(?:them|em|'em)\s+(?:all\s+)?up\s+(?:and|for)|"
     r"final\s+solution", False),
    (SEXUAL, r"(?:how|way)\s+she\s+(?:got|earned|landed|won)\s+(?:that|the|her|this)\s+"
     r"(?:\w+\s+)?(?:job|promotion|position|role|post|seat|contract)\b[^.!?]{0,60}?(?:desk|"
     r"bed|on\s+her\s+back|knees|casting\s+couch)|(?:got|earned|landed)\s+(?:that|the|her|"
     r"this)\s+(?:\w+\s+)?(?:job|promotion|position|role)\s+on\s+her\s+(?:back|knees)", False),
    (HARASSMENT, r"(?:you|u)\s+(?:talentless|untalented|brainless)\s+(?:\w+\s+)?(?:hack|"
     r"scribbler|writer|journalist|idiot|moron|fool|nobody|loser)|(?:no\s*one|nobody|"
     r"no-one)\s+(?:reads|wants\s+to\s+read|cares\s+about)\s+your\s+(?:garbage|rubbish|trash|"
     r"drivel|crap|nonsense|shit|filth|scribbles|scribbling|bilge|tripe)", False),
    (DEHUMANISING, r"(?:they|these\s+\w+|those\s+\w+|those\s+people|that\s+lot|this\s+lot)\s+"
     r"(?:are|is)\s+(?:a|an|like\s+a)\s+(?:\w+\s+)?(?:gangrene|cancer|plague|disease|"
     r"infection)\s+(?:on|in|that|eating|spreading|infecting|rotting)", False),
]

ES: list[Rule] = [
    (THREAT, r"(?:accidentes?|se\s+caen?\s+(?:por\s+)?(?:las\s+)?escaleras|desaparec\w+)" + _GAP
     + r"(?:ten\s+cuidado|tenga\s+cuidado|conduce\s+con\s+cuidado|conduzca\s+con\s+cuidado|"
     r"cuidate|cuidese|mira\s+por\s+donde\s+(?:andas|pisas)|ojo\s+contigo)|(?:periodistas|"
     r"plumillas|gente\s+que\s+escribe|los\s+que\s+escriben|quienes\s+escriben)\s+(?:\w+\s+)"
     r"{0,6}?(?:suelen?\s+|a\s+veces\s+|siempre\s+)?(?:tener|tienen|sufrir|sufren|acaban\s+"
     r"(?:con|en))\s+(?:un\s+|algun\s+)?(?:accidentes?|el\s+hospital)", False),
    (VIOLENCE, r"(?:meter|metedlos|metelos|metanlos|subid|subidlos|subelos|subirlos|mandad|"
     r"mandadlos|mandalos|enviadlos|envialos|llevadlos|llevalos|encerradlos|encerrarlos|"
     r"meterlos|mandarlos)\s+(?:\w+\s+){0,4}?(?:a\s+|en\s+|hacia\s+(?:los\s+)?)?(?:campos|"
     r"trenes\s+(?:a|hacia)\s+los\s+campos|camaras\s+de\s+gas|hornos|vagones)|"
     r"solucion\s+final", False),
    (SEXUAL, r"como\s+(?:consiguio|obtuvo|logro|gano|se\s+gano)\s+(?:ese|el|su|este|esa|la)\s+"
     r"(?:\w+\s+)?(?:ascenso|puesto|trabajo|cargo|contrato)\b[^.!?]{0,60}?(?:escritorio|cama|"
     r"rodillas|espalda|sofa)|(?:consiguio|obtuvo|gano)\s+(?:\w+\s+){0,3}?(?:de\s+rodillas|"
     r"en\s+la\s+cama|acostandose\s+con)", False),
    (HARASSMENT, r"(?:juntaletras|plumilla|escritorzuelo|periodistucho|inutil)\s+(?:\w+\s+)?sin\s+"
     r"talento|nadie\s+lee\s+(?:tu|tus|su|sus)\s+(?:basura|bobadas|tonterias|mierdas?|"
     r"porquerias?|chorradas|estupideces|bazofia|panfletos?)", False),
    (DEHUMANISING, r"(?:esa\s+gente|esos\s+\w+|estos\s+\w+|esas\s+\w+|estas\s+\w+|ellos|esa\s+"
     r"chusma)\s+(?:son|es)\s+(?:un|una|como\s+un|como\s+una)\s+(?:cancer|gangrena|plaga|"
     r"enfermedad|infeccion)\s+(?:que|para|en|de)", False),
]

FR: list[Rule] = [
    (THREAT, r"(?:accidents?|tombent\s+(?:parfois\s+|souvent\s+)?dans\s+l'escalier|disparaissent|"
     r"disparait)" + _GAP + r"(?:fais\s+attention|faites\s+attention|roule\s+prudemment|"
     r"roulez\s+prudemment|prends\s+soin\s+de\s+toi|sois\s+prudent\w*|soyez\s+prudent\w*|"
     r"fais\s+gaffe|regarde\s+ou\s+tu\s+marches)|(?:journalistes|gratte-papiers|pisse-copies?|"
     r"gens\s+qui\s+ecrivent|ceux\s+qui\s+ecrivent)\s+(?:\S+\s+){0,6}?(?:ont\s+(?:souvent\s+|"
     r"parfois\s+)?des\s+accidents|finissent\s+(?:souvent\s+|parfois\s+)?(?:a\s+l'hopital|mal))",
     False),
    (VIOLENCE, r"(?:mettez|mettre|envoyez|envoyer|rassemblez|rassembler|entassez|entasser|"
     r"parquez|parquer)-?(?:les|\s+les)\s+(?:\S+\s+){0,4}?(?:dans\s+des\s+|dans\s+les\s+|"
     r"aux\s+|en\s+)?(?:camps|trains\s+pour\s+les\s+camps|wagons|chambres\s+a\s+gaz|fours)|"
     r"solution\s+finale", False),
    (SEXUAL, r"comment\s+elle\s+a\s+(?:eu|obtenu|decroche|gagne)\s+(?:ce|cette|son|sa|le|la)\s+"
     r"(?:\w+\s+)?(?:promotion|poste|boulot|travail|place|contrat)\b[^.!?]{0,60}?(?:bureau|lit|"
     r"genoux|dos|canape)|promotion\s+canape", False),
    (HARASSMENT, r"(?:pisse-copie|plumitif|gratte-papier|scribouillard|journaleux)\s+(?:\w+\s+)?"
     r"sans\s+talent|personne\s+ne\s+lit\s+(?:tes|vos|ton|votre)\s+(?:torchons?|aneries|"
     r"conneries|merdes?|betises|salades|ordures|daubes?)", False),
    (DEHUMANISING, r"(?:ces\s+\w+|ces\s+gens|ils|ces\s+gens-la)\s+(?:sont|c'est)\s+(?:un|une|"
     r"comme\s+un|comme\s+une)\s+(?:cancer|gangrene|peste|maladie|infection)\s+(?:qui|pour|"
     r"dans|de)", False),
]

DE: list[Rule] = [
    (THREAT, r"(?:unfalle?n?|die\s+treppe\s+(?:hinunter|herunter|runter)|verschwinden|"
     r"verschwindet)" + _GAP + r"(?:pass\s+(?:gut\s+)?auf\s+dich\s+auf|passen\s+sie\s+(?:gut\s+)?"
     r"auf\s+sich\s+auf|fahr\s+vorsichtig|fahren\s+sie\s+vorsichtig|sei\s+vorsichtig|"
     r"seien\s+sie\s+vorsichtig|pass\s+blo(?:ss|ß)\s+auf)|(?:journalisten|schreiberlinge|"
     r"schmierfinken|leute,?\s+die\s+(?:so\s+)?\w+\s+schreiben)\s+(?:\S+\s+){0,6}?(?:haben|"
     r"bauen|landen)\s+(?:oft\s+|manchmal\s+|gern\s+)?(?:unfalle|einen\s+unfall|im\s+"
     r"krankenhaus)", False),
    (VIOLENCE, r"(?:setzt|steckt|treibt|schickt|bringt|sperrt|pfercht|verfrachtet|stecken|"
     r"setzen|schicken|treiben|sperren)\s+(?:sie|die|alle)\s+(?:\S+\s+){0,4}?(?:in\s+(?:die\s+)?"
     r"|ins\s+)(?:lager|zuge\s+in\s+die\s+lager|viehwaggons?|gaskammern?|ofen|konzentrationslager"
     r"|kz)|endlosung", False),
    (SEXUAL, r"wie\s+sie\s+(?:die|ihre|den|ihren|diese|diesen)\s+(?:\w+\s+)?(?:beforderung|"
     r"stelle|job|posten|vertrag|rolle)\s+(?:\w+\s+)?(?:bekommen|gekriegt|ergattert|erhalten)"
     r"\b[^.!?]{0,60}?(?:schreibtisch|bett|knien|rucken|besetzungscouch|couch)", False),
    (HARASSMENT, r"(?:du|sie)\s+(?:talentloser|talentlose|talentloses|unbegabter|unfahiger)\s+"
     r"(?:\w+\s+)?(?:schmierfink|schreiberling|journalist|schmierer|idiot|versager|wicht)|"
     r"(?:niemand|keiner|kein\s+mensch)\s+liest\s+(?:deinen|ihren|dein|ihr|deine|ihre)\s+"
     r"(?:mist|mull|dreck|schrott|quatsch|schwachsinn|unsinn|schund|geschmiere|kram)", False),
    (DEHUMANISING, r"(?:diese\s+\w+|die\s+da|solche\s+leute|sie)\s+(?:sind|ist)\s+(?:ein|eine|"
     r"wie\s+ein|wie\s+eine)\s+(?:krebsgeschwur|geschwur|krebs|pest|seuche|krankheit|"
     r"infektion)\s*,?\s+(?:das|die|der|fur|in|an)", False),
]

RU: list[Rule] = [
    (THREAT, r"(?:несчастн\w+\s+случа\w+|авари\w+|пада\w+\s+с\s+лестниц\w+|упад\w+\s+с\s+"
     r"лестниц\w+|пропада\w+|исчеза\w+)" + _GAP + r"(?:будь\w*\s+осторожн\w+|осторожнее|"
     r"береги\s+себя|берегите\s+себя|смотри\s+под\s+ноги|оглядывайся)|(?:журналист\w*|писак\w*|"
     r"кто\s+пишет)\s+(?:\S+\s+){0,6}?(?:часто|иногда|обычно|бывает)?\s*(?:попада\w+\s+в\s+"
     r"(?:авари\w+|больниц\w+)|пада\w+\s+с\s+лестниц\w+|случа\w+\s+несчастн\w+)", False),
    (VIOLENCE, r"(?:посадить|отправить|загнать|согнать|запихнуть|сослать|посадите|отправьте|"
     r"загоните|сгоните|запихните|сажать|отправлять)\s+(?:\S+\s+){0,3}?(?:в\s+поезд\w*\s+)?"
     r"(?:до|в|по)\s+(?:концлагер\w*|лагер\w+|газов\w+\s+камер\w+|печ\w+|вагон\w*)|"
     r"окончательн\w+\s+решени\w+\s+(?:вопроса|проблемы)", False),
    (SEXUAL, r"как\s+она\s+(?:получила|заработала|добилась|выбила)\s+(?:\S+\s+){0,2}?"
     r"(?:повышени\w+|должност\w+|работ\w+|мест\w+|пост\w*|контракт\w*)[^.!?]{0,60}?(?:стол\w*|"
     r"постел\w+|колен\w+|спин\w+|диван\w*)|через\s+(?:постель|диван)\s+(?:получила|"
     r"пробилась|добилась)", False),
    (HARASSMENT, r"(?:бездар\w+|бесталанн\w+)\s*,?\s+(?:\S+\s+){0,2}?(?:никто|ищи|уходи|"
     r"проваливай|иди)|никто\s+не\s+читает\s+(?:твою|твои|ваши|вашу|твой|ваш)\s+(?:чуш\w*|"
     r"бред|помойк\w+|мусор|писанин\w+|дерьм\w+|ерунд\w+|макулатур\w+|галимать\w+)", False),
    (DEHUMANISING, r"(?:эти\s+\S+|они|такие\s+люди|этот\s+сброд)\s+(?:[-—]\s*)?(?:это\s+)?"
     r"(?:как\s+)?(?:гангрен\w+|раков\w+\s+опухол\w+|чум\w+|зараз\w+|болезн\w+|инфекци\w+)"
     r"\s*,?\s+(?:котор|на|в|для)", False),
]

AR: list[Rule] = [
    (THREAT, r"(?:حوادث|حادث|يسقطون|يقعون|يختفون|يختفي)" + _GAP + r"(?:انتبه\s+لنفسك|انتبه|"
     r"خذ\s+حذرك|كن\s+حذرا|قد\s+بحذر|سق\s+بحذر|دير\s+بالك|خلي\s+بالك|احذر)", False),
    (VIOLENCE, r"(?:ضعوهم|اجمعوهم|ارسلوهم|احشروهم|سوقوهم|ارموهم|احبسوهم|ضعهم|اجمعهم|ارسلهم)"
     r"\s+(?:\S+\s+){0,4}?(?:في|الى|ب)\s*(?:ال)?(?:معسكرات|قطارات|افران|غرف\s+الغاز|محتشدات)|"
     r"الحل\s+النهائي", False),
    (SEXUAL, r"كيف\s+(?:حصلت|نالت|وصلت)\s+(?:على\s+)?(?:ال)?(?:ترقيه|وظيفه|منصب|عقد|مركز)"
     r"[^.!?]{0,60}?(?:مكتب|سرير|ركبتيها|ظهرها|الكنبه)", False),
    (HARASSMENT, r"(?:بلا|بدون|عديم)\s+(?:ال)?موهبه|(?:لا\s+احد|ما\s+حد|محدش|ماحد)\s+(?:يقرا|"
     r"بيقرا|يقرأ)\s+(?:زبالتك|تفاهاتك|تفاهتك|خرابيطك|هراءك|سخافاتك|قرفك)", False),
    (DEHUMANISING, r"(?:هؤلاء|هاولاء|هذول|دول|هم)\s+(?:ال\S+\s+)?(?:مثل\s+)?(?:غرغرينا|سرطان|"
     r"طاعون|وباء|مرض|عدوى)\s+(?:ي|في|على|ل)", False),
]

SR: list[Rule] = [
    (THREAT, r"(?:nesrec\w*|nezgod\w+|padnu\s+niz\s+stepenice|padne\s+niz\s+stepenice|"
     r"nestanu|nestane)" + _GAP + r"(?:pazi\s+se|pazite\s+se|vozi\s+pazljivo|vozite\s+"
     r"pazljivo|cuvaj\s+se|cuvajte\s+se|budi\s+oprezan|budi\s+oprezna|gledaj\s+gde\s+hodas)|"
     r"(?:novinari|piskarala|piskarala|oni\s+koji\s+pisu|ljudi\s+koji\s+pisu)\s+(?:\S+\s+)"
     r"{0,6}?(?:cesto|ponekad|obicno)?\s*(?:dozive\s+nesrecu|imaju\s+nesrec\w+|zavrse\s+u\s+"
     r"bolnici|padnu\s+niz\s+stepenice)", False),
    (VIOLENCE, r"(?:strpajte|saberite|posaljite|potrpajte|oterajte|zatvorite|strpati|sabrati|"
     r"poslati|potrpati|oterati|zatvoriti)\s+(?:\S+\s+){0,4}?(?:u|na)\s+(?:vozove\s+za\s+)?"
     r"(?:logore|logor|vozove|vagone|gasne\s+komore|pecnice|konclogore)|konacno\s+resenje",
     False),
    (SEXUAL, r"kako\s+je\s+(?:dobila|dobla|zaradila|osvojila)\s+(?:to|taj|tu|ovo|svoje|svoj)?\s*"
     r"(?:\w+\s+)?(?:unapredjenje|posao|mesto|radno\s+mesto|funkciju|ugovor)\b[^.!?]{0,60}?"
     r"(?:stol\w*|krevet\w*|kolen\w*|ledj\w+|kauc\w*)", False),
    (HARASSMENT, r"(?:bezveznjace|piskaralo|skribomane|novinarcicu)\s+(?:\w+\s+)?bez\s+talenta|"
     r"(?:netalentovan\w+|bezveznjace)\s+(?:\w+\s+)?(?:piskaralo|novinaru|nulo)|niko\s+ne\s+cita\s+"
     r"(?:tvoje|vase|tvoju|vasu)\s+(?:smece|gluposti|govna|bljuvotine|trice|budalastine|"
     r"djubre|dubre|sranja)", False),
    (DEHUMANISING, r"(?:ti\s+ljudi|ovi\s+\w+|oni|ta\s+bagra|taj\s+olos)\s+(?:su|je)\s+(?:kao\s+)?"
     r"(?:gangrena|rak|kuga|zaraza|bolest|infekcija)\s+(?:koj\w+|za|u|na)", False),
]
# fmt: on

VEILED: dict[str, list[Rule]] = {
    "en": EN,
    "es": ES,
    "fr": FR,
    "de": DE,
    "ru": RU,
    "ar": AR,
    "sr": SR,
}
