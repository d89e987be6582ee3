import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE"])
kinesis = boto3.client("kinesis")


def handler(event, context):
    table.put_item(Item=event)
    kinesis.put_record(StreamName="clicks", Data=b"x", PartitionKey="k")
