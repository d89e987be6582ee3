"""Orders API: POST /orders creates an order, GET /orders/{orderId} returns one.

Invoked by API Gateway (REST API, Lambda proxy integration).
"""
import json
import os
import uuid
from datetime import datetime, timezone
from decimal import Decimal

import boto3

TABLE_NAME = os.environ["ORDERS_TABLE"]
RECEIPTS_BUCKET = os.environ["RECEIPTS_BUCKET"]
ORDER_EVENTS_TOPIC_ARN = os.environ["ORDER_EVENTS_TOPIC_ARN"]

# Orders looked up recently, kept between invocations of this execution environment.
_order_cache = {}


def lambda_handler(event, context):
    dynamodb = boto3.resource("dynamodb")
    table = dynamodb.Table(TABLE_NAME)
    s3 = boto3.client("s3")
    sns = boto3.client("sns")

    if event["httpMethod"] == "POST":
        body = json.loads(event.get("body") or "{}", parse_float=Decimal)
        return create_order(table, s3, sns, body)
    return get_order(table, event["pathParameters"]["orderId"])


def create_order(table, s3, sns, body):
    items = body.get("items") or []
    email = body.get("customerEmail")
    if not items or not email:
        return response(400, {"message": "customerEmail and items are required"})

    order = {
        "orderId": str(uuid.uuid4()),
        "status": "NEW",
        "customerEmail": email,
        "items": items,
        "total": sum(Decimal(str(i["price"])) * int(i["quantity"]) for i in items),
        "createdAt": datetime.now(timezone.utc).isoformat(),
    }
    table.put_item(Item=order, ConditionExpression="attribute_not_exists(orderId)")
    _order_cache[order["orderId"]] = order

    s3.put_object(
        Bucket=RECEIPTS_BUCKET,
        Key=f"receipts/{order['orderId']}.json",
        Body=json.dumps(order, default=str).encode(),
        ContentType="application/json",
        Metadata={"customer-email": email, "order-id": order["orderId"]},
    )
    sns.publish(
        TopicArn=ORDER_EVENTS_TOPIC_ARN,
        Message=json.dumps(order, default=str),
        MessageAttributes={"type": {"DataType": "String", "StringValue": "OrderPlaced"}},
    )
    return response(201, order)


def get_order(table, order_id):
    order = _order_cache.get(order_id)
    if order is None:
        order = table.get_item(Key={"orderId": order_id}).get("Item")
        if order is None:
            return response(404, {"message": f"order {order_id} not found"})
        _order_cache[order_id] = order
    return response(200, order)


def response(status, body):
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(body, default=str),
    }
