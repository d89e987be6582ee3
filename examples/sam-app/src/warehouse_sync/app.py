"""Pushes new orders to the warehouse system every 15 minutes (EventBridge schedule).

The warehouse API is an HTTP service inside the VPC, hence the function's VpcConfig.
"""
import json
import os
import urllib.request

import boto3
from boto3.dynamodb.conditions import Key

table = boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE"])
WAREHOUSE_API_URL = os.environ["WAREHOUSE_API_URL"]
WAREHOUSE_API_TOKEN = os.environ["WAREHOUSE_API_TOKEN"]


def lambda_handler(event, context):
    new_orders = table.query(
        IndexName="by-status",
        KeyConditionExpression=Key("status").eq("NEW"),
        Limit=50,
    )["Items"]

    for order in new_orders:
        request = urllib.request.Request(
            f"{WAREHOUSE_API_URL}/v1/shipments",
            data=json.dumps(
                {"reference": order["orderId"], "items": order["items"]}, default=str
            ).encode(),
            headers={
                "Authorization": f"Bearer {WAREHOUSE_API_TOKEN}",
                "Content-Type": "application/json",
            },
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=5) as reply:
            shipment = json.load(reply)

        table.update_item(
            Key={"orderId": order["orderId"]},
            UpdateExpression="SET #status = :sent, shipmentId = :shipment",
            ConditionExpression="#status = :new",
            ExpressionAttributeNames={"#status": "status"},
            ExpressionAttributeValues={
                ":sent": "SENT_TO_WAREHOUSE",
                ":new": "NEW",
                ":shipment": shipment["id"],
            },
        )

    return {"synced": len(new_orders)}
