"""The shapes of threats and harassment in French, over folded text (see folding.py)."""

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

# fmt: on
