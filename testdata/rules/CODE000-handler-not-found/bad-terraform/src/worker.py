def handle(event, context):
    return {"status": "done"}
