"""Animals as pests, per language: a dehumanising shape whose subject is one of these
is about animals ("rats are vermin"), not people."""

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
