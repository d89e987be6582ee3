import json
import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
s3 = boto3.client("s3")
sns = boto3.client("sns")
RECEIPTS = os.environ["RECEIPTS_BUCKET"]


def handler(event, context):
    order = json.loads(event["body"])
    if table.get_item(Key={"id": order["id"]}).get("Item"):
        return {"statusCode": 409}
    table.put_item(Item=order)
    store_receipt(order)
    sns.publish(TopicArn=os.environ["TOPIC_ARN"], Message=json.dumps(order))
    return {"statusCode": 201}


def store_receipt(order):
    s3.put_object(Bucket=RECEIPTS, Key=f"receipts/{order['id']}.json", Body=json.dumps(order))
