from repository import save_order


def handler(event, context):
    # The writes happen in repository.py, which lambdalint does not follow: the policy is
    # not reported as unused.
    return save_order(event)
