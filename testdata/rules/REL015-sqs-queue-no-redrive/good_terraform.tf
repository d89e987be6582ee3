# Terraform: redrive policies inline and as a separate resource, and their dead-letter
# queues (one of them allowing redrive through its own resource).
resource "aws_sqs_queue" "orders" {
  name = "orders"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.failed_orders.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "failed_orders" {
  name = "failed-orders"
}

resource "aws_sqs_queue" "payments" {
  name = "payments"
}

resource "aws_sqs_queue_redrive_policy" "payments" {
  queue_url = aws_sqs_queue.payments.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.parked.arn
    maxReceiveCount     = 3
  })
}

resource "aws_sqs_queue" "parked" {
  name = "parked"
}

resource "aws_sqs_queue_redrive_allow_policy" "parked" {
  queue_url = aws_sqs_queue.parked.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.payments.arn]
  })
}
