"""The shapes of threats and harassment in German, over folded text (see folding.py)."""

from newsroom.moderation.threat_rules.kinds import (
    DEHUMANISING,
    HARASSMENT,
    HATE,
    SELF_HARM,
    SEXUAL,
    THREAT,
    VIOLENCE,
    Rule,
)

# fmt: off
_DE_FAMILY = (
    r"(?:deine|eure|ihre)\s+(?:familie|kinder|frau|tochter|mutter|schwester|eltern|"
    r"freundin)|dein(?:en)?\s+(?:sohn|mann|kind|bruder|vater)"
)
_DE_VERMIN = (
    r"(?:ungeziefer|parasiten|tiere|ratten|kakerlaken|schadlinge|lause|zecken|affen|"
    r"schweine|untermenschen|viecher|bestien|wilde|heuschrecken|maden|"
    r"eine\s+(?:seuche|plage|krankheit|pest)|ein\s+(?:krebsgeschwur|virus|geschwur)|"
    r"keine\s+(?:richtigen\s+)?menschen|weniger\s+wert\s+als\s+tiere)"
)
DE: list[Rule] = [
    (HATE, r"(?:alle\s+)?(?:muslime|juden|schwarze|neger|migranten|auslander|fluchtlinge|roma|"
     r"zigeuner|schwule|araber|afrikaner|asiaten|turken|trans\w*)\s+sind\s+(?:alle\s+|nur\s+|"
     r"doch\s+)?(?:kriminelle|kriminell|vergewaltiger|terroristen|diebe|invasoren|dreckig|"
     r"minderwertig|wilde|eine\s+gefahr)|(?:muslime|juden|schwarze|migranten|auslander|"
     r"fluchtlinge|roma|schwule|araber|frauen)\s+(?:sollten|durfen|sollen)\s+(?:nicht|kein\w*)\s+"
     r"(?:\w+\s+){0,2}?(?:wahlen|leben|existieren|heiraten|arbeiten|kinder\s+bekommen)\s*"
     r"(?:durfen)?", False),
    (THREAT, r"du\s+bist\s+(?:als\s+)?(?:der\s+|die\s+)?nachste\b|(?:man\s+findet|finden\s+wir|"
     r"findet\s+man)\s+dich\s+(?:\w+\s+){0,3}?(?:im|in\s+der|in\s+einem|unter)\s+(?:fluss|kanal|"
     r"graben|wald|see)|(?:ware|waer)\s+(?:doch\s+)?schade,?\s+wenn\s+(?:die\s+bremsen|dein|"
     r"deine|deinem|deiner|deinen|euer|eure)", False),
    (VIOLENCE, r"(?:jemand|man|einer)\s+(?:sollte|muss|musste|soll)\s+(?:\w+\s+){0,4}?(?:mit\s+dem\s+"
     r"(?:baseballschlager|hammer|messer|knuppel)|die\s+(?:beine|knochen|fresse|nase)\s+brechen)|"
     r"man\s+(?:sollte|muss|musste|soll)\s+(?:\w+\s+){0,5}?(?:aufknupfen|aufhangen|erschiessen|"
     r"abknallen|vergasen|lynchen|hinrichten)|(?:am|an\s+den|an\s+die)\s+(?:nachsten\s+)?"
     r"(?:baum|baumen|laterne|laternen)\s+(?:\w+\s+)?(?:aufknupfen|aufhangen|hangen|baumeln)",
     False),
    (SEXUAL, r"(?:nackt|oben\s+ohne)\s+(?:zu\s+)?sehen|(?:hinknien|auf\s+die\s+knie|knie\s+dich)\b|"
     r"da\s+gehort\s+sie\s+hin", False),
    (HARASSMENT, r"(?:erbarmlicher|jammerlicher|armseliger|kleiner)\s+(?:versager|wicht|loser|"
     r"nichtsnutz)|(?:deine|eure)\s+(?:mutter|eltern|familie)\s+schamt?\s+sich\s+fur\s+dich",
     False),
    (HATE, r"(?:genetisch|biologisch|von\s+natur\s+aus|rassisch)\s+(?:minderwertig\w*|weniger\s+"
     r"intelligent|dummer|unterlegen|gewalttatiger|krimineller)|minderwertige\s+(?:rasse|"
     r"menschen|volker)|untermenschen", False),
    (HARASSMENT, r"(?:alle|jeder)\s+(?:hassen|hasst|verachten|verachtet)\s+dich|(?:keiner|niemand)\s+"
     r"(?:mag|liebt|will|vermisst|braucht)\s+dich|du\s+bist\s+(?:nichts\s+wert|wertlos|ein\s+"
     r"wertloses|ein\s+nichts|abschaum)|verschwendung\s+von\s+sauerstoff|die\s+welt\s+"
     r"ware\s+besser\s+ohne\s+dich", False),
    (THREAT, r"(?:ich|wir)\s+(?:werde|werden|will|wollen)\s+(?:dich|euch)\s+(?:\w+\s+){0,3}?"
     r"(?:umbringen|abstechen|erschiessen|abknallen|toten|kaltmachen|aufschlitzen|"
     r"vergewaltigen|erwurgen|abschlachten|aufhangen)|(?:ich|wir)\s+(?:bring(?:e|en)?|"
     r"stech(?:e|en)?|knall(?:e|en)?|mach(?:e|en)?)\s+(?:dich|euch)\s+(?:\w+\s+){0,3}?"
     r"(?:um|ab|kalt|tot)\b", True),
    (THREAT, r"(?:ich|wir)\s+(?:werde|werden|will|wollen|kriege|kriegen|finde|finden|"
     r"schlage|schlagen|hole|holen|besuche|besuchen)\s+(?:dich|euch|ihn|sie)\s+(?:\w+\s+){0,3}?"
     r"(?:finden|kriegen|verprugeln|zusammenschlagen|fertigmachen|besuchen|holen|"
     r"zusammen|fertig|krankenhausreif|windelweich|noch|schon|bald|irgendwann)\b(?!\s+"
     r"(?:interessant|gut|spannend|toll|uberzeugen))", False),
    (THREAT, r"(?:schlage|schlagen|bringe|bringen|steche|stechen|knalle|knallen|mache|machen|"
     r"prugle|prugeln|hau|haue|hauen)\s+(?:ich|wir)\s+dich\s+(?:\w+\s+){0,2}?(?:krankenhausreif|"
     r"tot|um|ab|kalt|zusammen|windelweich|fertig|platt|grun\s+und\s+blau)\b", False),
    (THREAT, r"(?:ich|wir)\s+(?:weiss|wissen|kenne|kennen)\s+(?:genau\s+|ganz\s+genau\s+)?"
     r"(?:wo\s+(?:du|ihr|deine\s+\w+|dein\s+\w+)\s+(?:wohnst|wohnt|wohnen|lebst|lebt|"
     r"arbeitest|arbeitet|schlafst|schlaft|zur\s+schule\s+geh\w+)|deine\s+adresse)|(?:ich|wir)\s+"
     r"(?:habe|haben|hab)\s+(?:jetzt\s+|schon\s+)?deine\s+adresse", False),
    (THREAT, r"pass\s+(?:bloss|lieber|gut|ja)\s+auf\s+(?:dich\s+)?auf|pass\s+(?:bloss|lieber|"
     r"nur|ja)\s+auf,?\s+wenn\s+du|du\s+bist\s+(?:so\s+gut\s+"
     r"wie\s+|schon\s+)?tot\b|deine\s+tage\s+sind\s+gezahlt|das\s+wirst\s+du\s+(?:bereuen|"
     r"bussen|bezahlen)|du\s+wirst\s+(?:es\s+)?(?:bereuen|bussen|leiden|dafur\s+bezahlen)|"
     r"wir\s+kriegen\s+dich|wir\s+finden\s+dich|dreh\s+dich\s+lieber\s+um", False),
    (THREAT, r"(?:" + _DE_FAMILY + r")\s+(?:\w+\s+)?(?:wird|werden|konnte|konnten)\s+"
     r"(?:\w+\s+)?(?:bezahlen|leiden|bussen|dran\s+glauben|die\s+nachsten\s+sein)|"
     r"(?:umbringen|finden|besuchen|vergewaltigen|anzunden|holen)\s+.{0,20}?(?:"
     r"" + _DE_FAMILY + r")|(?:" + _DE_FAMILY + r")\s+(?:\w+\s+){0,3}?(?:umbringen|"
     r"vergewaltigen|abstechen|anzunden|besuchen)", False),
    (VIOLENCE, r"(?:jemand|man|einer|irgendwer|irgendjemand)\s+(?:sollte|muss|musste|soll|"
     r"muesste)\s+(?:\w+\s+){0,4}?(?:erschiessen|abknallen|aufhangen|umbringen|toten|"
     r"vergasen|verbrennen|anzunden|erschlagen|lynchen|abstechen|an\s+die\s+wand\s+stellen|"
     r"hinrichten|aufknupfen|abschlachten|vergewaltigen|abfackeln|wegballern)", False),
    (VIOLENCE, r"(?:gehoren|gehort|sollten|sollte|musste|mussten|muss|mussen|man\s+sollte)\s+"
     r"(?:alle\s+|sie\s+|die\s+|ihn\s+)?(?:\w+\s+){0,3}?(?:erschossen|aufgehangt|vergast|"
     r"verbrannt|erschlagen|gelyncht|hingerichtet|umgebracht|getotet|an\s+die\s+wand\s+"
     r"gestellt|aufgeknupft|ausgerottet|vernichtet|abgeknallt|an\s+die\s+wand|"
     r"vergewaltigt)\b", False),
    (VIOLENCE, r"(?:sollte|sollten|muss|musste|mussten|muesste)\s+man\s+(?:sie\s+|ihn\s+|alle\s+)?"
     r"(?:\w+\s+){0,2}?(?:aufhangen|erschiessen|abknallen|umbringen|toten|vergasen|"
     r"verbrennen|erschlagen|lynchen|abstechen|hinrichten|aufknupfen|ausrotten|an\s+die\s+wand"
     r"\s+stellen)\b", False),
    (VIOLENCE, r"(?:verdient|verdienen)\s+(?:es\s+)?(?:\w+\s+)?(?:zu\s+sterben|den\s+tod|"
     r"eine\s+kugel|erschossen\s+zu\s+werden|aufgehangt\s+zu\s+werden)|(?:hoffentlich|ich\s+"
     r"hoffe|hoffe)\s+(?:,\s*)?(?:\w+\s+){0,6}?(?:stirbt|sterben|verreckt|verrecken|krepiert|"
     r"krepieren|erschossen|vergewaltigt|abgestochen|verbrennt|verbrennen|uberfahren|"
     r"totgefahren|erschlagen|zusammengeschlagen)|tod\s+(?:allen|"
     r"den)\s+\w+", False),
    (VIOLENCE, r"(?:zundet|zunden|fackelt|fackeln|brennt|brennen|sprengt|sprengen|stecken|"
     r"steckt)\s+(?:die|das|ihre|ihr|ihnen\s+die|jede|jedes)\s+(?:\w+\s+)?(?:moschee|"
     r"moscheen|synagoge|synagogen|heim|heime|unterkunft|unterkunfte|haus|hauser|kirche|"
     r"redaktion|buro)\s+(?:an|ab|nieder|in\s+die\s+luft|in\s+brand)", False),
    (SELF_HARM, r"bring\s+dich\s+(?:doch\s+|endlich\s+|einfach\s+)?(?:selbst\s+)?um|"
     r"(?:erhang|erhange|erschiess|erschiesse)\s+dich|spring\s+(?:doch\s+)?(?:von\s+(?:der|"
     r"einer)\s+brucke|vor\s+(?:den|einen)\s+zug)|geh\s+(?:doch\s+)?sterben|"
     r"(?:verreck|verrecke|stirb|krepier|krepiere)\s+(?:doch|endlich|einfach)", True),
    (DEHUMANISING, r"\b\w+\b[\w\s-]{0,40}?\b(?:sind|seid)\s+"
     r"(?:doch\s+|nur\s+|alle\s+|einfach\s+|wie\s+|nichts\s+als\s+|nichts\s+anderes\s+als\s+|"
     r"keine\s+menschen,?\s+sondern\s+|schlimmer\s+als\s+|echte\s+|dreckige\s+|widerliche\s+|"
     r"richtige\s+)*" + _DE_VERMIN + r"\b", False),
    (DEHUMANISING, r"vermehren\s+sich\s+wie\s+(?:die\s+)?(?:ratten|karnickel|kaninchen|"
     r"kakerlaken|fliegen)|(?:ausrotten|ausmerzen|vernichten|vergasen)\s+(?:wie\s+"
     r"ungeziefer|diese\s+\w+|die\s+alle|alle\s+\w+)|(?:uberschwemmen|verseuchen|befallen)\s+"
     r"(?:unser|unsere|das|die|deutschland)", False),
    (SEXUAL, r"(?:ich\s+wurde|ich\s+will|ich\s+mochte|wurde\s+ich|will\s+ich|mochte\s+ich|"
     r"ich\s+wurd)\s+(?:die|sie|dich|ihn|der|diese|gern|gerne|so)?\s*(?:\w+\s+){0,4}?(?:ficken|bumsen|vogeln|nageln|"
     r"flachlegen|besteigen|durchnehmen|betatschen|ausziehen|knallen|rannehmen)", False),
    (SEXUAL, r"(?:ihre|deine|eure|geile|schone|dicke|pralle|geilen|schonen|was\s+fur)\s+"
     r"(?:titten|bruste|mopse|arsch|hintern|euter|nippel)|(?:hoch|nach\s+oben)\s*geschlafen|"
     r"hochschlafen|(?:zeig|zeigt|zeigen\s+sie)\s+(?:uns|mir)\s+(?:mal\s+)?(?:deine|ihre|"
     r"eure)\s+(?:titten|bruste|mopse|arsch)|(?:blast|blas|blasen)\s+(?:mir|uns)\s+einen|"
     r"lutsch\s+(?:meinen|mir)", False),
    (SEXUAL, r"im\s+bett\s+(?:eine\s+|ein\s+)?(?:granate|tier|wucht|bombe|geil|rakete|"
     r"hammer|sau)|(?:granate|tier|bombe|rakete)\s+im\s+bett", False),
    (SEXUAL, r"(?:die|diese|eine|so\s+eine)\s+(?:journalistin|moderatorin|reporterin|"
     r"ministerin|politikerin|tussi|schnitte|autorin|burgermeisterin)\s+(?:ist\s+)?(?:echt\s+|"
     r"ganz\s+schon\s+|so\s+|richtig\s+)?(?:geil|heiss|fickbar|scharf|sexy|notgeil)|"
     r"(?:sie|die)\s+braucht\s+(?:mal\s+)?(?:einen\s+)?(?:richtigen\s+)?(?:mann|schwanz|"
     r"fick)", False),
]

# fmt: on
