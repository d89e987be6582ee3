import os

TABLE_NAME = os.environ["TABLE_NAME"]
ALERT_TOPIC = os.environ["ALERT_TOPIC"]


def lambda_handler(event, context):
    return {"table": TABLE_NAME, "topic": ALERT_TOPIC}
