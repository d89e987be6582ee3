import os

TABLE = os.environ["TABLE_NAME"]


def lambda_handler(event, context):
    return TABLE, os.environ.get("LOG_LEVEL", "INFO")


def unused():
    return os.environ["NOT_REACHED"]
