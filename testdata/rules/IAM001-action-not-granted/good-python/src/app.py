import os

import boto3

TABLE = boto3.resource("dynamodb").Table(os.environ["TABLE"])
BUCKET = os.environ["BUCKET"]
s3 = boto3.client("s3")
sfn = boto3.client("stepfunctions")
secrets = boto3.client("secretsmanager")


def handler(event, context):
    TABLE.put_item(Item=event)
    TABLE.query(KeyConditionExpression="id = :id")
    s3.head_object(Bucket=BUCKET, Key=event["key"])
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET):
        print(page)
    s3.upload_file("/tmp/out.csv", BUCKET, "out.csv")
    sfn.start_execution(stateMachineArn=os.environ["WORKFLOW"], input="{}")
    secrets.get_secret_value(SecretId="app/db")  # allowed by NotAction on a literal ARN
    return sts_identity()


def sts_identity():
    return boto3.client("sts").get_caller_identity()
