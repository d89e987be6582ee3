# Terraform: functions behind a REST API (29 s) and an HTTP API (30 s) that may run longer.
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "post" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "POST"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_integration" "post" {
  rest_api_id             = aws_api_gateway_rest_api.orders.id
  resource_id             = aws_api_gateway_resource.orders.id
  http_method             = aws_api_gateway_method.post.http_method
  integration_http_method = "POST"
  type                    = "AWS_PROXY"
  uri                     = aws_lambda_function.create_order.invoke_arn
}

resource "aws_lambda_function" "create_order" {
  function_name = "create-order"
  role          = "arn:aws:iam::123456789012:role/create-order"
  handler       = "orders.create"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 60 # expect: REL003
}

resource "aws_apigatewayv2_api" "http" {
  name          = "reports"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "report" {
  api_id                 = aws_apigatewayv2_api.http.id
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.report.invoke_arn
  payload_format_version = "2.0"
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
  timeout       = 120 # expect: REL003
}
