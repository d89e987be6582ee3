import os

SECRET_ARN = os.environ.get("DB_SECRET_ARN", "")
TABLE_NAME = "orders"
PASSWORD_PARAM = "/prod/db/password"


def lambda_handler(event, context):
    return {"statusCode": 200, "table": TABLE_NAME}
