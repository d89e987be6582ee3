import json
import os

import boto3

s3 = boto3.resource("s3")
bucket = s3.Bucket(os.environ["BUCKET"])
table = boto3.resource("dynamodb").Table(os.environ["TABLE"])


def handler(event, context):
    for record in event["Records"]:
        process(json.loads(record["body"]))


def process(job):
    keys = bucket.objects.filter(Prefix=job["prefix"])
    data = s3.Object(os.environ["BUCKET"], job["key"]).get()["Body"].read()
    bucket.put_object(Key="done/" + job["key"], Body=data)
    table.query(KeyConditionExpression="pk = :pk")
    table.update_item(Key={"pk": job["id"]}, UpdateExpression="SET done = :t")
    return keys
