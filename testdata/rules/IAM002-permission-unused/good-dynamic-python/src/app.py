import os

import boto3

s3 = boto3.client("s3")


def handler(event, context):
    s3.get_object(Bucket=os.environ["BUCKET"], Key=event["key"])
    # The operation comes from the event: lambdalint cannot tell which, so it does not claim
    # that s3:DeleteObject is unused.
    return getattr(s3, event["operation"])(Bucket=os.environ["BUCKET"], Key=event["key"])
