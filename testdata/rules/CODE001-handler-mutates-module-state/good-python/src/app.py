import functools

import boto3

client = None
_cache = {}


def get_client():
    global client
    if client is None:
        client = boto3.client("dynamodb")  # lazy initialisation: fine
    return client


@functools.lru_cache(maxsize=128)
def load(order_id):
    return get_client().get_item(TableName="orders", Key={"orderId": {"S": order_id}})


def lambda_handler(event, context):
    _cache = {}  # a local that hides the module-level variable
    _cache["x"] = 1
    items = []
    items.append(load(event["orderId"]))
    return items
