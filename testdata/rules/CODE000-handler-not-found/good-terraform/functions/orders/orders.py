def lambda_handler(event, context):
    return {"order": event.get("id")}
