import os

TABLE_NAME = os.environ["TABLE_NAME"]


def lambda_handler(event, context):
    queue = os.environ["QUEUE_URL"]  # expect: CODE004
    return {"table": TABLE_NAME, "queue": queue}
