# Terraform: a method with a Cognito authorizer, one that requires an API key, a JWT route,
# and a permission whose API (an OpenAPI body) is not read: nothing is assumed about it.
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_method" "list" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_rest_api.orders.root_resource_id
  http_method   = "GET"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = "abc123"
}

resource "aws_api_gateway_integration" "list" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  resource_id = aws_api_gateway_rest_api.orders.root_resource_id
  http_method = aws_api_gateway_method.list.http_method
  type        = "AWS_PROXY"
  uri         = aws_lambda_function.orders.invoke_arn
}

resource "aws_api_gateway_method" "create" {
  rest_api_id      = aws_api_gateway_rest_api.orders.id
  resource_id      = aws_api_gateway_rest_api.orders.root_resource_id
  http_method      = "POST"
  authorization    = "NONE"
  api_key_required = true
}

resource "aws_api_gateway_integration" "create" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  resource_id = aws_api_gateway_rest_api.orders.root_resource_id
  http_method = "POST"
  type        = "AWS_PROXY"
  uri         = aws_lambda_function.orders.invoke_arn
}

resource "aws_apigatewayv2_api" "http" {
  name          = "reports"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "reports" {
  api_id           = aws_apigatewayv2_api.http.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_function.orders.invoke_arn
}

resource "aws_apigatewayv2_route" "reports" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "GET /reports"
  target             = "integrations/${aws_apigatewayv2_integration.reports.id}"
  authorization_type = "JWT"
  authorizer_id      = "def456"
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "orders.handler"
  runtime       = "python3.12"
  filename      = "build/orders.zip"
  timeout       = 10
}

resource "aws_api_gateway_rest_api" "spec" {
  name = "spec"
  body = templatefile("${path.module}/openapi.yaml", {})
}

resource "aws_lambda_permission" "spec" {
  function_name = aws_lambda_function.spec.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.spec.execution_arn}/*/*"
}

resource "aws_lambda_function" "spec" {
  function_name = "spec"
  role          = "arn:aws:iam::123456789012:role/spec"
  handler       = "spec.handler"
  runtime       = "python3.12"
  filename      = "build/spec.zip"
  timeout       = 10
}
