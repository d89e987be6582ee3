import boto3
import requests

s3 = boto3.client("s3")
session = requests.Session()


def lambda_handler(event, context):
    body = s3.get_object(Bucket="b", Key=event["key"])["Body"].read()
    return session.post("https://example.com", data=body, timeout=5).status_code


def unused():
    return boto3.client("sns")  # not reached from the handler
