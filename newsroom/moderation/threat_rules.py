"""The shapes of threats and harassment in each language, as regular expressions over
folded text (lower case, no accents; Serbian in Latin letters; Arabic without short
vowels, with ا for every alef and ه for taa marbuta; see folding.py).

Each rule is (kind, pattern, clearest): `clearest` rejects (an explicit "I will kill
you"), the rest hold for a moderator. Rules look for the shape of the sentence - who
does what to whom - rather than for strong words, which threats rarely need. The kinds:

- threat: the writer will harm the reader or someone close to them;
- violence: a call for others to be killed or hurt, or a wish that they were;
- self_harm: telling someone to kill themselves;
- dehumanising: a group of people called vermin, animals, a disease;
- sexual: sexual remarks about a person;
- harassment: telling a person they are worthless and hated;
- hate: a group of people called inferior by birth.
"""

THREAT, VIOLENCE, SELF_HARM, DEHUMANISING, SEXUAL, HARASSMENT, HATE = (
    "threat",
    "violence",
    "self_harm",
    "dehumanising",
    "sexual",
    "harassment",
    "hate",
)

# fmt: off
Rule = tuple[str, str, bool]

# --- English -------------------------------------------------------------------------

_EN_I_WILL = (
    r"(?:i\s*'?ll|i\s+will|i\s*'?m\s+(?:going\s+to|gonna)|i\s+am\s+(?:going\s+to|gonna)|"
    r"i\s+gonna|i\s+shall|we\s*'?ll|we\s+will|we\s*'?re\s+(?:going\s+to|gonna)|"
    r"we\s+are\s+(?:going\s+to|gonna))\s+(?:\w+\s+)?"
)
_EN_KILL = (
    r"(?:kill|murder|shoot|stab|slit|strangle|choke|hang|lynch|behead|gut|bury|butcher|"
    r"rape|torture|burn|cut|beat|hurt|break|smash|run\s+over|blow\s+up|put\s+a\s+bullet\s+in|"
    r"hunt|come\s+for|come\s+after|get|visit|find)"
)
_EN_YOU = (
    r"(?:you|u|ya|yourself|your\s+(?:family|kids|children|wife|husband|mother|mum|mom|"
    r"daughter|son|sister|brother|face|head|throat|skull|legs|house|home))"
)
_EN_GROUP = r"(?:they|them|these|those|all|the\s+\w+|\w+s|people\s+like\s+\w+)"
_EN_VERMIN = (
    r"(?:vermin|parasites?|animals|rats|cockroaches|roaches|insects|lice|leeches|maggots|"
    r"apes|monkeys|pigs|dogs|beasts|savages|subhumans?|sub-humans?|locusts|termites|"
    r"a\s+(?:disease|plague|cancer|virus|infestation|pest|pestilence|cancerous\s+\w+)|"
    r"an\s+infestation|not\s+(?:even\s+)?(?:really\s+)?human|less\s+than\s+human)"
)
_EN_SEX_VERB = (
    r"(?:fuck|bang|shag|screw|ride|smash|pound|nail|lick|grope|spank|undress|tap|"
    r"bend\s+\w+\s+over)"
)
_EN_PERSON = (
    r"(?:her|him|you|u|(?:this|that)\s+(?:reporter|journalist|presenter|woman|girl|lady|mp|"
    r"author|anchor|minister|mayor)|"
    r"the\s+(?:reporter|journalist|presenter|anchor|author|writer|minister|mayor|mp))"
)
EN: list[Rule] = [
    (HATE, r"(?:all\s+)?(?:the\s+)?(?:muslims|jews|blacks|black\s+people|immigrants|migrants|refugees|"
     r"gypsies|roma|gays|homosexuals|trans\s+people|arabs|africans|asians|mexicans|chinese|"
     r"indians|pakistanis|foreigners|christians|hindus)\s+(?:are|r)\s+(?:all\s+|just\s+|nothing\s+"
     r"but\s+|basically\s+)?(?:criminals|rapists|terrorists|thieves|invaders|diseased|dirty|"
     r"filthy|subhuman|savages|inferior|a\s+threat\s+to\s+(?:our|the)\s+\w+)|(?:muslims|jews|"
     r"blacks|black\s+people|immigrants|migrants|refugees|gypsies|roma|gays|trans\s+people|arabs|"
     r"women|foreigners)\s+(?:should\s*n'?t|should\s+not|must\s+not|must\s*n'?t)\s+be\s+"
     r"allowed\s+to\s+(?:vote|live|exist|breed|marry|work|have\s+children)|"
     r"(?:muslims|jews|blacks|black\s+people|gypsies|roma|gays|trans\s+people|arabs)\s+"
     r"(?:do\s*n'?t|do\s+not)\s+belong\s+(?:here|in\s+(?:this|our)\s+\w+)", False),
    (THREAT, r"you\s*(?:'ll|\s+will)\s+be\s+(?:the\s+)?next\b(?!\s+(?:in\s+line|to\s+speak|up|week|year|time))|"
     r"(?:the\s+)?next\s+one\s+(?:they|we|the\s+police)\s+(?:find|fish|pull|drag)|"
     r"(?:be|it'?d\s+be|would\s+be)\s+a\s+(?:real\s+)?shame\s+if\s+(?:your|the|those|that)\s+"
     r"(?:brakes|car|house|kids|family|wife|windows|tyres|dog)", False),
    (VIOLENCE, r"(?:someone|somebody|anyone|people|we)\s+(?:should|needs?\s+to|ought\s+to|has\s+to|"
     r"must|gotta)\s+(?:\w+\s+)?(?:break\s+(?:his|her|their|that\s+\w+'s)\s+(?:legs|neck|face|jaw|"
     r"arms|skull|nose|knees)|take\s+a\s+(?:baseball\s+)?(?:bat|hammer|knife|axe|crowbar|brick)\s+"
     r"to|kneecap|beat\s+(?:\w+\s+){0,2}?(?:up|senseless|to\s+death)|smash\s+(?:his|her|their)\s+"
     r"face)|(?:hang|string\s+up|lynch)\s+(?:\w+\s+){0,4}?(?:from|on)\s+(?:the\s+)?(?:nearest\s+)?"
     r"(?:tree|trees|lamp\s*posts?|lampposts?|gallows)", False),
    (SEXUAL, r"(?:see|seeing|watch|watching)\s+(?:her|that\s+\w+(?:\s+\w+)?|the\s+\w+(?:\s+\w+)?|"
     r"this\s+\w+(?:\s+\w+)?)\s+(?:naked|nude|topless|undressed|in\s+(?:her\s+)?underwear)|"
     r"(?:get|go|down|back)\s+on\s+(?:her|your|their)\s+knees|where\s+(?:she|women)\s+belongs?",
     False),
    (HARASSMENT, r"(?:pathetic|sad|miserable|worthless)\s+(?:little\s+)?(?:loser|failure|nobody|"
     r"creature|excuse\s+for)|(?:your|ur)\s+(?:mother|mum|mom|parents|family|father|dad)\s+"
     r"(?:is|are|must\s+be)\s+(?:so\s+)?ashamed\s+of\s+you", False),
    (HATE, r"(?:genetically|biologically|naturally|racially|innately)\s+(?:inferior|less\s+"
     r"intelligent|stupider|dumber|subhuman|more\s+violent|criminal)|(?:inferior|lesser|"
     r"subhuman)\s+(?:race|races|breed|people|stock)|(?:are|is)\s+(?:an\s+)?inferior\s+(?:race|"
     r"people|breed)|less\s+intelligent\s+by\s+(?:nature|birth|genetics)", False),
    (HARASSMENT, r"(?:everyone|everybody|the\s+whole\s+\w+)\s+(?:hates|despises)\s+you|"
     r"(?:nobody|no\s+one|no-one)\s+(?:likes|loves|wants|would\s+miss|will\s+miss|cares\s+about)"
     r"\s+you|(?:world|we|everyone)\s+would\s+be\s+better\s+(?:off\s+)?without\s+you|"
     r"waste\s+of\s+(?:space|oxygen|skin|air)|you\s*(?:'re|\s+are|r)\s+(?:a\s+)?(?:worthless|"
     r"useless\s+piece|pathetic\s+excuse|nobody\s+and)", False),
    (THREAT, _EN_I_WILL + r"(?:kill|murder|shoot|stab|strangle|slit\s+the\s+throat\s+of|"
     r"behead|rape|butcher)\s+(?:you|u|ya|your\s+\w+)\b", True),
    (THREAT, _EN_I_WILL + _EN_KILL + r"\s+" + _EN_YOU + r"(?!\s+(?:a|an|the|some|that|"
     r"this|more|out|on|in|up|back|there|here|with|to|at|by|through|over|wrong|right)\b)"
     r"(?!\s*'s)", False),
    (THREAT, r"(?:i|we)\s+know\s+where\s+(?:you|u|your\s+\w+(?:\s+\w+)?)\s+(?:live|work|"
     r"sleep|go|are|hang|park|stay|drink|eat|study|pray)", False),
    (THREAT, r"(?:i|we)\s*(?:'ve|\s+have)?\s+(?:know|got|have|found)\s+your\s+(?:home\s+)?"
     r"(?:address|number\s+plate|car)", False),
    (THREAT, r"you\s*(?:'ll|will|are\s+going\s+to|'re\s+going\s+to|'re\s+gonna|gonna)\s+"
     r"(?:be|end\s+up)\s+(?:dead|in\s+a\s+(?:ditch|body\s+bag|coffin|grave|box|wheelchair)|"
     r"in\s+(?:the\s+)?hospital|six\s+feet\s+under|sorry\s+you\s+were\s+born)", False),
    (THREAT, r"watch\s+your\s+back|sleep\s+with\s+one\s+eye\s+open|won'?t\s+see\s+it\s+"
     r"coming|your\s+days\s+are\s+numbered|dead\s+man\s+walking|you\s+(?:are|'re|r)\s+a\s+"
     r"dead\s+(?:man|woman)|(?:you|u)\s*(?:'re|are|r)\s+(?:so\s+)?dead\s*(?:[.!]|$)", False),
    (THREAT, r"(?:i|we)\s*(?:'ll|will)\s+be\s+waiting\s+for\s+you|"
     r"something\s+(?:bad|terrible|nasty|unfortunate)\s+(?:will|is\s+going\s+to|might|"
     r"could)\s+happen\s+to\s+(?:you|your)|shame\s+if\s+something\s+(?:happened|were\s+to\s+"
     r"happen|was\s+to\s+happen)\s+to|nice\s+(?:house|home|family|kids|car|place)\s+you\s*"
     r"(?:'ve|\s+have)?\s+(?:got|have)", False),
    (THREAT, r"(?:your|ur)\s+(?:family|kids|children|wife|husband|daughter|son|mother|mum|"
     r"mom|kid|sister|parents)\s+(?:will|would|is\s+going\s+to|are\s+going\s+to|might|could|"
     r"'ll)\s+(?:\w+\s+)?(?:pay|suffer|get\s+hurt|be\s+(?:next|hurt|sorry|found|safe))", False),
    (THREAT, r"(?:hurt|harm|kill|rape|visit|find|follow|take)\s+your\s+(?:family|kids|"
     r"children|wife|daughter|son|mother|mum|mom|sister)(?!\s+to\b)", False),
    (VIOLENCE, r"(?:someone|somebody|anyone|anybody|people|we|you\s+all|y'all|they)\s+"
     r"(?:should|needs?\s+to|ought\s+to|has\s+to|have\s+to|must|gotta|got\s+to)\s+"
     r"(?:just\s+|really\s+|finally\s+|go\s+(?:and\s+)?)?(?:kill|shoot|stab|hang|lynch|"
     r"murder|execute|burn|beat|bomb|rape|strangle|behead|run\s+(?:\w+\s+)?over|"
     r"take\s+(?:him|her|them)\s+out|put\s+a\s+bullet|string\s+(?:\w+\s+)?up|"
     r"put\s+(?:him|her|them)\s+down)", False),
    (VIOLENCE, r"(?:should|must|ought\s+to|need\s+to|needs\s+to|deserves?\s+to)\s+(?:all\s+)?"
     r"(?:be\s+)?(?:shot|hanged|hung|killed|executed|lynched|gassed|burned|burnt|beaten|"
     r"raped|put\s+down|exterminated|wiped\s+out|strung\s+up|lined\s+up\s+and\s+shot|stoned|"
     r"tortured|eradicated|beheaded|culled|put\s+against\s+a\s+wall)\b", False),
    (VIOLENCE, r"deserves?\s+(?:to\s+)?(?:die|suffer|rot|burn|a\s+bullet|death|to\s+be\s+"
     r"(?:dead|hurt))", False),
    (VIOLENCE, r"(?:hang|kill|shoot|gas|burn|exterminate|lynch|nuke|bomb)\s+(?:them|em|'em|"
     r"the\s+lot(?:\s+of\s+them)?|every\s+(?:last\s+)?one\s+of\s+them)(?:\s+all)?\b", False),
    (VIOLENCE, r"(?:i|we)\s+hope\s+(?:you|he|she|they|u|your\s+\w+|the\s+\w+)\s+(?:all\s+)?"
     r"(?:die|dies|get\s+(?:shot|killed|raped|cancer|hit\s+by|stabbed)|gets\s+(?:shot|killed|"
     r"raped|cancer|hit\s+by|stabbed)|rots?|burns?|suffers?|drops?\s+dead|chokes?|"
     r"(?:is|are)\s+(?:killed|shot|raped))", False),
    (VIOLENCE, r"(?:burn|blow\s+up|bomb|torch|firebomb|attack)\s+(?:down\s+)?(?:the|their|"
     r"his|her|your|every|a|that)\s+(?:\w+\s+)?(?:house|home|mosque|church|synagogue|temple|"
     r"office|offices|newsroom|shop|school|hostel|camp)s?\b", False),
    (VIOLENCE, r"(?:line|put|stand)\s+(?:them|him|her|these\s+\w+|those\s+\w+|the\s+\w+|"
     r"all\s+of\s+them)\s+(?:\w+\s+)?(?:up\s+)?against\s+(?:a|the)\s+wall|time\s+to\s+"
     r"(?:pick\s+up|take\s+up|grab|get)\s+(?:the\s+)?(?:guns|arms|weapons|pitchforks|rope)|"
     r"take\s+up\s+arms\s+against|death\s+to\s+(?:all\s+)?(?:the\s+)?\w+", False),
    (SELF_HARM, r"\b(?:kys|kill\s+(?:yo)?urself|kill\s+yourselves|go\s+(?:and\s+)?die|"
     r"drink\s+bleach|jump\s+off\s+a\s+(?:bridge|cliff|building|roof)|neck\s+yourself|"
     r"hang\s+yourself|end\s+yourself|off\s+yourself|do\s+(?:us|the\s+world|everyone)\s+a\s+"
     r"favou?r\s+and\s+(?:die|kill|end|disappear\s+for\s+good))\b", True),
    (DEHUMANISING, r"\b" + _EN_GROUP + r"\b(?:\s+[\w-]+){0,4}?\s+(?:are|r|is)\s+(?:just\s+|"
     r"nothing\s+but\s+|all\s+|like\s+|simply\s+|basically\s+|no\s+better\s+than\s+|"
     r"literally\s+|a\s+bunch\s+of\s+|a\s+pack\s+of\s+|filthy\s+|dirty\s+|disgusting\s+)*"
     + _EN_VERMIN + r"\b", False),
    (DEHUMANISING, r"(?:breed|breeding|multiply|multiplying)\s+like\s+(?:rats|rabbits|"
     r"cockroaches|vermin|flies|insects)|(?:infest|infesting|infested|swarming|"
     r"overrunning)\s+(?:our|the|this|my)\s+(?:\w+\s+)?(?:country|city|streets|town|"
     r"neighbou?rhood|land|schools|continent)|(?:exterminate|eradicate|wipe\s+out|cull)\s+"
     r"(?:them|these\s+\w+|those\s+\w+|all\s+of\s+them|every\s+(?:last\s+)?one)", False),
    (SEXUAL, r"(?:i'?d|i\s+would|i\s+wanna|i\s+want\s+to|i'?m\s+gonna|let\s+me|love\s+to|"
     r"like\s+to|gonna|would)\s+(?:\w+\s+)?" + _EN_SEX_VERB + r"\s+" + _EN_PERSON + r"\b",
     False),
    (SEXUAL, r"(?:would|i'?d)\s+(?:totally\s+|so\s+)?(?:hit|tap)\s+(?:that|it)\b|"
     r"bend\s+(?:her|him|you|that\s+\w+|the\s+\w+|this\s+\w+)\s+over\b|"
     r"(?:her|those|nice|great|big|lovely|what|perky|huge)\s+(?:tits|boobs|titties|knockers|"
     r"jugs|rack|booty)\b|(?:nice|great|lovely|what\s+an?)\s+(?:ass|arse|butt|legs|body)\s+"
     r"(?:on\s+(?:her|him|you|that)|she|he)", False),
    (SEXUAL, r"(?:slept|sleeps|sleeping|sucked|sucks|sucking|screwed|shagged)\s+(?:her|his|"
     r"their|your)\s+way\s+(?:to|into|up)|on\s+(?:her|your|his)\s+knees\s+for|"
     r"spread\s+(?:her|your|them|those)\s+legs|sit\s+on\s+my\s+(?:face|lap|dick|cock)|"
     r"suck\s+my\s+(?:dick|cock|\w+)|give\s+(?:her|you|him)\s+a\s+(?:good\s+)?(?:seeing\s+to|"
     r"shag|pounding|rogering)", False),
    (SEXUAL, r"(?:she|you|he)\s+(?:needs?|wants?|deserves?)\s+(?:a\s+)?(?:good\s+|real\s+|"
     r"proper\s+)?(?:shag|fuck|seeing\s+to|pounding|dick|cock|spanking|man\s+in\s+(?:her|"
     r"his)\s+bed)\b|(?:she|he)\s+(?:is|was|'s)\s+asking\s+for\s+it", False),
    (SEXUAL, r"bet\s+(?:she|he|you)\s*(?:'s|is|are|'re)\s+(?:a\s+)?(?:good|great|wild|tight|"
     r"dirty|filthy|freak|animal|hot|fun|easy)\s+(?:in\s+(?:bed|the\s+sack))?|(?:hot|sexy|"
     r"fuckable|bangable|doable|shaggable)\s+(?:little\s+)?(?:reporter|journalist|presenter|"
     r"anchor|minister|mp|author|writer|mayor)|(?:show|flash)\s+(?:us|me)\s+(?:your|her|"
     r"them|those|some)\s+(?:tits|boobs|titties|breasts|body|ass|arse|nudes)|(?:get|take)\s+"
     r"(?:your|her|them|those)\s+(?:top|clothes|kit|bra|knickers|panties|shirt|pants)\s+off",
     False),
]

# --- French --------------------------------------------------------------------------

_FR_FAMILY = (
    r"(?:ta|votre)\s+(?:famille|femme|fille|mere|soeur|copine)|tes\s+(?:enfants|gosses|"
    r"filles|proches|parents|gamins)|vos\s+(?:enfants|familles|proches)"
)
_FR_VERMIN = (
    r"(?:des\s+)?(?:vermines?|parasites|animaux|betes|rats|cafards|blattes|poux|sangsues|"
    r"singes|porcs|chiens|sauvages|sous-hommes|insectes|nuisibles|microbes|"
    r"une\s+(?:maladie|peste|vermine|plaie|infestation|gangrene|invasion\s+de\s+\w+)|"
    r"un\s+(?:cancer|virus|fleau)|pas\s+(?:des\s+)?(?:etres\s+)?humains|"
    r"moins\s+que\s+(?:des\s+)?humains)"
)
FR: list[Rule] = [
    (HATE, r"(?:tous\s+)?les\s+(?:musulmans|juifs|noirs|immigres|migrants|refugies|roms|gitans|"
     r"homos|pedes|arabes|africains|asiatiques|etrangers|trans)\s+(?:sont|c'est)\s+(?:tous\s+|"
     r"toutes\s+|que\s+des\s+|des\s+)*(?:criminels|violeurs|terroristes|voleurs|envahisseurs|sales|"
     r"inferieurs|sauvages|une\s+menace)|(?:les\s+)?(?:musulmans|juifs|noirs|immigres|arabes|roms|"
     r"homosexuels|femmes|etrangers)\s+ne\s+devraient\s+pas\s+(?:avoir\s+le\s+droit\s+de|pouvoir)\s+"
     r"(?:voter|vivre|exister|se\s+marier|travailler|avoir\s+des\s+enfants)", False),
    (THREAT, r"tu\s+seras\s+(?:le|la)\s+prochaine?\b|on\s+(?:te|vous)\s+(?:re)?trouvera\s+(?:\w+\s+)?"
     r"(?:dans|au\s+fond|sous)|dommage\s+si\s+(?:les\s+freins|ta\s+voiture|ta\s+maison|tes\s+"
     r"enfants|ta\s+famille|il\s+(?:t'|vous\s+)arrivait)", False),
    (VIOLENCE, r"(?:quelqu'un|qqn|on)\s+(?:devrait|doit|va)\s+(?:lui|leur|te|vous)\s+(?:casser|briser|"
     r"peter|exploser)\s+(?:les|la|le)\s+(?:jambes|gueule|figure|nuque|crane|dents)|pendre\s+"
     r"(?:\w+\s+){0,4}?(?:au|aux|a\s+un|a\s+une)\s+(?:premier\s+|plus\s+proche\s+)?(?:arbre|"
     r"lampadaire|reverbere|potence)", False),
    (SEXUAL, r"voir\s+(?:\w+\s+){0,4}?(?:toute\s+nue|nue|a\s+poil|en\s+sous-vetements)|(?:se\s+"
     r"mettre|mets-toi|se\s+met|se\s+mette)\s+a\s+genoux", False),
    (HARASSMENT, r"(?:pauvre|sale|petit|gros)\s+(?:minable|rate|loser|raté|nul)|(?:ta|votre)\s+"
     r"(?:mere|famille)\s+(?:a|doit\s+avoir|aurait)\s+honte\s+de\s+(?:toi|vous)", False),
    (HATE, r"(?:genetiquement|biologiquement|naturellement|par\s+nature)\s+(?:inferieur\w*|moins\s+"
     r"intelligent\w*|plus\s+betes|plus\s+violent\w*|criminel\w*)|race\s+inferieure|races\s+"
     r"inferieures|sous-race", False),
    (HARASSMENT, r"tout\s+le\s+monde\s+te\s+(?:deteste|hait|meprise|vomit)|personne\s+ne\s+"
     r"(?:t'aime|te\s+regrettera\w*|veut\s+de\s+toi|t'a\s+jamais\s+aime)|(?:t'es|tu\s+es|"
     r"tu\s+n'es)\s+qu'une?\s+(?:merde|ordure|raclure|moins\s+que\s+rien|sous-merde|"
     r"dechet)|tu\s+ne\s+vaux\s+rien|le\s+monde\s+serait\s+mieux\s+sans\s+toi", False),
    (THREAT, r"(?:je\s+vais|j'vais|j'?vais|on\s+va|je\s+vous\s+jure\s+que\s+je\s+vais)\s+"
     r"(?:te|vous|t')\s*(?:tuer|buter|egorger|massacrer|violer|descendre|flinguer|"
     r"planter|etrangler|cramer|bruler\s+vif|bruler\s+vive)", True),
    (THREAT, r"(?:je\s+vais|j'vais|on\s+va|je\s+te\s+jure\s+que\s+je\s+vais)\s+(?:te|vous|"
     r"t'|l'|la|le|les)\s*(?:\w+\s+)?(?:(?:re)?trouver(?!\s+(?:le|la|les|un|une|des|du|l'|ca|cela|"
     r"mieux|quelque|ce|cet|cette)\b)|frapper|defoncer|casser\s+la\s+"
     r"(?:gueule|tete)|faire\s+la\s+peau|faire\s+payer|bruler|crever|fumer|exploser|"
     r"demolir|defigurer|attendre\s+a\s+la\s+sortie|rendre\s+visite|suivre)", False),
    (THREAT, r"(?:je\s+te|on\s+te|je\s+vous|on\s+vous)\s+(?:tuerai|buterai|retrouverai|"
     r"trouverai|egorgerai|ferai\s+la\s+peau|crev\w+|aurai|choperai|defoncerai)", False),
    (THREAT, r"(?:je|on|nous)\s+(?:sai[st]|savons)\s+(?:tres\s+bien\s+)?ou\s+(?:tu|vous|"
     r"ta\s+\w+|tes\s+\w+)\s+(?:habites?|habitez|vi[vs]|vivez|dor[ts]|dormez|travaill\w+|"
     r"vont|va)|(?:je|on|nous)\s+(?:connai[st]|connaissons|a|ai|avons)\s+ton\s+adresse",
     False),
    (THREAT, r"fais\s+gaffe\s+a\s+(?:toi|ta\s+\w+|tes\s+\w+)|surveille\s+tes\s+arrieres|"
     r"tes\s+jours\s+sont\s+comptes|t'es\s+(?:un\s+homme\s+)?mort|tu\s+es\s+(?:un\s+homme\s+)?"
     r"mort\b|tu\s+vas\s+(?:le\s+payer|morfler|souffrir|crever|le\s+regretter\s+toute)|"
     r"tu\s+ne\s+perds\s+rien\s+pour\s+attendre", False),
    (THREAT, r"(?:" + _FR_FAMILY + r")\s+(?:va|vont|pourrai\w+|risque\w*)\s+(?:le\s+)?"
     r"(?:payer|souffrir|y\s+passer|prendre\s+cher)|(?:tuer|retrouver|toucher\s+a|violer|"
     r"bruler|suivre|attendre)\s+(?:" + _FR_FAMILY + r")", False),
    (VIOLENCE, r"(?:quelqu'un|qqn|on|faut\s+que\s+quelqu'un|il\s+faudrait\s+que\s+quelqu'un)\s+"
     r"(?:devrait|doit|va\s+devoir|aurait\s+du|finira\s+par)\s+(?:le|la|les|lui|leur)?\s*"
     r"(?:tuer|buter|abattre|fusiller|pendre|egorger|bruler|lyncher|descendre|flinguer|"
     r"executer|tabasser|violer|planter)", False),
    (VIOLENCE, r"(?:faut|il\s+faut|faudrait|il\s+faudrait|on\s+devrait)\s+(?:tous\s+)?"
     r"(?:les|le|la|tous\s+les|toutes\s+les)\s+(?:\w+\s+)?(?:tuer|pendre|fusiller|bruler|"
     r"buter|exterminer|abattre|gazer|egorger|lyncher|executer|noyer|cramer|eradiquer)",
     False),
    (VIOLENCE, r"(?:meritent?|merite)\s+(?:de\s+)?(?:mourir|crever|la\s+mort|une\s+balle|"
     r"d'etre\s+(?:pendu|tue|fusille|brule|abattu|viole|execute|gaze)e?s?)|(?:doivent|"
     r"devraient|devrait|doit)\s+etre\s+(?:pendu|tue|fusille|brule|abattu|execute|gaze|"
     r"extermine|elimine)e?s?", False),
    (VIOLENCE, r"mort\s+aux\s+\w+|(?:qu'ils|qu'il|qu'elle|qu'elles|que\s+tu|j'espere\s+que\s+"
     r"(?:tu|il|elle|ils))\s+(?:\w+\s+)?(?:crevent|creve|creves|meure|meurent|meures|"
     r"se\s+(?:fera|fasse|fassent|feront)\s+(?:ecraser|renverser|tuer|buter|egorger|poignarder|"
     r"abattre|violer)|"
     r"brule(?:nt)?|pourrisse(?:nt)?|se\s+fasse(?:nt)?\s+(?:violer|tuer|buter|egorger))|"
     r"(?:pendez|fusillez|brulez|tuez|butez|gazez|noyez)[- ]les|(?:une|des)\s+balles?\s+"
     r"dans\s+(?:la|sa|ta|leur|sa\s+petite)\s+(?:tete|gueule|nuque)|(?:bruler|brulez|incendier|"
     r"incendiez|faire\s+sauter|faites\s+sauter|attaquer|attaquez)\s+(?:la|leur|cette|les|des)\s+(?:mosquees?|synagogues?|"
     r"eglises?|maisons?|redactions?|foyers?)", False),
    (VIOLENCE, r"j'espere\s+qu(?:e\s+|')(?:\w+\s+|l'\w+\s+){0,3}?(?:se\s+(?:fera|fasse|fassent|"
     r"feront)|va\s+se\s+faire|vont\s+se\s+faire)\s+(?:ecraser|renverser|tuer|buter|egorger|"
     r"poignarder|abattre|violer|lyncher)", False),
    (SELF_HARM, r"(?:va|allez)\s+(?:donc\s+)?(?:te|vous)\s+(?:pendre|suicider|jeter\s+(?:d'un|"
     r"sous\s+un)\s+\w+|tuer|foutre\s+en\s+l'air)|suicide[- ]toi|tue[- ]toi|pends[- ]toi|"
     r"va\s+(?:donc\s+)?(?:crever|mourir)|rends\s+service\s+au\s+monde\s+et\s+(?:meurs|"
     r"disparais|creve)", True),
    (DEHUMANISING, r"\b(?:ils|elles|ces|les|tous\s+ces|toutes\s+ces|ce\s+sont|c'est|"
     r"ca)\b[\w\s'-]{0,40}?\b(?:sont|c'est|ce\s+sont)\s+(?:que\s+|juste\s+|vraiment\s+|"
     r"tous\s+|toutes\s+|comme\s+|rien\s+d'autre\s+que\s+|de\s+la\s+|pire\s+que\s+|"
     r"de\s+vrais\s+|de\s+vraies\s+|des\s+sales\s+|d'immondes\s+)*" + _FR_VERMIN + r"\b",
     False),
    (DEHUMANISING, r"(?:se\s+reproduisent|se\s+multiplient|pullulent)\s+comme\s+des\s+"
     r"(?:rats|lapins|cafards|mouches)|(?:envahissent|infestent|grouillent\s+dans)\s+"
     r"(?:nos|notre|la|le|les)\s+(?:\w+\s+)?(?:pays|villes|rues|quartiers|ecoles|france)|"
     r"(?:exterminer|eradiquer|se\s+debarrasser\s+de)\s+(?:tous\s+)?(?:ces|les|cette)\s+"
     r"(?:\w+\s+)?(?:vermine|racaille|parasites|cafards|rats)", False),
    (SEXUAL, r"je\s+(?:la|le|te)\s+(?:baiserai[st]?|prendrai[st]?|sauterai[st]?|"
     r"defoncerai[st]?|culbuterai[st]?|deshabillerai[st]?)|(?:je\s+|j')(?:vais|veux|voudrais|"
     r"aimerais|vais\s+bien|aimerais\s+bien|voudrais\s+bien)\s+(?:la|le|te|vous)\s+(?:baiser|"
     r"sauter|prendre\s+(?:par|sur|contre|dans)|defoncer|"
     r"lecher|peloter|deshabiller|culbuter|tringler|niquer)", False),
    (SEXUAL, r"(?:ses|tes|vos|beaux|jolis|gros|belles|sacres|quels|quelles)\s+(?:seins|"
     r"nichons|fesses|loches|miches|tetons|nibards)|(?:quel|beau|joli|gros|son|ton)\s+cul\b|"
     r"(?:elle|tu)\s+(?:a|as)\s+(?:couche|suce)\s+(?:pour|avec)|(?:couche|coucher|"
     r"couchant)\s+(?:avec|pour)\s+(?:le|son|un|la)\s+(?:patron|chef|redacteur|directeur|"
     r"poste|ministre|producteur)|promotion\s+canape", False),
    (SEXUAL, r"a\s+genoux\s+(?:devant|pour)\s+moi|suce[- ]moi|suce\s+ma|montre[- ](?:nous|"
     r"moi)\s+(?:tes|vos|ses)\s+(?:seins|fesses|nichons|cul)|(?:bonne|chaude)\s+au\s+lit|"
     r"(?:cette|la|une|ta)\s+(?:journaliste|presentatrice|ministre|deputee|redactrice|meuf|"
     r"nana|autrice|maire)\s+(?:est\s+)?(?:tellement\s+|trop\s+|vraiment\s+)?(?:bonne|"
     r"baisable|sexy|chaude|bandante)", False),
]

# --- German --------------------------------------------------------------------------

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

# --- Spanish -------------------------------------------------------------------------

_ES_FAMILY = (
    r"(?:tu|tus|vuestra|vuestros|su|sus)\s+(?:familia|hijos|hija|hijo|mujer|madre|hermana|"
    r"ninos|crios|padres|novia)"
)
_ES_VERMIN = (
    r"(?:alimanas|parasitos|animales|bestias|ratas|cucarachas|piojos|sanguijuelas|monos|"
    r"cerdos|perros|salvajes|sabandijas|gusanos|chusma\s+infrahumana|"
    r"una\s+(?:plaga|enfermedad|infeccion|peste|lacra|infestacion)|un\s+(?:cancer|virus|"
    r"tumor)|infrahumanos|subhumanos|no\s+son\s+(?:personas|humanos|seres\s+humanos))"
)
ES: list[Rule] = [
    (HATE, r"(?:todos\s+)?los\s+(?:musulmanes|judios|negros|inmigrantes|migrantes|refugiados|"
     r"gitanos|maricones|gays|moros|arabes|africanos|sudacas|extranjeros|trans)\s+son\s+(?:todos\s+|"
     r"unos\s+|solo\s+)?(?:criminales|violadores|terroristas|ladrones|invasores|sucios|inferiores|"
     r"salvajes|una\s+amenaza)|(?:los\s+)?(?:musulmanes|judios|negros|inmigrantes|gitanos|moros|"
     r"arabes|gays|mujeres|extranjeros)\s+no\s+(?:deberian|deben)\s+(?:poder|tener\s+derecho\s+a)\s+"
     r"(?:votar|vivir|existir|casarse|trabajar|tener\s+hijos)", False),
    (THREAT, r"(?:seras|vas\s+a\s+ser)\s+(?:el|la)\s+proxim[oa]\b|seria\s+una\s+pena\s+que\s+"
     r"(?:fallaran|fallen|te\s+pasara|le\s+pasara|tu|tus)", False),
    (VIOLENCE, r"(?:alguien|alguno|habria\s+que|hay\s+que)\s+(?:deberia\s+|tendria\s+que\s+|tiene\s+"
     r"que\s+)?(?:romper(?:le|les)?|partir(?:le|les)?|reventar(?:le|les)?)\s+(?:las|la|los)\s+"
     r"(?:piernas|cara|crisma|cabeza|dientes|huesos)|colgar\s+(?:a\s+)?(?:\w+\s+){0,4}?(?:de|en)\s+"
     r"(?:un|el|la|una)\s+(?:primer\s+)?(?:arbol|farola|horca)", False),
    (SEXUAL, r"ver\s+(?:a\s+)?(?:\w+\s+){0,4}?(?:desnuda|en\s+pelotas|en\s+bolas|en\s+ropa\s+interior)|"
     r"(?:ponga|ponte|pongase|ponerse)\s+de\s+rodillas", False),
    (HARASSMENT, r"(?:pobre|triste|patetico|miserable)\s+(?:fracasado|perdedor|desgraciado|"
     r"infeliz)|tu\s+(?:madre|familia|padre)\s+se\s+averguenza\s+de\s+ti", False),
    (HATE, r"(?:geneticamente|biologicamente|por\s+naturaleza|por\s+genetica)\s+(?:inferiores|"
     r"menos\s+inteligentes|mas\s+tontos|mas\s+violentos|criminales)|(?:inferiores|menos\s+"
     r"inteligentes|mas\s+tontos|mas\s+violentos)\s+(?:\w+\s+){0,2}?(?:por\s+)?(?:genetica|"
     r"naturaleza|biologia|nacimiento)|raza\s+inferior|razas\s+inferiores", False),
    (HARASSMENT, r"todo\s+el\s+mundo\s+te\s+(?:odia|desprecia)|todos\s+te\s+odian|nadie\s+te\s+"
     r"(?:quiere|soporta|echaria\s+de\s+menos|echara\s+de\s+menos)|eres\s+(?:una\s+mierda|"
     r"basura|escoria|un\s+desperdicio|un\s+cero\s+a\s+la\s+izquierda)|no\s+vales\s+nada|"
     r"el\s+mundo\s+estaria\s+mejor\s+sin\s+ti", False),
    (THREAT, r"(?:te|os)\s+(?:voy|vamos)\s+a\s+(?:matar|apunalar|degollar|violar|"
     r"meter\s+un\s+tiro|pegar\s+un\s+tiro|rajar|quemar\s+viv[oa])|(?:voy|vamos)\s+a\s+"
     r"(?:matarte|mataros|apunalarte|degollarte|violarte|rajarte|pegarte\s+un\s+tiro)|"
     r"te\s+(?:mato|matare|mataremos)\b", True),
    (THREAT, r"(?:te|os|la|lo|les?)\s+(?:voy|vamos)\s+a\s+(?:reventar|partir\s+la\s+(?:cara|"
     r"boca|cabeza)|romper\s+la\s+(?:cara|boca|cabeza)|pegar|quemar|buscar|encontrar|cazar|"
     r"dar\s+(?:una\s+paliza|un\s+susto)|hacer\s+dano|esperar\s+a\s+la\s+salida|visitar|"
     r"seguir|joder\s+la\s+vida)(?!\s+(?:el|la|los|las|un|una|unos|unas|algo|otro|otra)\b)|"
     r"(?:voy|vamos)\s+a\s+(?:reventarte|buscarte|encontrarte|"
     r"cazarte|partirte|romperte|quemarte|visitarte)", False),
    (THREAT, r"(?:se|sabemos|yo\s+se|ya\s+se)\s+(?:muy\s+bien\s+)?(?:donde|en\s+que\s+calle)\s+"
     r"(?:vives|viven|vivis|trabajas|duermes|estudian\s+tus\s+hijos|van\s+tus\s+hijos)|"
     r"(?:tengo|tenemos|conozco|sabemos|se)\s+tu\s+direccion", False),
    (THREAT, r"cuidate\s+(?:las\s+espaldas|la\s+espalda)|ten\s+cuidado\s+cuando\s+salgas|"
     r"estas\s+muert[oa]\b|eres\s+(?:hombre|mujer)\s+muert[oa]|tus\s+dias\s+estan\s+contados|"
     r"lo\s+vas\s+a\s+pagar|me\s+las\s+vas\s+a\s+pagar|vas\s+a\s+(?:sufrir|llorar\s+sangre)|"
     r"no\s+sabes\s+con\s+quien\s+te\s+metes", False),
    (THREAT, r"(?:" + _ES_FAMILY + r")\s+(?:\w+\s+)?(?:van\s+a|va\s+a|lo\s+van\s+a|lo\s+va\s+a|"
     r"pagaran|pagara|sufriran|sufrira)\s*(?:pagar|sufrir|llorar)?|(?:matar|buscar|encontrar|"
     r"violar|quemar|tocar|visitar|seguir)\s+a\s+(?:" + _ES_FAMILY + r")", False),
    (VIOLENCE, r"(?:alguien|alguno|deberiamos|hay\s+que|habria\s+que|tendriamos\s+que|que\s+"
     r"alguien|ojala\s+alguien)\s+(?:deberia\s+|tiene\s+que\s+|tendria\s+que\s+|debe\s+|"
     r"le\s+|les\s+|lo\s+|los\s+)?(?:matar|fusilar|ahorcar|colgar|linchar|"
     r"pegar(?:le|les)?\s+(?:un\s+)?(?:tiro|tiros|balazo)|meter(?:le|les)?\s+(?:un\s+)?"
     r"(?:tiro|tiros|balazo)|disparar|apunalar|degollar|exterminar|apedrear|gasear|quemar\s+vivos?)"
     r"(?:los|las|lo|la|le|les)?\b", False),
    (VIOLENCE, r"(?:merecen|merece|deberian|deberia|tendrian\s+que|habria\s+que)\s+(?:todos\s+)?"
     r"(?:morir|ser\s+(?:fusilad|ahorcad|colgad|quemad|exterminad|asesinad|violad|linchad|"
     r"gasead|ejecutad)[oa]s?|estar\s+muert[oa]s?|un\s+tiro|una\s+bala|la\s+muerte)", False),
    (VIOLENCE, r"(?:ojala|espero\s+que|que)\s+(?:\w+\s+){0,3}?(?:se\s+mueran?|se\s+muera|"
     r"revienten|le\s+peguen\s+un\s+tiro|lo\s+maten|la\s+maten|los\s+maten|la\s+violen|"
     r"(?:lo|la|los|las|le)\s+(?:atropelle|atropellen|arrolle|arrollen|pille\s+un\s+\w+)|"
     r"se\s+pudran?|se\s+quemen?|le\s+de\s+cancer|les\s+de\s+cancer)|al\s+paredon|"
     r"muerte\s+a\s+(?:los|las|todos|todas|l[oa]s?\s+\w+)|(?:quemar|quemad|quemen|incendiar|"
     r"incendiad|volar|volad|atacar|atacad)\s+"
     r"(?:la|las|su|sus|esa|esas)\s+(?:mezquitas?|sinagogas?|iglesias?|casas?|redaccion)",
     False),
    (SELF_HARM, r"\b(?:matate|suicidate|ahorcate|tirate\s+(?:de|por)\s+(?:un|el)\s+(?:puente|"
     r"balcon|barranco)|muerete|ve\s+a\s+morirte|pegate\s+un\s+tiro|vete\s+a\s+morir|haznos\s+"
     r"un\s+favor\s+y\s+(?:muerete|matate|desaparece))\b", True),
    (DEHUMANISING, r"\b(?:son|eso\s+son|esos\s+son|esas\s+son|todos\s+son|todas\s+son|"
     r"esa\s+gente\s+son|esta\s+gente\s+son)\s+(?:unos\s+|unas\s+|solo\s+|como\s+|todos\s+|"
     r"simplemente\s+|peores\s+que\s+|autenticas\s+|verdaderas\s+|sucias\s+|asquerosas\s+|"
     r"mas\s+que\s+|nada\s+mas\s+que\s+)*"
     + _ES_VERMIN + r"\b|\bno\s+son\s+(?:personas|humanos|seres\s+humanos)\b", False),
    (DEHUMANISING, r"se\s+(?:reproducen|multiplican)\s+como\s+(?:ratas|conejos|cucarachas|"
     r"moscas)|(?:invaden|infestan|plagan)\s+(?:nuestr[ao]s?|el|la|las|los|espana)\s+(?:\w+\s+)?"
     r"|(?:exterminar|erradicar|eliminar)\s+(?:a\s+)?(?:esa|esta|toda\s+esa)\s+(?:plaga|"
     r"gentuza|chusma|escoria)", False),
    (SEXUAL, r"(?:me\s+la|me\s+lo|te|la|le|yo\s+la|yo\s+te)\s+(?:follaria|tiraria|cogeria|"
     r"comeria\s+entera|chingaria|empotraria|cepillaria|beneficiaria)|(?:me\s+la|me\s+lo)\s+"
     r"(?:follo|tiro|cojo|cepillo|empotro)", False),
    (SEXUAL, r"(?:que|vaya|menudas?|buenas?|ricas?|sus|tus)\s+(?:tetas|melones|pechugas|"
     r"nalgas|tetitas|domingas)|(?:que|vaya|menudo|buen|rico|su|tu)\s+culo\b|"
     r"(?:ensenanos|ensename|muestranos|muestrame)\s+(?:las|tus|sus)\s+(?:tetas|pechos|"
     r"nalgas|culo)|(?:se\s+ha|ha|se)\s+acostad[oa]\s+con\s+(?:el|su)\s+(?:jefe|director|"
     r"ministro|editor)|(?:llego|subio)\s+(?:ahi|hasta\s+ahi|al\s+puesto|alli)\s+"
     r"(?:acostandose|chupando|de\s+rodillas|abriendose\s+de\s+piernas)", False),
    (SEXUAL, r"(?:una\s+fiera|un\s+animal|una\s+bomba|buenisima|muy\s+buena|una\s+guarra|"
     r"una\s+salvaje)\s+en\s+la\s+cama|en\s+la\s+cama\s+(?:es|sera|debe\s+ser)\s+(?:una\s+)?"
     r"(?:fiera|bomba|salvaje|animal)", False),
    (SEXUAL, r"de\s+rodillas\s+(?:ante|para|delante\s+de)\s+mi|chupamela|chupame\s+la|"
     r"mamamela|abrete\s+de\s+piernas|(?:la|esta|esa)\s+(?:periodista|presentadora|ministra|"
     r"diputada|reportera|tia|alcaldesa|autora)\s+(?:esta\s+)?(?:muy\s+|tan\s+|bien\s+)?"
     r"(?:buenisima|buena|follable|cachonda|sexy|tremenda|rica)|(?:esta|estas)\s+"
     r"buenisima", False),
]

# --- Russian -------------------------------------------------------------------------

_RU_FAMILY = (
    r"(?:твою|твоих|твоей|твоего|вашу|ваших|вашей)\s+(?:семью|детей|жену|мать|маму|дочь|"
    r"дочку|сестру|родных|сына|мужа|близких)"
)
_RU_VERMIN = (
    r"(?:паразиты|крысы|тараканы|вши|клопы|глисты|пиявки|животные|скоты|скотина|звери|"
    r"обезьяны|свиньи|собаки|твари|нелюди|недочеловеки|чума|зараза|плесень|раковая\s+"
    r"опухоль|вирус|саранча|биомусор|отбросы|орки|нечисть|гниль)"
)
RU: list[Rule] = [
    (HATE, r"(?:все\s+)?(?:мусульмане|евреи|черные|негры|мигранты|приезжие|беженцы|цыгане|геи|"
     r"педики|арабы|кавказцы|азиаты|таджики|узбеки|иностранцы)\s+(?:[-—]\s*)?(?:это\s+)?(?:все\s+|"
     r"просто\s+)?(?:преступники|насильники|террористы|воры|захватчики|грязные|неполноценные|"
     r"дикари|угроза)|(?:мусульманам|евреям|черным|мигрантам|приезжим|цыганам|геям|женщинам|"
     r"иностранцам)\s+(?:нельзя|не\s+должны|не\s+надо|не\s+стоит)\s+(?:\w+\s+)?(?:голосовать|"
     r"жить|существовать|жениться|работать|рожать|иметь\s+детей)", False),
    (THREAT, r"(?:ты\s+)?(?:будешь\s+)?следующ(?:им|ий)\b|(?:тебя|твой\s+труп)\s+(?:\w+\s+){0,2}?"
     r"(?:выловят|найдут|достанут)\s+(?:из|в)\s+(?:реки|реке|канала|канаве|озера|лесу)|"
     r"будет\s+жаль,?\s+если\s+(?:откажут|с\s+тобой|с\s+твоей|с\s+твоим|с\s+твоими|что-то)",
     False),
    (VIOLENCE, r"(?:кто-нибудь|кто-то|надо|нужно)\s+(?:бы\s+)?(?:должен\s+)?(?:\w+\s+)?(?:переломать|"
     r"сломать|разбить|проломить)\s+(?:ему|ей|им|этому\s+\w+|этой\s+\w+)?\s*(?:\w+\s+)?(?:ноги|"
     r"руки|лицо|морду|голову|челюсть|кости|хребет)|(?:повесить|перевешать)\s+(?:\w+\s+){0,3}?"
     r"на\s+(?:ближайш\w+\s+)?(?:дерев\w+|фонар\w+|столб\w+)", False),
    (SEXUAL, r"(?:увидеть|видеть|посмотреть\s+на)\s+(?:\w+\s+){0,3}?(?:голой|голую|обнаженн\w+|"
     r"без\s+одежды|в\s+белье)|(?:встань|встанет|стань|встала|вставай)\s+на\s+колени", False),
    (HARASSMENT, r"(?:жалкий|никчемный|ничтожный|убогий)\s+(?:неудачник|лузер|человечишка|"
     r"червь)|(?:твоя\s+мать|твои\s+родители|твоя\s+семья)\s+(?:\w+\s+)?(?:стыдится|стыдятся)|"
     r"(?:мать|родители)\s+(?:тебя\s+)?(?:стыдится|стыдятся)", False),
    (HATE, r"(?:генетически|биологически|от\s+природы|по\s+природе)\s+(?:глупее|тупее|ниже|"
     r"неполноценн\w+|менее\s+умн\w+|агрессивнее|преступн\w+)|(?:низшая|неполноценная|низшие)\s+"
     r"(?:раса|расы|нация|народ|люди)", False),
    (HARASSMENT, r"(?:тебя\s+все|все\s+тебя)\s+(?:ненавидят|презирают)|никто\s+тебя\s+не\s+"
     r"(?:любит|ждет|уважает|хочет)|ты\s+(?:никто|ничтожество|пустое\s+место|мусор|"
     r"никчемн\w+|жалкое\s+ничтожество|отброс)|мир\s+(?:был\s+бы|станет)\s+лучше\s+без\s+"
     r"тебя", False),
    (THREAT, r"(?:я|мы)\s+(?:тебя|вас)\s+(?:\w+\s+){0,2}?(?:убью|убьем|зарежу|зарежем|"
     r"пристрелю|пристрелим|задушу|изнасилую|грохну|грохнем|прикончу|прикончим|"
     r"порешу|замочу|завалю)|(?:убью|зарежу|пристрелю|задушу|изнасилую|грохну|прикончу|"
     r"замочу)\s+(?:тебя|вас)\b", True),
    (THREAT, r"(?:я|мы)\s+(?:тебя|вас|его|ее|её)\s+(?:\w+\s+){0,2}?(?:урою|уроем|прибью|"
     r"прибьем|найду|найдем|закопаю|закопаем|сожгу|сожжем|покалечу|покалечим|достану|"
     r"достанем|порву|порвем|уничтожу|уничтожим|накажу|навещу|навестим|вычислю|вычислим)"
     r"|(?:урою|прибью|найду|закопаю|сожгу|покалечу|достану|порву|вычислю|доберусь\s+до)\s+"
     r"(?:тебя|вас|твою|твоих)\b|(?:переломаю|сломаю|оторву|отрежу)\s+(?:тебе|вам)\s+"
     r"(?:ноги|руки|голову|шею|башку|пальцы)", False),
    (THREAT, r"(?:я|мы)?\s*(?:знаю|знаем)\s+где\s+(?:ты|вы|твои\s+\w+|твоя\s+\w+)\s+(?:живешь|"
     r"живете|работаешь|работаете|спишь|ходишь|живут|живет|учатся|учится)|(?:знаю|знаем)\s+"
     r"(?:твой|ваш)\s+адрес", False),
    (THREAT, r"(?:тебе|вам)\s+(?:конец|не\s+жить|хана|крышка|не\s+поздоровится|кранты|"
     r"недолго\s+осталось)|ты\s+(?:уже\s+)?(?:труп|покойник)\b|(?:береги\s+себя|оглядывайся)"
     r"\s*(?:,\s*)?(?:когда|по\s+сторонам|\.|!|$)|твои\s+дни\s+сочтены|(?:ты|вы)\s+(?:еще|"
     r"ещё)\s+пожалеешь|ответишь\s+за\s+(?:это|базар|свои\s+слова)|жди\s+гостей", False),
    (THREAT, r"(?:найду|найдем|убью|убьем|достану|достанем|доберусь\s+до|доберемся\s+до|"
     r"сожгу|навещу|навестим)\s+(?:и\s+)?" + _RU_FAMILY + r"|(?:(?:семья|дети|жена|мать|дочь)\s+"
     r"(?:твоя|твои|ваша|ваши)|(?:твоя|твои|ваша|ваши)\s+(?:семья|дети|жена|мать|дочь|родные|"
     r"близкие))\s+(?:\w+\s+)?(?:ответят|заплатят|пожалеют|пострадают|заплатит|ответит|пожалеет|"
     r"поплатится|поплатятся|"
     r"следующие)", False),
    (VIOLENCE, r"(?:кто-нибудь|кто-то|кто\s+нибудь|надо\s+бы|надо|нужно|пора|следует|"
     r"стоило\s+бы|давно\s+пора)\s+(?:бы\s+)?(?:уже\s+)?(?:должен\s+|должны\s+|обязан\s+)?(?:их|его|ее|её|всех|эту\s+\w+|"
     r"этого\s+\w+|этих\s+\w+)?\s*(?:всех\s+)?(?:убить|расстрелять|повесить|перестрелять|сжечь|"
     r"зарезать|пристрелить|истребить|вырезать|казнить|линчевать|замочить|утопить|"
     r"закопать|отравить|избить|перевешать|передушить)", False),
    (VIOLENCE, r"(?:расстрелять|повесить|перестрелять|сжечь|вырезать|истребить|уничтожить|"
     r"перевешать|передушить)\s+(?:их|всех|эту\s+(?:мразь|нечисть)|этих|всю\s+эту|каждого)|"
     r"(?:должны|должен|должна|заслуживают|заслуживает|надо|нужно)\s+(?:быть\s+)?"
     r"(?:расстреляны|повешены|убиты|сожжены|уничтожены|казнены|расстрелян|повешен|убит|"
     r"смерти|пулю|пули|виселицу)", False),
    (VIOLENCE, r"(?:чтоб|чтобы|надеюсь|хоть\s+бы|пусть|желаю\s+(?:тебе|им|ему|ей))\s+(?:ты|вы|"
     r"он|она|они|тебя|его|их|все)?\s*(?:\w+\s+)?(?:сдох|сдохла|сдохли|сдохнет|сдохнут|"
     r"сдохнешь|сгорел|сгорели|сгорела|сгнил|сгнили|подох\w*|умер|умерла|умерли|умрет|умрут|"
     r"разбился|изнасиловали|убили|пристрелили|сдохнуть|сгореть|сгнить|собьет|задавит|"
     r"переедет|раздавит|убьют|застрелят|зарежут|прибьют)|смерть\s+\w+(?:ам|"
     r"ям)\b|(?:к|у)\s+стенк[еиу]\b|(?:сжечь|взорвать|поджечь|сожгите|подожгите|взорвите|"
     r"спалите)\s+(?:их\s+|эту\s+|эти\s+)?"
     r"(?:мечеть|мечети|синагогу|синагоги|церковь|церкви|редакцию|дом|дома)", False),
    (SELF_HARM, r"(?:убей\s+себя|убейся|повесься|вскройся|выпились|выпей\s+яду|прыгни\s+с\s+"
     r"(?:моста|крыши|окна)|иди\s+(?:и\s+)?(?:сдохни|умри|повесься|убейся)|сделай\s+миру\s+"
     r"одолжение\s+и\s+(?:сдохни|умри|исчезни))", True),
    (DEHUMANISING, r"(?:^|[\s,.!?])(?:они|эти|все|такие|это|вот\s+эти|все\s+эти)\s+(?:[\w-]+"
     r"\s+){0,3}?(?:[-—]\s*)?(?:просто\s+|всего\s+лишь\s+|не\s+люди\s*,?\s*а\s+|как\s+|"
     r"настоящие\s+|сплошные\s+|все\s+|это\s+|вонючие\s+|грязные\s+|мерзкие\s+)*"
     + _RU_VERMIN + r"\b|\w+\s*[-—]\s*(?:это\s+)?(?:просто\s+|настоящая\s+|настоящие\s+)?"
     + _RU_VERMIN + r"\b|(?<!\w)(?:\w+)\s+(?:[-—]\s*)?(?:это\s+)?не\s+люди\b", False),
    (DEHUMANISING, r"(?:плодятся|размножаются)\s+как\s+(?:крысы|кролики|тараканы|мухи)|"
     r"(?:расплодились|кишат)\s+(?:у\s+нас|в\s+нашем|в\s+наших|в\s+городе|везде|повсюду)|"
     r"(?:истребить|уничтожить|вытравить)\s+(?:как\s+)?(?:эту\s+)?(?:заразу|нечисть|"
     r"тараканов|крыс|паразитов)", False),
    (SEXUAL, r"я\s+бы\s+(?:ее|её|тебя|его|эту|с\s+ней)?\s*(?:\w+\s+)?(?:трахнул|выебал|"
     r"отымел|поимел|вдул|натянул|раздел|облапал|отодрал|переспал)|(?:трахнуть|выебать|"
     r"отыметь|поиметь|вдуть|натянуть|отодрать)\s+(?:бы\s+)?(?:ее|её|тебя|эту)", False),
    (SEXUAL, r"(?:ее|её|твои|твоя|какие|классные|шикарные|сочные|ничего\s+такие)\s+(?:сиськи|"
     r"титьки|буфера|попка|жопка|задница|дойки)|через\s+постель|(?:переспала|спит|спала)\s+"
     r"с\s+(?:начальником|главредом|шефом|редактором|министром|продюсером)|раздвигать\s+"
     r"ноги|раздвинь\s+ноги|(?:встань|стань|вставай)\s+на\s+колени\s+(?:передо\s+мной|и)|"
     r"отсоси|(?:покажи|покажите)\s+(?:нам\s+|мне\s+|лучше\s+|уже\s+)*(?:свои\s+|её\s+|ее\s+)?(?:сиськи|"
     r"грудь|попку|жопу|задницу)", False),
    (SEXUAL, r"в\s+постели\s+(?:огонь|зверь|бомба|хороша|горяча|огонь|ненасытн\w+)|(?:огонь|"
     r"зверь|бомба)\s+в\s+постели", False),
    (SEXUAL, r"(?:эта|эту|такую|такая)\s+(?:журналистк\w*|ведущ\w+|телочк\w+|телк\w+|"
     r"депутатш\w+|министерш\w+|корреспондентк\w+|авторш\w+)\s+(?:бы\s+)?(?:\w+\s+)?"
     r"(?:трахнул|отымел|вдул|секси|сексуальн\w+|горяч\w+|аппетитн\w+)", False),
]

# --- Arabic --------------------------------------------------------------------------

_AR_INTENT = (
    r"(?:سا|سن|سوف\s+ا|سوف\s+ن|راح\s+ا?|رح\s+ا?|راح\s+ن|رح\s+ن|ح|ه|لا|والله\s+لا?|"
    r"والله\s+ل|والله\s+سا|والله\s+را?ح\s+ا?)"
)
_AR_FAMILY = r"(?:عائلتك|عايلتك|عيلتك|اولادك|اطفالك|زوجتك|مراتك|امك|اختك|بنتك|ابنك|اهلك)"
_AR_VERMIN = (
    r"(?:ال|كال|ك)?(?:حشرات|صراصير|صراصر|جرذان|فئران|كلاب|حيوانات|بهايم|بهائم|خنازير|قرود|"
    r"طفيليات|جراثيم|وباء|سرطان|طاعون|اوبئه|اوساخ|قمل|ديدان|وحوش|نجاسه|حثاله)"
)
AR: list[Rule] = [
    (HATE, r"(?:كل\s+)?(?:المسلمين|المسلمون|اليهود|السود|المهاجرين|المهاجرون|اللاجئين|"
     r"اللاجئون|الغجر|المثليين|الشواذ|الاجانب|الافارقه|المسيحيين|الشيعه|السنه)\s+(?:كلهم\s+|"
     r"مجرد\s+)?(?:مجرمون|مجرمين|مغتصبون|مغتصبين|ارهابيون|ارهابيين|لصوص|غزاه|قذرون|قذرين|"
     r"اقل\s+شانا|خطر)|(?:لا\s+يجب|يجب\s+الا|ممنوع)\s+(?:\S+\s+)?(?:السماح\s+)?(?:لل|ل)?"
     r"(?:مسلمين|يهود|سود|مهاجرين|لاجئين|غجر|مثليين|نساء|اجانب)\s+(?:\S+\s+)?(?:بالتصويت|"
     r"التصويت|بالعيش|العيش|بالزواج|بالعمل)", False),
    (THREAT, r"(?:ستكون|راح\s+تكون|حتكون|رح\s+تكون)\s+(?:ال)?تالي|(?:سيكون|راح\s+يكون)\s+من\s+"
     r"المؤسف\s+(?:ان|لو)\s+(?:تتعطل|يحدث|يصيب|يصير)", False),
    (VIOLENCE, r"(?:لازم|يجب|حد)\s+(?:\S+\s+){0,2}?(?:يكسر|تكسير|كسر)\s+(?:رجلين|رجليه|راسه|ايده|"
     r"ايديه|عظامه|رقبته)|(?:يجب|لازم)\s+(?:\S+\s+)?شنق|على\s+اقرب\s+(?:شجره|عمود)", False),
    (SEXUAL, r"(?:اشوف|ارى|اري|رؤيه|اشوفها|اراها)\s+(?:\S+\s+){0,3}?(?:عاريه|عريانه|بدون\s+ملابس|"
     r"بالملابس\s+الداخليه)|(?:تركع|اركعي|تنزل|انزلي)\s+على\s+(?:ركبتيها|ركبتيكي|ركبها)", False),
    (HARASSMENT, r"(?:فاشل|تافه|حقير)\s+(?:بائس|حقير|تافه)|(?:امك|اهلك|عيلتك)\s+(?:تخجل|خجلانه|"
     r"مستحيه|يخجلون|خجلانين)\s+منك", False),
    (HATE, r"اقل\s+ذكاء\s+(?:\S+\s+)?(?:بالوراثه|وراثيا|بطبيعتهم|جينيا|بالفطره)|(?:بالوراثه|"
     r"وراثيا|جينيا|بطبيعتهم)\s+(?:اقل|ادنى|اغبى)|(?:عرق|جنس|سلاله)\s+(?:ادنى|اقل|منحط|حقير)",
     False),
    (HARASSMENT, r"(?:الكل|الجميع|كل\s+الناس|كل\s+الناس)\s+(?:يكرهك|يكرهونك|يحتقرك|يحتقرونك)|"
     r"(?:لا\s+احد|ما\s+حد|محدش)\s+(?:يحبك|يريدك|بيحبك|يطيقك)|(?:انت|انتي)\s+(?:حثاله|زباله|"
     r"لا\s+شيء|ولا\s+شي|نكره)|لا\s+قيمه\s+لك|العالم\s+افضل\s+بدونك", False),
    (THREAT, r"(?<!\w)[وف]?" + _AR_INTENT + r"(?:قتل|ذبح|دبح|طعن|غتصب|خنق|سلخ|قطع\s+راس|"
     r"فجر|حرق)(?:ك|كم|كي)(?!\w)|دمك\s+مهدور|دمه\s+مهدور|دمها\s+مهدور|دمهم\s+مهدور", True),
    (THREAT, r"(?<!\w)[وف]?" + _AR_INTENT + r"(?:ضرب|لاقي|جد|دفن|كسر\s+راس|كسر\s+عظام|خلص\s+علي|"
     r"ربي|وريك|لاحق|طارد)(?:ك|كم|كي)(?!\w)|(?:سنصل|سنجد|سنعرف|راح\s+نوصل|سنلاحق)\s*"
     r"(?:اليك|لك|مكانك|بيتك)", False),
    (THREAT, r"(?:اعرف|نعرف|عارف|عارفين|بعرف|بنعرف)\s+(?:وين|اين|فين|مكان|عنوان)\s*"
     r"(?:\S+\s+)?(?:ساكن|تسكن|تعيش|بيتك|تشتغل|تعمل|سكنك|عنوانك|تنام|تروح)|"
     r"(?:اعرف|نعرف|عارف|عارفين|بعرف|بنعرف|معي|معنا)\s+عنوانك", False),
    (THREAT, r"(?:انت|انتي|انتم)\s+(?:ميت|ميته|ميتين|في\s+عداد\s+الموتى)|ايامك\s+معدوده|"
     r"(?:ستدفع|راح\s+تدفع|رح\s+تدفع|حتدفع|هتدفع)\s+الثمن|انتبه\s+(?:على\s+)?(?:لنفسك|حالك|"
     r"راسك)\s+(?:\S+\s+)?(?:عندما|لما|وقت|حين|اذا)\s+(?:تخرج|تطلع|تروح|ترجع)|(?:ستندم|راح\s+تندم|حتندم|"
     r"هتندم)\s+(?:على|يوم)|انتظر\s+(?:ما\s+سيحدث|ردنا|زيارتنا)", False),
    (THREAT, r"(?:قتل|ذبح|حرق|خطف|غتصب|لاقي|اجيب|نجيب|جد)\S*\s+(?:\S+\s+)?" + _AR_FAMILY
     + r"|" + _AR_FAMILY + r"\s+(?:\S+\s+)?(?:ستدفع|سيدفعون|راح\s+تدفع|حيدفعوا|سيدفع|"
     r"هيدفعوا|التاليين|التالي|ستندم)", False),
    (VIOLENCE, r"(?:لازم|يجب|على\s+احد|حد)\s+(?:\S+\s+){0,3}?(?:يطلق|يطلقوا|اطلاق)\s+النار\s+على|"
     r"(?:يستحق|يستحقون|يستاهل|يستاهلوا)\s+(?:ال)?(?:اعدام|شنق|قتل|ذبح|حرق|رجم|موت)", False),
    (VIOLENCE, r"(?:لازم|يجب|يجب\s+ان|لازم\s+حد|حد\s+لازم|على\s+احد\s+ان|يستحق|يستحقون|"
     r"يستاهل|يستاهلوا|ينبغي|المفروض)\s+(?:\S+\s+)?(?:يقتل|يقتلوا|يقتلونه|قتل|قتله|قتلهم|"
     r"يذبح|ذبح|ذبحهم|يحرق|حرقهم|يعدم|يعدموا|اعدامه|اعدامهم|يشنق|شنقه|شنقهم|رصاصه|الموت|"
     r"يموت|يموتوا|يرجم|رجمهم|ابادتهم|ابادتهم|تصفيته|تصفيتهم|سحلهم|يسحل|الذبح|الحرق)",
     False),
    (VIOLENCE, r"(?:اقتلوهم|اذبحوهم|احرقوهم|ابيدوهم|اعدموهم|اشنقوهم|اسحلوهم|اقتلوه|اذبحوه|"
     r"احرقوه|اقتلوها|اذبحوها|ارجموهم|ارجموه)|(?:الموت\s+ل)\S+|(?:يا\s*رب|ان\s+شاء\s+الله|"
     r"انشالله|الله\s+يخليني\s+اشوفك|عسى|اتمنى)\s+(?:ا?ن\s+)?(?:تدهس\S*|يدهس\S*|تصدم\S*|"
     r"يصدم\S*|تموت|يموت|يموتوا|تموتوا|"
     r"تنحرق|ينحرق|تنقتل|ينقتل|تتقطع|يتقطع|تنذبح|ينذبح|تغتصب)|(?:حرق|فجروا|فجر|احرقوا|"
     r"هاجموا)\s+(?:ال)?(?:مسجد|مساجد|كنيسه|كنائس|معبد|بيوتهم|بيوت)", False),
    (SELF_HARM, r"(?:اقتل\s+نفسك|روح\s+انتحر|انتحر\s+احسن|روح\s+موت|موت\s+احسن\s+لك|"
     r"اشنق\s+نفسك|ارمي\s+نفسك|يا\s*ريت\s+تموت|يا\s*ريتك\s+تموت|يا\s*ريتك\s+تنتحر|"
     r"انتحر\s+وريحنا|موت\s+وريحنا)", True),
    (DEHUMANISING, r"(?:^|\s)(?:هم|هؤلاء|هاولاء|هاؤلاء|هدول|هذول|هادول|دول|كلهم|جميعهم|"
     r"هذه|هذا|هاي)\s+(?:ال\S+\s+){0,2}(?:مجرد\s+|مثل\s+|زي\s+|ليسوا\s+الا\s+|مو\s+بشر\s+"
     r"بل\s+|ليسوا\s+بشرا?\s+بل\s+|عباره\s+عن\s+)?" + _AR_VERMIN + r"(?!\w)|(?:^|\s)ال\S+\s+"
     r"(?:هم\s+)?(?:مجرد\s+)?" + _AR_VERMIN + r"(?!\w)|(?:ليسوا|مش|مو)\s+"
     r"(?:بشر|بشرا|بني\s+ادمين|ادميين)", False),
    (DEHUMANISING, r"يتكاثرون\s+(?:مثل|زي|ك)\s*(?:ال)?(?:فئران|جرذان|ارانب|صراصير|حشرات)|"
     r"(?:ابادتهم|ابادتهم|ابادة\s+هؤلاء|تطهير\s+البلد\s+منهم|تنظيف\s+البلد\s+منهم)", False),
    (SEXUAL, r"(?:انيك|نيك|انيكها|انيكك|نيكها|انكحها|بنيكها|حنيكها|انيكه|انيكهم|"
     r"بدي\s+انيك|اريد\s+ان\s+انيك)|(?:بزاز|بزازها|طيزها|نهودها|اردافها|صدرها\s+(?:كبير|"
     r"حلو|مثير|يجنن))|جسمها\s+(?:مثير|يجنن|حلو|نار)|(?:مزه|مزز|بتاعة\s+سرير)|(?:ارينا|ارني|وريني|ورينا|فرجينا|فرجيني)\s+(?:\S+\s+)?"
     r"(?:جسمك|جسدك|صدرك|بزازك|طيزك)", False),
    (SEXUAL, r"(?:نار|وحش|ممتازه|مولعه|ناريه)\s+(?:في|ع|على)\s+(?:ال)?سرير|(?:في|ع)\s+(?:ال)?سرير\s+"
     r"(?:نار|وحش)", False),
    (SEXUAL, r"(?:نامت|تنام|بتنام|تنامي)\s+مع\s+(?:ال)?(?:مدير|رئيس|وزير|مديرها|رئيسها|"
     r"المنتج)|وصلت\s+(?:بجسمها|بجسدها|عن\s+طريق\s+السرير)|(?:افتحي|تفتح|فتحت)\s+"
     r"رجلي?ها?|(?:اريد|بدي|نفسي|ودي|حابب)\s+(?:انام\s+معها|انام\s+معك|المسها|المسك|"
     r"اشوف\s+جسمها|اشوف\s+صدرها|اشوفها\s+عاريه|اشوفك\s+عاريه)|(?:المذيعه|الصحفيه|"
     r"المراسله|الوزيره|هالبنت|هاي\s+البنت)\s+(?:\S+\s+)?(?:مثيره|سكسي|مزه|حلوه\s+ومثيره)",
     False),
]

# --- Serbian (written here in Latin, without diacritics) ----------------------------

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

RULES: dict[str, list[Rule]] = {
    "en": EN,
    "fr": FR,
    "de": DE,
    "es": ES,
    "ru": RU,
    "ar": AR,
    "sr": SR,
}

# Animals as pests: a dehumanising shape whose subject is one of these is about animals.
PEST_WORDS = {
    "en": [r"exterminators?", r"pest\s+control", r"rats?", r"cockroach(?:es)?", r"roach(?:es)?", r"mice", r"mouse", r"insects?",
           r"termites?", r"bed\s*bugs?", r"lice", r"flies", r"wasps?", r"locusts?", r"pigeons?",
           r"mosquito(?:e?s)?", r"pests?", r"slugs?", r"foxes", r"squirrels?", r"ants?"],
    "fr": [r"derati\w+", r"desinsect\w+", r"rats?", r"cafards?", r"blattes?", r"souris", r"insectes?", r"termites?",
           r"punaises?", r"poux", r"mouches?", r"guepes?", r"moustiques?", r"pigeons?",
           r"nuisibles?", r"fourmis"],
    "de": [r"kammerjager\w*", r"schadlingsbekampf\w*", r"ratten?", r"kakerlaken?", r"mause?", r"maus", r"insekten?", r"termiten?",
           r"wanzen?", r"lause?", r"fliegen", r"wespen?", r"mucken?", r"tauben?",
           r"schadlinge?", r"ameisen?"],
    "es": [r"exterminador\w*", r"fumigador\w*", r"control\s+de\s+plagas", r"ratas?", r"cucarachas?", r"ratones", r"raton", r"insectos?", r"termitas?",
           r"chinches?", r"piojos?", r"moscas?", r"avispas?", r"mosquitos?", r"palomas?",
           r"plagas?", r"hormigas?"],
    "ru": [r"дезинсектор\w*", r"санэпид\w*", r"дератизац\w*", r"крыс\w*", r"таракан\w*", r"мыш\w*", r"насеком\w*", r"термит\w*", r"клоп\w*",
           r"вш\w*", r"мух\w*", r"ос[аы]", r"комар\w*", r"голуб\w*", r"вредител\w*",
           r"муравь\w*", r"саранч\w*"],
    "ar": [r"مكافحه\s+(?:ال)?(?:حشرات|قوارض)", r"(?:ال)?(?:فئران|جرذان|صراصير|صراصر|حشرات|نمل|بعوض|ذباب|قمل|حمام|قوارض|دبابير)"],
    "sr": [r"deratiza\w+", r"dezinsekc\w+", r"pacov\w*", r"stakor\w*", r"bubasvab\w*", r"zohar\w*", r"mis(?:evi|eva)",
           r"insekt\w*", r"termit\w*", r"stenic\w*", r"vaske", r"muve", r"ose", r"komar\w*",
           r"golub\w*", r"stetocin\w*", r"mrav\w*"],
}  # fmt: skip
