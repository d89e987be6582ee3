# Terraform: functions invoked asynchronously (S3 notifications, an SNS subscription, an
# EventBridge rule) with neither a dead-letter queue nor an on-failure destination.
resource "aws_s3_bucket" "uploads" {
  bucket = "uploads"
}

resource "aws_lambda_function" "thumbnail" { # expect: REL005
  function_name = "thumbnail"
  role          = "arn:aws:iam::123456789012:role/thumbnail"
  handler       = "thumbnail.handler"
  runtime       = "python3.12"
  filename      = "build/thumbnail.zip"
  timeout       = 30
}

resource "aws_lambda_permission" "uploads" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.thumbnail.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.uploads.arn
}

resource "aws_s3_bucket_notification" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  lambda_function {
    lambda_function_arn = aws_lambda_function.thumbnail.arn
    events              = ["s3:ObjectCreated:*"]
  }
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_lambda_function" "notify" { # expect: REL005
  function_name = "notify"
  role          = "arn:aws:iam::123456789012:role/notify"
  handler       = "notify.handler"
  runtime       = "python3.12"
  filename      = "build/notify.zip"
  timeout       = 30
}

resource "aws_sns_topic_subscription" "alerts" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "lambda"
  endpoint  = aws_lambda_function.notify.arn
}

resource "aws_cloudwatch_event_rule" "nightly" {
  schedule_expression = "cron(0 2 * * ? *)"
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = module.cleanup.lambda_function_arn
}

module "cleanup" { # expect: REL005
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "cleanup"
  handler       = "cleanup.handler"
  runtime       = "python3.12"
  timeout       = 30
}
