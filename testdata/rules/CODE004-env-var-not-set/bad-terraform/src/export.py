import os

TABLE = os.environ["TABLE_NAME"]


def handler(event, context):
    bucket = os.environ["BUCKET_NAME"]  # expect: CODE004
    return TABLE, bucket
