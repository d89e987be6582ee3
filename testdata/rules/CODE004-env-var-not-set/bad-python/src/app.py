import os

TABLE = os.environ["TABLE_NAME"]
BUCKET = os.environ["RECEIPTS_BUCKET"]  # expect: CODE004
REGION = os.environ["AWS_REGION"]


def lambda_handler(event, context):
    topic = os.getenv("TOPIC_ARN")  # expect: CODE004
    level = os.environ.get("LOG_LEVEL", "INFO")
    return TABLE, BUCKET, topic, level
