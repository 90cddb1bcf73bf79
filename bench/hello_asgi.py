"""The ceiling: the smallest ASGI app, served by the same server as Newsroom."""

BODY = b"Hello, world"


async def application(scope, receive, send):
    if scope["type"] != "http":
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/plain"), (b"content-length", b"12")],
        }
    )
    await send({"type": "http.response.body", "body": BODY})
