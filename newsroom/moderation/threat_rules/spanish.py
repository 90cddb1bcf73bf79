"""The shapes of threats and harassment in Spanish, over folded text (see folding.py)."""

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

# fmt: on
