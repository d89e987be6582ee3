def lambda_handler(event, context):  # expect: CODE006
    total = 0
    if event.get("k1") and event["k1"] > 1:
        total += 1
    if event.get("k2") and event["k2"] > 2:
        total += 2
    if event.get("k3") and event["k3"] > 3:
        total += 3
    if event.get("k4") and event["k4"] > 4:
        total += 4
    if event.get("k5") and event["k5"] > 5:
        total += 5
    if event.get("k6") and event["k6"] > 6:
        total += 6
    if event.get("k7") and event["k7"] > 7:
        total += 7
    if event.get("k8") and event["k8"] > 8:
        total += 8
    if event.get("k9") and event["k9"] > 9:
        total += 9
    if event.get("k10") and event["k10"] > 10:
        total += 10
    if event.get("k11") and event["k11"] > 11:
        total += 11
    if event.get("k12") and event["k12"] > 12:
        total += 12
    total = total * 2 + 1
    total = total * 2 + 2
    total = total * 2 + 3
    total = total * 2 + 4
    total = total * 2 + 5
    total = total * 2 + 6
    total = total * 2 + 7
    total = total * 2 + 8
    total = total * 2 + 9
    total = total * 2 + 10
    total = total * 2 + 11
    total = total * 2 + 12
    total = total * 2 + 13
    total = total * 2 + 14
    total = total * 2 + 15
    total = total * 2 + 16
    total = total * 2 + 17
    total = total * 2 + 18
    total = total * 2 + 19
    total = total * 2 + 20
    return total
