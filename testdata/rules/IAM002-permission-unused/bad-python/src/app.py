import os

import boto3

s3 = boto3.client("s3")
table = boto3.resource("dynamodb").Table(os.environ["TABLE"])


def handler(event, context):
    return load(event["key"]), table.get_item(Key={"id": event["id"]})


def load(key):
    return s3.get_object(Bucket=os.environ["BUCKET"], Key=key)["Body"].read()
