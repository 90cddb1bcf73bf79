"""The shapes of threats and harassment in English, over folded text (see folding.py)."""

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

# fmt: on
