"""Veiled threats, contempt and innuendo, per language: shapes written with no strong
word at all - the accident that "happens" to people who write such things, the camps
to send a group to, the promotion won "not at her desk", the talentless writer nobody
reads. Same form and folding as threat_rules/ (whose kinds they use), kept apart so
that neither file grows past reading; threats.py runs both."""

from newsroom.moderation.threat_rules import (
    DEHUMANISING,
    HARASSMENT,
    HATE,
    SEXUAL,
    THREAT,
    VIOLENCE,
)

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
     r"лестниц\w+|пропада\w+|исчеза\w+)" + _GAP + r"(?:будь\w*\s+осторож\w+|осторожнее|"
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
# The second family: a threat by its consequence ("see what happens to yours"), bullets
# or the rope as the answer to people, a group as a tumour to cut out, sexualised
# remarks made through clothes or "more than coffee", and a group's vote denied.
MORE: dict[str, list[Rule]] = {
    "en": [
        (THREAT, r"(?:and|or)\s+(?:you'?ll\s+|you\s+will\s+)?see\s+what\s+(?:happens|will\s+happen|'?ll\s+"
         r"happen)\s+to\s+(?:you|yours|your\s+\w+)|(?:keep|carry\s+on|go\s+on)\s+(?:\w+\s+){0,5}?and\s+"
         r"(?:you'?ll|you\s+will)\s+regret\s+it", False),
        (VIOLENCE, r"(?:they|them|these\s+(?!(?:army|troops|soldiers|police|forces)\b)\w+|those\s+(?!(?:army|"
         r"troops|soldiers|police|forces)\b)\w+)\s+(?:all\s+)?(?:need|deserve|should\s+get)\s+(?:a\s+few\s+|"
         r"some\s+|a\s+couple\s+of\s+|a\s+|the\s+)?(?:bullets?|rope|noose|bombs?)|bullets?,?\s+not\s+"
         r"(?:a\s+)?(?:debate|talk|talks|votes|words|dialogue)", False),
        (DEHUMANISING, r"(?:are|is)\s+(?:a|an|like\s+a)\s+(?:\w+\s+)?(?:tumou?r|gangrene)|(?:are|is)\s+"
         r"(?:a|an)\s+(?:\w+\s+)?(?:cancer|plague)\b[^.!?]{0,40}?(?:cut\s+out|removed|eradicated|"
         r"got\s+rid\s+of|wiped\s+out)", False),
        (SEXUAL, r"(?:should|ought\s+to|must|could)\s+(?:\w+\s+){0,5}?(?:in|wearing)\s+(?:a\s+|her\s+|just\s+|"
         r"only\s+)?(?:bikini|lingerie|underwear|knickers|thong|swimsuit|stockings)|(?:more|other)\s+than\s+"
         r"(?:just\s+)?(?:make|making|bring|bringing|serve|serving|fetch|fetching|pour)\s+(?:the\s+)?"
         r"(?:coffee|tea)|(?:intern|secretary|assistant|she|her)\b[^.!?]{0,80}?if\s+you\s+know\s+what\s+"
         r"i\s+mean", False),
        (HATE, r"(?:muslims|jews|blacks|immigrants|migrants|refugees|roma|gays|women|foreigners|arabs)\s+"
         r"(?:should\s*n'?t|should\s+not|must\s+not)\s+(?:have|get|be\s+given)\s+(?:the\s+)?(?:right\s+to\s+"
         r"vote|vote|votes|voting\s+rights)", False),
    ],
    "es": [
        (THREAT, r"(?:y|o)\s+(?:ya\s+)?(?:veras|vas\s+a\s+ver)\s+(?:lo\s+)?que\s+(?:le\s+|te\s+|les\s+)?"
         r"(?:pasa|pasara|va\s+a\s+pasar|ocurre|ocurrira)|sigue\s+(?:\w+\s+){0,5}?y\s+(?:veras|te\s+"
         r"arrepentiras|lo\s+lamentaras)", False),
        (VIOLENCE, r"(?:necesitan|merecen|les\s+hace\s+falta)\s+(?:unas?\s+(?:cuantas\s+)?|un\s+par\s+de\s+|"
         r"algo\s+de\s+)?(?:balas|bala|plomo|soga|horca|bombas?)|balas,?\s+no\s+(?:un\s+)?(?:debates?|"
         r"dialogo|votos|palabras)", False),
        (DEHUMANISING, r"(?:son|es)\s+(?:un|una|como\s+un)\s+(?:tumor|gangrena)|(?:son|es)\s+(?:un|una)\s+"
         r"(?:cancer|plaga)\b[^.!?]{0,40}?(?:extirpa\w*|arranca\w*|elimina\w*|erradica\w*)", False),
        (SEXUAL, r"(?:deberia|tendria\s+que|tiene\s+que|podria)\s+(?:\w+\s+){0,5}?(?:en|con)\s+(?:bikini|"
         r"lenceria|ropa\s+interior|tanga|bragas)|(?:algo\s+)?mas\s+que\s+(?:hacer\s+|llevar\s+|servir\s+)?"
         r"(?:el\s+|un\s+)?cafe|(?:becaria|secretaria|asistente|ella)\b[^.!?]{0,80}?(?:ya\s+me\s+"
         r"entend\w+|no\s+se\s+si\s+me\s+explico)", False),
        (HATE, r"(?:musulmanes|judios|negros|inmigrantes|migrantes|refugiados|gitanos|gays|mujeres|"
         r"extranjeros|arabes)\s+no\s+(?:deberian|deben)\s+(?:tener|poder)\s+(?:el\s+)?(?:derecho\s+(?:a|al)\s+"
         r"voto|derecho\s+a\s+votar|votar)", False),
    ],
    "fr": [
        (THREAT, r"(?:et|ou)\s+tu\s+(?:verras|vas\s+voir)\s+ce\s+qui\s+(?:va\s+)?(?:t'|te\s+|vous\s+)?"
         r"(?:arrive\w*|se\s+passe\w*)|"
         r"continue\s+(?:\S+\s+){0,5}?et\s+tu\s+(?:verras|vas\s+voir|le\s+regretteras)", False),
        (VIOLENCE, r"(?:ont\s+besoin\s+de|meritent|il\s+leur\s+faut)\s+(?:quelques\s+|des\s+|une\s+|un\s+peu\s+"
         r"de\s+)?(?:balles?|plomb|corde|bombes?)|des\s+balles,?\s+pas\s+(?:un\s+|des\s+)?(?:debats?|"
         r"dialogue|votes|mots)", False),
        (DEHUMANISING, r"(?:sont|est)\s+(?:une|un|comme\s+une)\s+(?:tumeur|gangrene)|(?:sont|est)\s+(?:un|une)"
         r"\s+(?:cancer|peste)\b[^.!?]{0,40}?(?:enleve\w*|extirpe\w*|elimine\w*|eradique\w*|arrache\w*)",
         False),
        (SEXUAL, r"(?:devrait|devraient|pourrait|doit)\s+(?:\S+\s+){0,5}?(?:en|avec)\s+(?:bikini|lingerie|"
         r"sous-vetements|string|petite\s+culotte|maillot\s+de\s+bain)|(?:fait|faire)\s+plus\s+que\s+(?:le|"
         r"du|un)\s+cafe|(?:stagiaire|secretaire|assistante|elle)\b[^.!?]{0,80}?si\s+vous\s+voyez\s+ce\s+"
         r"que\s+je\s+veux\s+dire", False),
        (HATE, r"(?:musulmans|juifs|noirs|immigres|migrants|refugies|roms|arabes|homosexuels|femmes|"
         r"etrangers)\s+ne\s+devraient\s+pas\s+avoir\s+(?:le\s+)?droit\s+de\s+vote", False),
    ],
    "de": [
        (THREAT, r"(?:und|sonst)\s+(?:du\s+)?(?:wirst|wirst\s+du)\s+(?:\w+\s+)?sehen,?\s+was\s+(?:mit\s+)?"
         r"(?:dir|deiner|deinen|deinem|ihnen|ihrer)\s+(?:\w+\s+)?passiert|schreib\s+(?:\S+\s+){0,5}?"
         r"weiter\s+und\s+(?:du\s+)?(?:wirst|wirst\s+du)\s+(?:es\s+)?(?:sehen|bereuen|erleben)", False),
        (VIOLENCE, r"(?:brauchen|verdienen)\s+(?:ein\s+paar\s+|einige\s+|eine\s+|ein\s+|den\s+)?(?:kugeln?|"
         r"blei|strick|bomben?)|kugeln,?\s+(?:keine|statt)\s+(?:debatte|worte|dialog|wahlen)", False),
        (DEHUMANISING, r"(?:sind|ist)\s+(?:ein|eine|wie\s+ein)\s+(?:tumor|geschwur|krebsgeschwur|wundbrand)|"
         r"(?:sind|ist)\s+(?:ein|eine)\s+(?:krebs|pest|seuche)\b[^.!?]{0,40}?(?:herausschneid\w*|"
         r"schneidet\s+man\s+\w+|ausrott\w*|beseitig\w*)", False),
        (SEXUAL, r"(?:sollte|sollten|konnte|muss)\s+(?:\S+\s+){0,5}?(?:im|in|mit)\s+(?:bikini|dessous|"
         r"unterwasche|reizwasche|tanga|badeanzug)|macht\s+(?:\S+\s+){0,4}?nicht\s+nur\s+kaffee|mehr\s+als\s+"
         r"(?:nur\s+)?kaffee\s+(?:machen|kochen|bringen)|(?:praktikantin|sekretarin|assistentin|sie)\b"
         r"[^.!?]{0,80}?wenn\s+(?:ihr|sie|du)\s+(?:versteht|verstehen|verstehst)", False),
        (HATE, r"(?:muslime|juden|schwarze|migranten|fluchtlinge|auslander|roma|schwule|frauen|araber)\s+"
         r"(?:sollten|durfen)\s+(?:kein|nicht)\w*\s+(?:wahlrecht|wahlen|stimmrecht)", False),
    ],
    "ru": [
        (THREAT, r"(?:и|а\s+то)\s+(?:ты\s+)?увидишь,?\s+что\s+(?:случится|будет|произойд\w+|станет)\s+"
         r"(?:с\s+)?(?:тобой|твоей|твоим|твоими|твои|вашей|вами)|продолжай\s+(?:\S+\s+){0,5}?и\s+(?:ты\s+)?"
         r"(?:увидишь|пожалеешь)", False),
        (VIOLENCE, r"(?:нужн\w*|не\s+хватает|заслуживают)\s+(?:пар\w+\s+|несколько\s+)?(?:пул\w*|верёвк\w*|"
         r"петл\w*|свинц\w*|бомб\w*)|пул\w+,?\s+а\s+не\s+(?:дебат\w*|разговор\w*|выбор\w*|слов\w*)", False),
        (DEHUMANISING, r"(?:[-—]\s*|это\s+)(?:опухол\w+|гангрен\w+)|(?:рак|чума|зараза)\b[^.!?]{0,40}?"
         r"(?:вырез\w+|выжига\w+|истреб\w+)", False),
        (SEXUAL, r"(?:надо|должна|стоит|пусть)\s+(?:\S+\s+){0,5}?в\s+(?:бикини|белье|нижнем\s+белье|"
         r"купальник\w*|стрингах|чулках)|не\s+только\s+кофе|(?:стажер\w*|секретарш\w*|помощниц\w*|она)\b"
         r"[^.!?]{0,80}?(?:если\s+вы\s+понимаете|понимаете,?\s+о\s+чем\s+я)", False),
        (HATE, r"(?:мусульман\w*|евре\w+|черн\w+|мигрант\w*|беженц\w*|цыган\w*|женщин\w*|иностранц\w*)\s+"
         r"не\s+(?:должны|могут|имеют\s+права)\s+(?:иметь\s+)?(?:права?\s+)?(?:голос\w*)", False),
    ],
    "ar": [
        (THREAT, r"(?:وسترى|سترى|ستشوف|راح\s+تشوف|حتشوف|وترى)\s+(?:ما|ايش|شو|شنو)\s+(?:سيحدث|سيصير|"
         r"راح\s+يصير|يحصل|سيجري)\s+(?:ل|مع)", False),
        (VIOLENCE, r"(?:يحتاجون|يحتاج|يستحقون|يلزمهم|لازمهم)\s+(?:الى\s+)?(?:بضع\s+|بعض\s+|كم\s+)?(?:رصاص|"
         r"رصاصات|رصاصه|حبل|مشنقه|قنابل)|رصاص\S*\s+(?:لا|وليس|مش)\s+(?:الى\s+)?(?:نقاش|حوار|كلام)",
         False),
        (DEHUMANISING, r"(?:هؤلاء|هاولاء|هم)\s+(?:ال\S+\s+)?(?:ورم|اورام|غرغرينا)|(?:سرطان|طاعون|وباء)\S*\s+"
         r"(?:\S+\s+){0,5}?(?:يستاصل|تستاصل|استئصال|يباد|ابادته)", False),
        (SEXUAL, r"(?:تقرا|تقدم|تذيع)\s+(?:\S+\s+){0,3}?(?:بالبكيني|بالبيكيني|بالملابس\s+الداخليه|بملابس\s+"
         r"داخليه|بالمايوه)|اكثر\s+من\s+(?:تحضير|صنع|عمل|تقديم)\s+(?:ال)?قهوه|(?:المتدربه|السكرتيره|"
         r"المساعده)\S*[^.!?]{0,80}?(?:فاهمين\s+قصدي|فاهم\s+قصدي|تفهمون\s+قصدي)", False),
        (HATE, r"(?:المسلمين|اليهود|السود|المهاجرين|اللاجئين|النساء|الاجانب)\s+(?:لا\s+يجب|يجب\s+الا|لا\s+"
         r"ينبغي)\s+(?:ان\s+)?(?:يكون\s+لهم\s+)?(?:حق\s+)?(?:التصويت|يصوتوا)", False),
    ],
    "sr": [
        (THREAT, r"(?:pa|i)\s+(?:ces|cete)\s+(?:da\s+)?(?:videti|vidis|vidite)\s+sta\s+(?:ce\s+)?(?:se\s+)?"
         r"(?:desiti|desava|dogoditi|biti)\s+(?:s\s+)?(?:tobom|tvojoj|tvojom|tvojima|tvojim|vama)|nastavi\s+"
         r"(?:\S+\s+){0,6}?(?:pa|i)\s+(?:ces|cete)\s+(?:videti|zazaliti)", False),
        (VIOLENCE, r"(?:treba|trebaju|zasluzuju)\s+(?:im\s+)?(?:nekoliko\s+|par\s+|malo\s+)?(?:metaka|metak|"
         r"olova|konopac|konopca|omca|bombi)|metaka,?\s+(?:a\s+)?ne\s+(?:rasprav\w+|debat\w+|razgovor\w*)",
         False),
        (DEHUMANISING, r"(?:su|je)\s+(?:kao\s+)?(?:tumor|gangrena)|(?:su|je)\s+(?:rak|kuga)\b[^.!?]{0,40}?"
         r"(?:iseca|iseci|iskoreni\w*|istrebi\w*)", False),
        (SEXUAL, r"(?:trebalo\s+bi|bi\s+trebalo|treba|mogla\s+bi|morala\s+bi)\s+(?:da\s+)?(?:\S+\s+){0,5}?u\s+(?:bikiniju|"
         r"donjem\s+vesu|tangama|kupacem)|(?:kuva|kuvati|pravi|nosi)\s+(?:\S+\s+)?samo\s+kafu|(?:praktikant\w*|"
         r"sekretaric\w*|asistentkinj\w*|ona)\b[^.!?]{0,80}?(?:ako\s+razumete|ako\s+me\s+razumete|znate\s+"
         r"na\s+sta\s+mislim)", False),
        (HATE, r"(?:muslimani|jevreji|crnci|migranti|izbeglice|cigani|romi|zene|stranci|albanci)\s+ne\s+"
         r"(?:bi\s+smeli|treba|smeju)\s+(?:da\s+)?(?:imaju\s+)?(?:pravo\s+glasa|glasaju|glasati)", False),
    ],
}
# fmt: on

VEILED: dict[str, list[Rule]] = {
    code: first + MORE[code]
    for code, first in {
        "en": EN,
        "es": ES,
        "fr": FR,
        "de": DE,
        "ru": RU,
        "ar": AR,
        "sr": SR,
    }.items()
}
