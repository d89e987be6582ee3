import urllib.request

import requests

session = requests.Session()


def lambda_handler(event, context):
    rates = requests.get("https://api.example.com/rates").json()  # expect: CODE005
    session.post("https://hooks.example.com", json=rates)  # expect: CODE005
    with urllib.request.urlopen("https://example.com") as r:  # expect: CODE005
        return r.read()
