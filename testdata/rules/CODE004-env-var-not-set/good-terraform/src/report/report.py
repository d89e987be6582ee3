import os

TABLE = os.environ["TABLE_NAME"]


def handler(event, context):
    return TABLE, os.environ["BUCKET_NAME"], os.environ.get("AWS_REGION")
