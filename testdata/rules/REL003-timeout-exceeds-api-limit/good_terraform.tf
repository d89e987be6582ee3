# Terraform: the function behind the API answers within its integration timeout; the one
# with a long timeout is only invoked by a queue.
resource "aws_apigatewayv2_api" "http" {
  name          = "reports"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "report" {
  api_id           = aws_apigatewayv2_api.http.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_function.report.invoke_arn
}

resource "aws_apigatewayv2_route" "report" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "GET /report"
  target             = "integrations/${aws_apigatewayv2_integration.report.id}"
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/report"
  handler       = "report.handler"
  runtime       = "python3.12"
  filename      = "build/report.zip"
  timeout       = 25
}

resource "aws_sqs_queue" "jobs" {
  visibility_timeout_seconds = 5400
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.worker.arn
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "worker.handler"
  runtime       = "python3.12"
  filename      = "build/worker.zip"
  timeout       = 900
}
