def lambda_handler(event, context):
    order = parse(event)
    return place(order)


def parse(event):
    return event["order"]


def place(order):
    return {"statusCode": 201, "body": order}
