"""The kinds of threat and harassment a rule finds, and the form of a rule."""

THREAT, VIOLENCE, SELF_HARM, DEHUMANISING, SEXUAL, HARASSMENT, HATE = (
    "threat",
    "violence",
    "self_harm",
    "dehumanising",
    "sexual",
    "harassment",
    "hate",
)

# (kind, pattern over folded text, clearest: rejects rather than holds)
Rule = tuple[str, str, bool]
