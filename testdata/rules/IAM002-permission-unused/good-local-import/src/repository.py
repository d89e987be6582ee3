import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE"])


def save_order(order):
    table.put_item(Item=order)
