"""The shapes of threats and harassment in Serbian, over folded text: Latin letters without diacritics (Cyrillic is transliterated first)."""

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
_SR_HARM = (
    r"(?:ubiti|ubijem|ubijemo|zaklati|zakoljem|zakoljemo|naci|nadjem|nadjemo|prebiti|"
    r"prebijem|zapaliti|zapalim|upucati|upucam|silovati|silujem|srediti|sredim|razbiti|"
    r"razbijem|iseci|isecem|polomiti|polomim|zadaviti|zadavim|izbosti|izbodem)"
)
_SR_FAMILY = (
    r"(?:tvoju|tvoje|tvog|tvojoj|tvojima|vasu|vase)\s+(?:porodicu|familiju|decu|djecu|"
    r"zenu|majku|mater|sestru|cerku|kcer|sina|roditelje|bliznje)"
)
_SR_VERMIN = (
    r"(?:gamad|paraziti|zivotinje|pacovi|stakori|bubasvabe|zohari|vaske|krpelji|pijavice|"
    r"majmuni|svinje|psi|zveri|zvijeri|divljaci|kuga|zaraza|rak\s+rana|virus|podljudi|"
    r"stoka|nakot|okot|beštije|bestije|insekti|crvi|nisu\s+ljudi)"
)
SR: list[Rule] = [
    (HATE, r"(?:svi\s+)?(?:muslimani|jevreji|crnci|migranti|izbeglice|cigani|romi|pederi|"
     r"gejevi|arapi|albanci|siptari|hrvati|bosnjaci|stranci)\s+su\s+(?:svi\s+|samo\s+|obicni\s+)?"
     r"(?:kriminalci|silovatelji|teroristi|lopovi|osvajaci|prljavi|inferiorni|divljaci|pretnja)|"
     r"(?:muslimani|jevreji|crnci|migranti|cigani|romi|pederi|zene|stranci|albanci)\s+(?:ne\s+bi\s+"
     r"smeli|ne\s+smeju|ne\s+treba)\s+(?:da\s+)?(?:glasaju|glasati|zive|ziveti|postoje|se\s+zene|"
     r"rade|imaju\s+decu)", False),
    (THREAT, r"(?:bices|ti\s+si)\s+sledec(?:i|a)\b|sledec\w+\s+(?:koga|kog|kojeg|koju)\s+(?:izvuku|"
     r"nadju|pronadju|pecaju)|steta\s+bi\s+bilo\s+(?:da|ako)\s+(?:otkazu|ti\s+se|se\s+nesto|"
     r"tvoj|tvoja|tvoje)", False),
    (VIOLENCE, r"(?:neko|netko|treba|trebalo\s+bi)\s+(?:da\s+)?(?:\w+\s+)?(?:polomi|slomi|razbije|"
     r"polomiti|slomiti|razbiti)\s+(?:\w+\s+)?(?:noge|ruke|kosti|glavu|vilicu|zube)|(?:obesiti|"
     r"objesiti)\s+(?:\w+\s+){0,3}?(?:o|na)\s+(?:prvo|prvu|najblize)\s+(?:drvo|banderu|stub)",
     False),
    (SEXUAL, r"(?:vidim|videti|vidjeti|gledam|gledati)\s+(?:\w+\s+){0,3}?(?:golu|nagu|bez\s+"
     r"odece|u\s+donjem\s+vesu)|(?:klekne|klekni|kleknuti)\b", False),
    (HARASSMENT, r"(?:jadni|bedni|pateticni|jadan|bedan)\s+(?:gubitnik|luzer|promasaj|bednik)|"
     r"(?:majka|mama|porodica|roditelji)\s+(?:te\s+se\s+)?(?:stidi|srami|stide)", False),
    (HATE, r"(?:genetski|bioloski|po\s+prirodi|od\s+rodjenja)\s+(?:manje\s+inteligentn\w+|"
     r"glupl?j?i|inferiorn\w+|nizi|niza|nasilnij\w+|kriminaln\w+)|(?:niza|inferiorna|nize)\s+"
     r"(?:rasa|rase|vrsta|soj)", False),
    (HARASSMENT, r"svi\s+te\s+(?:mrze|preziru)|niko\s+te\s+ne\s+(?:voli|podnosi|zeli|bi\s+"
     r"zalio)|ti\s+si\s+(?:(?:obicno|bezvredno|jedno)\s+)?(?:govno|smece|nula|nista|"
     r"bezvredn\w+|ološ|olos)|svet\s+bi\s+bio\s+bolji\s+bez\s+tebe", False),
    (THREAT, r"(?:ubicu|ubicemo|zaklacu|zaklacemo|upucacu|silovacu|zadavicu|izbocu)\s+(?:te|"
     r"vas|tebe)\b|(?:cu|cemo|cu\s+da|cemo\s+da)\s+te\s+(?:ubijem|ubijemo|zakoljem|"
     r"zakoljemo|upucam|silujem|zadavim|izbodem|ubiti|zaklati|upucati|silovati)|(?:ja\s+cu|"
     r"mi\s+cemo)\s+te\s+(?:\w+\s+)?(?:ubiti|zaklati|upucati|silovati|zadaviti)", True),
    (THREAT, r"(?:nacicu|nacicemo|naci\s+cu|naci\s+cemo|prebicu|prebicemo|zapalicu|"
     r"zapalicemo|sredicu|sredicemo|razbicu|razbicemo|isecicu|polomicu|polomicemo|"
     r"skinucu|docekacu|docekacemo|posetiti\s+cu|posjeticu)\s+(?:te|vas|ga|je|tebe|vam|"
     r"tvoju|tvoje|tvog)\b|(?:cu|cemo|cu\s+da|cemo\s+da)\s+te\s+" + _SR_HARM, False),
    (THREAT, r"(?:znam|znamo)\s+(?:tacno\s+|dobro\s+)?(?:gde|gdje|di)\s+(?:zivis|zivite|"
     r"radis|spavas|stanujes|ti\s+\w+\s+(?:ide|idu|zive))|(?:znam|znamo|imam|imamo)\s+"
     r"tvoju\s+adresu", False),
    (THREAT, r"mrtav\s+si|mrtva\s+si|dani\s+su\s+ti\s+odbrojani|platices\s+(?:mi\s+)?(?:za\s+"
     r"to|za\s+ovo|glavom|skupo)|skupo\s+ces\s+(?:to\s+)?platiti|gledaj\s+iza\s+sebe|doci\s+cemo\s+"
     r"po\s+tebe|doci\s+cu\s+po\s+tebe|dolazimo\s+po\s+tebe", False),
    (THREAT, r"(?:tvoja|tvoji|tvoje|vasa|vasi|vase)\s+(?:porodica|familija|deca|djeca|zena|majka|"
     r"sestra|cerka|kcerka|sin|roditelji)\s+(?:ce|ce\s+ti|ce\s+vam)\s+(?:to\s+)?(?:platiti|"
     r"patiti|nastradati|zazaliti|biti\s+sledec\w+)", False),
    (THREAT, _SR_HARM + r"\s+(?:\w+\s+)?" + _SR_FAMILY + r"|" + _SR_FAMILY + r"\s+(?:\w+\s+)?"
     r"(?:ce\s+platiti|ce\s+patiti|ce\s+nastradati|je\s+sledeca|su\s+sledeci|ce\s+"
     r"zazaliti)", False),
    (VIOLENCE, r"(?:neko|netko|treba|trebalo\s+bi|trebao\s+bi|moramo|mora|treba\s+ih|treba\s+ga|"
     r"treba\s+je|sve\s+ih\s+treba|trebalo\s+bi\s+ih)\s+(?:\w+\s+){0,2}?(?:ubiti|ubije|pobiti|"
     r"streljati|strijeljati|obesiti|objesiti|spaliti|zaklati|zakolje|upucati|lincovati|"
     r"istrebiti|likvidirati|pogubiti|poklati|pobiti)", False),
    (VIOLENCE, r"(?:zasluzuje|zasluzuju|zasluzili|zasluzio|zasluzila)\s+(?:da\s+)?(?:smrt|"
     r"metak|metak\s+u\s+celo|da\s+umr\w+|da\s+crkn\w+|da\s+ih\s+\w+|da\s+ga\s+\w+|vesala|"
     r"vjesala)|(?:nadam\s+se\s+da|dabogda|daj\s+boze\s+da)\s+(?:\w+\s+){0,3}?(?:crkne|crknu|"
     r"crknes|umre|umru|umres|pogine|poginu|izgori|izgore|strada|stradaju|crkao|crko|"
     r"umro|crkla|izgoreo|izgorela|pregazi|pregaze|pregaziti|zgazi|udari\s+auto)|smrt\s+\w+(?:ima|ama)\b|"
     r"(?:uza|uz)\s+zid\s+(?:ih|ga|sa\s+njima|s\s+njima|sa\s+svim|sa\s+svima|s\s+svim|sve)|"
     r"(?:zapaliti|zapalite|dici\s+u\s+vazduh|dignite\s+u\s+vazduh|razrusiti|srusite)\s+"
     r"(?:im\s+)?(?:tu\s+|njihovu\s+|njihove\s+)?(?:dzamiju|dzamije|crkvu|crkve|sinagogu|redakciju|kucu|kuce)",
     False),
    (SELF_HARM, r"(?:ubij\s+se|obesi\s+se|objesi\s+se|skoci\s+(?:sa|s)\s+(?:mosta|zgrade|"
     r"krova)|idi\s+(?:i\s+)?(?:crkni|umri|se\s+ubij)|umri\s+vec|crkni\s+(?:vise|vec|"
     r"dabogda))", True),
    (DEHUMANISING, r"\b\w+\b[\w\s]{0,40}?\b(?:su|"
     r"je)\s+(?:samo\s+|obicni\s+|obicne\s+|kao\s+|prave\s+|pravi\s+|sve\s+|prljavi\s+|"
     r"prljave\s+|obicna\s+|nista\s+nego\s+|gori\s+od\s+)*" + _SR_VERMIN + r"\b|"
     r"(?<!\w)gamad(?!\w)|(?<!\w)\w+\s+nisu\s+ljudi\b", False),
    (DEHUMANISING, r"(?:razmnozavaju|mnoze|kote|plode)\s+se\s+kao\s+(?:pacovi|zecevi|"
     r"bubasvabe|zohari|kunici)|(?:istrebiti|ocistiti\s+zemlju\s+od|iskoreniti)\s+(?:tu\s+|"
     r"svu\s+tu\s+|ove\s+|njih)", False),
    (SEXUAL, r"(?:jebao|jebo|tucao|karao|kresao|povalio|pojebao|raspalio)\s+bih\s+(?:je|ga|"
     r"tu|te|nju|tebe|ovu)|bih\s+(?:je|te|ovu|tu)?\s*(?:\w+\s+)?(?:jebao|jebo|tucao|karao|"
     r"kresao|povalio|pojebao)", False),
    (SEXUAL, r"(?:njene|tvoje|kakve|dobre|velike|lepe|lijepe|one)\s+(?:sise|cice|sisice)|"
     r"(?:njeno|tvoje|kakvo|dobro|lepo)\s+dupe|(?:njenu|tvoju|kakvu|dobru)\s+guzu|"
     r"(?:spavala|spava|legla|spavao)\s+(?:je\s+)?(?:sa|s)\s+(?:sefom|direktorom|urednikom|ministrom|"
     r"producentom)|(?:preko|kroz)\s+kreveta?|na\s+kolena\s+(?:preda\s+mnom|ispred\s+mene)|"
     r"popusi\s+mi|rasiri\s+noge|(?:pokazi|pokazite)\s+(?:nam\s+|mi\s+)?(?:sise|cice|dupe|"
     r"guzu)", False),
    (SEXUAL, r"(?:zver|zvijer|vatra|bomba|dobra|luda|masina)\s+u\s+krevetu|u\s+krevetu\s+"
     r"(?:je\s+)?(?:zver|vatra|bomba)", False),
    (SEXUAL, r"(?:ova|ta|ona)\s+(?:novinarka|voditeljka|ministarka|poslanica|riba|zenska|"
     r"reporterka|autorka|gradonacelnica)\s+(?:je\s+)?(?:bas\s+|tako\s+|bas\s+dobra\s+)?"
     r"(?:dobra\s+riba|seksi|za\s+jebanje|dobra\s+za\s+\w+|zgodna\s+za\s+\w+|napaljena)",
     False),
]

# fmt: on
