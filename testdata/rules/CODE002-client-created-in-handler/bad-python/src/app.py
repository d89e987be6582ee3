import boto3
import pymysql
import requests


def lambda_handler(event, context):
    s3 = boto3.client("s3")  # expect: CODE002
    table = boto3.resource("dynamodb").Table("orders")  # expect: CODE002
    body = s3.get_object(Bucket="b", Key=event["key"])["Body"].read()
    table.put_item(Item={"id": event["key"], "size": len(body)})
    return notify(body)


def notify(body):
    session = requests.Session()  # expect: CODE002
    conn = pymysql.connect(host="db", user="app")  # expect: CODE002
    return session.post("https://example.com", data=body, timeout=5).status_code
