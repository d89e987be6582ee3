entries = []


def handler(event, context):
    entries.append(event["detail"])  # expect: CODE001
    return {"count": len(entries)}
