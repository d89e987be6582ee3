import pymysql

DB_PASSWORD = "Pr0d-passw0rd!"  # expect: CODE003
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"  # expect: CODE003
conn = pymysql.connect(host="db", user="app", password="hunter2hunter2")  # expect: CODE003


def lambda_handler(event, context):
    return {"statusCode": 200}
