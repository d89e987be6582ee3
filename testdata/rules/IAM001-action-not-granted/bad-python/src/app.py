import os

import boto3

TABLE = boto3.resource("dynamodb").Table(os.environ["TABLE"])
s3 = boto3.client("s3")
sqs = boto3.client("sqs")
QUEUE = os.environ["AUDIT_QUEUE"]


def handler(event, context):
    order = TABLE.get_item(Key={"id": event["id"]})
    TABLE.put_item(Item=event)  # expect: IAM001
    body = s3.get_object(Bucket=os.environ["BUCKET"], Key=event["key"])  # expect: IAM001
    sqs.send_message(QueueUrl=QUEUE, MessageBody="done")  # expect: IAM001
    sqs.receive_message(QueueUrl=QUEUE)
    return order, body
