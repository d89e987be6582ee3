import boto3

table = boto3.resource("dynamodb").Table("orders")
_cache = {}
seen = []
invocations = 0


def lambda_handler(event, context):
    global invocations
    invocations += 1  # expect: CODE001
    order_id = event["orderId"]
    seen.append(order_id)  # expect: CODE001
    return load(order_id)


def load(order_id):
    if order_id not in _cache:
        _cache[order_id] = table.get_item(Key={"orderId": order_id})["Item"]  # expect: CODE001
    return _cache[order_id]


def unused(x):
    _cache[x] = 1  # not reached from the handler
