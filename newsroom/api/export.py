"""A reader's API tokens for their data download: what each was for, never its secret."""

from newsroom.api.models import PersonalToken


def reader_api_tokens(user) -> tuple[str, dict]:
    tokens = PersonalToken.objects.filter(user=user).order_by("created_at")
    return "api_tokens", {
        "tokens": [
            {
                "name": token.name,
                "kind": token.kind,
                "scopes": list(token.scopes),
                "made": token.created_at.isoformat(),
                "expires": token.expires_at.isoformat() if token.expires_at else None,
                "last_used": token.last_used_at.isoformat() if token.last_used_at else None,
                "revoked": token.revoked_at.isoformat() if token.revoked_at else None,
            }
            for token in tokens
        ]
    }
