# Terraform: asynchronous functions with a dead-letter queue, an on-failure destination in an
# event invoke config (through an alias), or the module's destination input; a function only
# behind a queue is not invoked asynchronously.
resource "aws_sqs_queue" "failed" {
  name = "failed"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_lambda_function" "notify" {
  function_name = "notify"
  role          = "arn:aws:iam::123456789012:role/notify"
  handler       = "notify.handler"
  runtime       = "python3.12"
  filename      = "build/notify.zip"
  timeout       = 30
  dead_letter_config {
    target_arn = aws_sqs_queue.failed.arn
  }
}

resource "aws_sns_topic_subscription" "alerts" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "lambda"
  endpoint  = aws_lambda_function.notify.arn
}

resource "aws_lambda_function" "thumbnail" {
  function_name = "thumbnail"
  role          = "arn:aws:iam::123456789012:role/thumbnail"
  handler       = "thumbnail.handler"
  runtime       = "python3.12"
  filename      = "build/thumbnail.zip"
  timeout       = 30
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.thumbnail.function_name
  function_version = "1"
}

resource "aws_lambda_permission" "uploads" {
  function_name = aws_lambda_function.thumbnail.function_name
  principal     = "s3.amazonaws.com"
}

resource "aws_lambda_function_event_invoke_config" "thumbnail" {
  function_name = aws_lambda_alias.live.arn
  destination_config {
    on_failure {
      destination = aws_sqs_queue.failed.arn
    }
  }
}

module "cleanup" {
  source                           = "terraform-aws-modules/lambda/aws"
  function_name                    = "cleanup"
  handler                          = "cleanup.handler"
  runtime                          = "python3.12"
  timeout                          = 30
  create_async_event_config        = true
  destination_on_failure           = aws_sqs_queue.failed.arn
  allowed_triggers = {
    nightly = { principal = "events.amazonaws.com" }
  }
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.failed.arn
  function_name    = aws_lambda_function.worker.arn
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "worker.handler"
  runtime       = "python3.12"
  filename      = "build/worker.zip"
  timeout       = 30
}
