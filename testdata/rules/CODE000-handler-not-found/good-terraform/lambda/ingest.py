def handler(event, context):
    return {"received": len(event.get("Records", []))}
